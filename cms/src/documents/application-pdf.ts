// The printable 申报表 of one application, laid out as the seed form (附件): cover, 填报说明, 一–九.
// Sections 一–七 are generated from the form descriptor; 八 and 九 add the form's printed notes and spaces.
import {
  formSections,
  formYears,
  isNone,
  planYears,
  TARGET_DIRECTIONS,
  type ApplicationForm,
  type ExtraTargetRow,
  type FieldNode,
  type FormNode,
  type GroupNode,
  type RowsNode,
} from '@sme-cluster/rules';
import { renderPdf, type Cell, type Para, type Row, type Section, type Table } from './pdf-layout';
import { CHECKBOX_NOTE, FILLING_NOTES, FORM_TITLE, ISSUER, PLAN_TARGETS_INTRO, planTargetsNote } from './printed-text';
import { formatDate, formatNumber, labelWithUnit } from './values';

export interface ApplicationPdfInput {
  form: ApplicationForm;
  callYear: number;
  /** Names of the cover's 市（州） and 县（市、区）. */
  region: { prefecture?: string | null; county?: string | null };
}

type Values = Record<string, unknown> | undefined;

const text = (value: string, extra: Partial<Extract<Para, { kind: 'text' }>> = {}): Para => ({ kind: 'text', text: value, ...extra });
const cell = (paras: Para[], extra: Partial<Cell> = {}): Cell => ({ paras, ...extra });
const label = (value: string, extra: Partial<Cell> = {}): Cell => cell([text(value)], { shade: true, ...extra });
const LABEL_VALUE = [2, 3];

/** " · " joins a row header to its sub-label in the descriptor; on paper they are two lines. */
function printedLabel(field: { label: string }): string {
  return field.label.split(' · ').join('\n');
}

function valueParas(field: FieldNode, value: unknown, withUnit: boolean): Para[] {
  if (value === undefined || value === null) return [];
  if (isNone(value)) return [text('无')];
  const kind = field.value;
  switch (kind.type) {
    case 'decimal2':
    case 'percent2':
    case 'integer': {
      const unit = withUnit && field.unit && !field.label.includes(field.unit) ? ` ${field.unit}` : '';
      return [text(`${formatNumber(value)}${unit}`)];
    }
    case 'choice':
      return [{ kind: 'choices', options: kind.options.map((o) => ({ text: o.value, checked: o.value === value })) }];
    case 'date':
      return [text(formatDate(String(value)))];
    case 'countNames': {
      const { count, names } = value as { count?: number; names?: string[] };
      return [text(`数量：${count ?? ''} 个`), text(`名称：${(names ?? []).join('、')}`)];
    }
    case 'files': {
      const files = Array.isArray(value) ? value.length : 0;
      return [text(files ? `已提供佐证材料 ${files} 份` : '无')];
    }
    case 'checkbox':
      return [{ kind: 'check', text: field.label, checked: Boolean((value as { checked?: boolean }).checked) }];
    default:
      return [text(String(value))];
  }
}

function checkboxGroupParas(group: GroupNode, values: Values): Para[] {
  const items = Object.entries(group.children).map(([key, item]): Para => ({
    kind: 'check',
    text: item.label,
    checked: Boolean((values?.[key] as { checked?: boolean } | undefined)?.checked),
  }));
  return [...items, text(CHECKBOX_NOTE, { size: 9 })];
}

/** 三's standards: per year the four levels with 主持/参与 counts, the years side by side as on the form. */
function levelTable(rows: RowsNode, perYear: (Values[] | undefined)[], years: number[]): Table {
  const [[, levelField], ...counts] = Object.entries(rows.children) as [string, FieldNode][];
  const levels = levelField.value.type === 'choice' ? levelField.value.options : [];
  const columns = counts.length + 1;
  const header: Row[] = [
    { cells: [label(rows.label), ...years.map((y) => label(`${y}年`, { span: columns, align: 'center' }))] },
    { cells: [label(''), ...years.flatMap(() => [levelField, ...counts.map(([, f]) => f)].map((f) => label(f.label, { align: 'center' })))] },
  ];
  const body: Row[] = levels.map((level, index) => ({
    cells: [
      cell([]),
      ...perYear.flatMap((entries) => [
        cell([text(level.value)], { align: 'center' }),
        ...counts.map(([key, f]) => cell(valueParas(f, entries?.[index]?.[key], false), { align: 'center' })),
      ]),
    ],
  }));
  return { widths: [3, ...years.flatMap(() => Array<number>(columns).fill(1))], header, rows: body };
}

/** A years[] table: one row per figure, the three years side by side. */
function yearTables(rows: RowsNode, values: unknown, years: number[]): Table[] {
  const entries = [0, 1, 2].map((i) => (Array.isArray(values) ? (values[i] as Values) : undefined));
  const header: Row[] = [{ cells: [label(rows.label), ...years.map((y) => label(`${y}年`, { align: 'center' }))] }];
  const body: Row[] = [];
  const nested: Table[] = [];
  for (const [key, child] of Object.entries(rows.children)) {
    if (child.node === 'rows')
      nested.push(
        levelTable(
          child,
          entries.map((e) => e?.[key] as Values[] | undefined),
          years,
        ),
      );
    else if (child.node === 'field' && child.value.type !== 'year') {
      // A one-figure table (工业软件采购金额) names the figure in its header already, as the form does.
      const name = child.label === rows.label ? '' : labelWithUnit(child);
      body.push({ cells: [label(name), ...entries.map((e) => cell(valueParas(child, e?.[key], false), { align: 'center' }))] });
    }
  }
  return [{ widths: [2, 1, 1, 1], header, rows: body }, ...nested];
}

/** Sections 一–七: each field a label/value row, checkbox groups as □ lists, years[] as year tables. */
function sectionTables(group: GroupNode, values: Values, years: number[]): Table[] {
  const tables: Table[] = [];
  let pending: Row[] = [];
  const flush = () => {
    if (pending.length) tables.push({ widths: LABEL_VALUE, rows: pending });
    pending = [];
  };
  const visit = (node: GroupNode, nodeValues: Values) => {
    for (const [key, child] of Object.entries(node.children) as [string, FormNode][]) {
      const value = nodeValues?.[key];
      if (child.node === 'field') pending.push({ cells: [label(printedLabel(child)), cell(valueParas(child, value, true))] });
      else if (child.node === 'group' && child.checkboxGroup)
        pending.push({ cells: [label(printedLabel(child)), cell(checkboxGroupParas(child, value as Values))] });
      else if (child.node === 'group') visit(child, value as Values);
      else if (child.node === 'rows') {
        flush();
        tables.push(...yearTables(child, value, years));
      }
    }
  };
  visit(group, values);
  flush();
  return tables;
}

function coverSection(input: ApplicationPdfInput): Section {
  const { form } = input;
  const line = (name: string, value: string | undefined): Row => ({
    cells: [cell([text(name, { size: 14 })]), cell([text(value ?? '', { size: 13 })])],
    minHeight: 34,
  });
  const declarant = form.basic?.declarant?.name;
  const str = (v: unknown) => (typeof v === 'string' ? v : isNone(v) ? '无' : undefined);
  return {
    tables: [
      {
        widths: [1],
        ruled: false,
        rows: [
          { cells: [cell([])], minHeight: 120 },
          { cells: [cell([text(FORM_TITLE, { size: 22, align: 'center', bold: true })])], minHeight: 120 },
        ],
      },
      {
        widths: [9, 24],
        ruled: false,
        rows: [
          line('集群名称：', str(form.basic?.clusterName)),
          line('所属地区：', [input.region.prefecture, input.region.county].filter(Boolean).join('　')),
          line('申报主体：', `${str(declarant) ?? ''}（盖章）`),
          line('集群运营管理机构：', str(form.basic?.operator?.name)),
          line('申报时间：', form.cover?.submittedOn ? formatDate(form.cover.submittedOn) : ''),
          line('联系人及联系电话：', str(form.cover?.contact)),
        ],
      },
      { widths: [1], ruled: false, rows: [{ cells: [cell([])], minHeight: 150 }, { cells: [cell([text(ISSUER, { size: 14, align: 'center' })])] }] },
    ],
  };
}

function notesSection(): Section {
  return {
    newPage: true,
    tables: [
      {
        widths: [1],
        ruled: false,
        rows: [
          { cells: [cell([text('填报说明', { size: 16, align: 'center', bold: true })])], minHeight: 36 },
          ...FILLING_NOTES.map((note, i): Row => ({ cells: [cell([text(`${i + 1}. ${note}`)])] })),
        ],
      },
    ],
  };
}

function planSection(form: ApplicationForm, callYear: number): Section {
  const node = formSections.plan;
  const plan = form.plan;
  const [, , y3] = formYears(callYear);
  const plans = planYears(callYear);
  const targetsNode = node.children.targets;
  const rowsById = new Map((plan?.targets ?? []).filter((r) => r.id !== 'extra').map((r) => [r.id, r as Record<string, unknown>]));
  const extras = (plan?.targets ?? []).filter((r): r is ExtraTargetRow => r.id === 'extra');
  const targetRows: Row[] = TARGET_DIRECTIONS.flatMap((direction) => {
    const fixed = Object.entries(targetsNode.rows)
      .filter(([, spec]) => spec.direction === direction.value)
      .map(([id, spec]): Row => {
        const row = rowsById.get(id as never);
        return {
          cells: [
            label(spec.direction),
            label(labelWithUnit({ label: spec.indicator, unit: spec.baseline.unit })),
            cell(valueParas(spec.baseline, row?.baseline, false)),
            cell(valueParas(spec.target, row?.target, false)),
          ],
        };
      });
    const extraFields = targetsNode.extra.children as Record<string, FieldNode>;
    const added = extras
      .filter((row) => row.direction === direction.value)
      .map((row): Row => ({
        cells: [label(direction.value), ...(['indicator', 'baseline', 'target'] as const).map((k) => cell(valueParas(extraFields[k], row[k], false)))],
      }));
    return [...fixed, ...added];
  });
  const goals = node.children.stagedGoals.children;
  const stagedRows: Row[] = (['p1', 'p2', 'p3'] as const).map((key, i) => ({
    cells: [label(`（${i + 1}）${plans[i]}年度`), cell(valueParas(goals[key], plan?.stagedGoals?.[key], false))],
  }));
  const notes = (lines: string[]): Table => ({ widths: [1], ruled: false, rows: lines.map((l) => ({ cells: [cell([text(l)])] })) });
  return {
    title: node.label,
    tables: [
      { widths: [1], rows: [{ cells: [cell([text('（3000字以内）'), ...valueParas(node.children.narrative, plan?.narrative, false)])], minHeight: 80 }] },
      notes(['1.三年总体目标', PLAN_TARGETS_INTRO]),
      {
        widths: [2, 3, 3, 3],
        header: [{ cells: ['方向', '指标', `${y3}年基准值`, `${plans[2]}年目标值`].map((h) => label(h, { align: 'center' })) }],
        rows: targetRows,
      },
      notes([...planTargetsNote(plans[2]), '2.阶段性目标']),
      { widths: [1, 4], rows: stagedRows },
    ],
  };
}

function declarationSection(form: ApplicationForm): Section {
  const { declaration, recommendation } = formSections;
  const decl = form.declaration;
  const rec = form.recommendation;
  const dateLine = (value: string | undefined) => text(value ? formatDate(value) : '年    月    日', { align: 'right' });
  const signatory = typeof decl?.signatoryName === 'string' ? decl.signatoryName : '';
  const opinion = valueParas(recommendation.children.opinion, rec?.opinion, false);
  return {
    title: '九、真实性声明及推荐意见',
    tables: [
      {
        widths: [1],
        rows: [
          { cells: [label(declaration.children.statement.label, { align: 'center' })] },
          {
            cells: [
              cell([
                text(`　　${declaration.children.statement.value.type === 'fixed' ? declaration.children.statement.value.text : ''}`),
                text(' '),
                text(`${declaration.children.signatoryName.label}：${signatory}`),
                text(' '),
                text(`${declaration.children.countySeal.label}：`),
                text(' '),
                dateLine(decl?.countyDate),
              ]),
            ],
            minHeight: 190,
          },
          { cells: [label(recommendation.children.opinion.label, { align: 'center' })] },
          {
            cells: [cell([...(opinion.length ? opinion : [text(' ')]), text(' '), text(`${recommendation.children.seal.label}：`), dateLine(rec?.date)])],
            minHeight: 190,
          },
        ],
      },
    ],
  };
}

/** The whole 申报表 as an A4 PDF with an embedded CJK font subset. */
export function applicationPdf(input: ApplicationPdfInput): Promise<Buffer> {
  const years = formYears(input.callYear);
  const { form } = input;
  const generic = (['basic', 'leadingIndustry', 'innovation', 'digital', 'green', 'openness', 'governance'] as const).map((key, index): Section => ({
    title: formSections[key].label,
    newPage: index === 0,
    tables: sectionTables(formSections[key] as GroupNode, form[key] as Values, years),
  }));
  const name = typeof form.basic?.clusterName === 'string' ? form.basic.clusterName : FORM_TITLE;
  return renderPdf([coverSection(input), notesSection(), ...generic, planSection(form, input.callYear), declarationSection(form)], {
    title: `${FORM_TITLE}：${name}`,
    subject: FORM_TITLE,
  });
}
