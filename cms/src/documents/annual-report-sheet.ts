// The city's yearly Excel (年度发展情况): a template with one row per recognized cluster and the annual
// metric set as columns, and the reading of a filled-in file, every cell checked by the form's own rules.
import ExcelJS from 'exceljs';
import {
  ANNUAL_SECTIONS,
  NONE,
  REPORT_YEAR_ROW,
  THREE_YEAR_FIGURES,
  TARGET_INDICATORS,
  parseTargetActuals,
  targetActualLabel,
  validateForm,
  type TargetActuals,
  type AnnualMetrics,
  type Bilingual,
  type SectionKey,
} from '@sme-cluster/rules';
import { formColumns, isNumeric, type FormColumn, type Step } from './columns';

/**
 * The annual metric set: each per-year figure of sections 二–五 for the report year, and the single
 * figures, which the form also gives as of the end of the last year. The year's figures sit where the
 * form puts its last year, so they are validated with the form's own schema.
 */
const isAnnualSection = (section: SectionKey) => (ANNUAL_SECTIONS as readonly SectionKey[]).includes(section);
export const annualColumns: readonly FormColumn[] = formColumns.filter(
  (column) => isAnnualSection(column.section) && isNumeric(column) && !THREE_YEAR_FIGURES.has(column.key),
);

/** The year's actual values of the plan's target indicators (Art. 5 跟踪监测), after the figures. */
const actualColumns = TARGET_INDICATORS.map((id) => ({ id, header: `规划目标 · ${targetActualLabel(id)}` }));

const SHEET = '年度发展情况';
const KEY_COLUMN = 1;
const NAME_COLUMN = 2;
const FIRST_METRIC = 3;
const HEADER_ROW = 3;
const FIRST_DATA_ROW = HEADER_ROW + 1;

export interface TemplateCluster {
  id: string;
  name: string;
}

export interface CellError {
  row: number;
  column: string;
  header: string;
  /** A1 reference, so the error also reads as a field path. */
  path: string;
  message: Bilingual;
}

export interface SheetRow {
  row: number;
  clusterId: string | null;
  clusterName: string;
  /** Absent when every figure is blank: the city has not filled this cluster in. */
  metrics?: AnnualMetrics;
  targetActuals?: TargetActuals;
  errors: CellError[];
}

const letter = (column: number) => {
  let n = column;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};

const headers = () => ['集群编号', '集群名称', ...annualColumns.map((c) => c.header), ...actualColumns.map((c) => c.header)];
const FIRST_ACTUAL = FIRST_METRIC + annualColumns.length;

export async function annualTemplate(year: number, prefectureName: string, clusters: TemplateCluster[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET, { views: [{ state: 'frozen', xSplit: NAME_COLUMN, ySplit: HEADER_ROW }] });
  // The year is kept in the hidden key column so a file cannot be imported as another year's.
  sheet.getCell(1, KEY_COLUMN).value = year;
  sheet.getCell(1, NAME_COLUMN).value = `${prefectureName}中小企业特色产业集群${year}年度发展情况`;
  sheet.getCell(1, NAME_COLUMN).font = { bold: true, size: 14 };
  sheet.getCell(2, NAME_COLUMN).value =
    `填写${year}年度数据（截至${year}年底）；数据有小数时保留小数点后2位；比例填百分数（60 表示 60%）；无相关情况填“无”。请勿修改表头和第一列。`;
  const header = sheet.getRow(HEADER_ROW);
  header.values = headers();
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  header.height = 60;
  clusters.forEach((cluster, i) => {
    const row = sheet.getRow(FIRST_DATA_ROW + i);
    row.getCell(KEY_COLUMN).value = cluster.id;
    row.getCell(NAME_COLUMN).value = cluster.name;
  });
  sheet.getColumn(KEY_COLUMN).hidden = true;
  sheet.getColumn(NAME_COLUMN).width = 44;
  annualColumns.forEach((column, i) => {
    const sheetColumn = sheet.getColumn(FIRST_METRIC + i);
    sheetColumn.width = 16;
    sheetColumn.numFmt = column.field.value.type === 'integer' ? '0' : '0.00';
  });
  actualColumns.forEach((_, i) => {
    sheet.getColumn(FIRST_ACTUAL + i).width = 18;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A cell as the form sees it: numbers, "无", or the text typed (which the validator then refuses). */
function cellInput(cell: ExcelJS.Cell): unknown {
  let value: unknown = cell.value;
  if (value && typeof value === 'object' && 'result' in value) value = (value as { result: unknown }).result;
  if (value && typeof value === 'object' && 'richText' in value) value = (value as { richText: { text: string }[] }).richText.map((t) => t.text).join('');
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') return undefined;
    if (text === '无') return NONE;
    return /^[-+]?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
  }
  // A cell formatted as "60%" holds 0.6; the form counts in percent units.
  if (typeof value === 'number' && cell.numFmt?.includes('%')) return Math.round(value * 100 * 1e9) / 1e9;
  return value ?? undefined;
}

function setAt(target: Record<string | number, unknown>, path: Step[], value: unknown, fixed?: { key: string; value: string }): void {
  let current = target;
  path.slice(0, -1).forEach((step, i) => {
    const next = path[i + 1];
    const key = step as string | number;
    current[key] ??= typeof next === 'number' ? [] : {};
    current = current[key] as Record<string | number, unknown>;
  });
  current[path[path.length - 1] as string | number] = value;
  if (fixed) current[fixed.key] = fixed.value;
}

/** Arrays the form requires in full (3 years, 4 standards levels) get their other rows, empty. */
function fillRows(value: unknown): unknown {
  if (Array.isArray(value)) return Array.from(value, (item) => fillRows(item ?? {}));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillRows(v)]));
  return value;
}

function padStandards(form: Record<string, unknown>): void {
  const years = (form.innovation as { years?: Array<{ standards?: Array<Record<string, unknown>> }> } | undefined)?.years;
  const standards = years?.[REPORT_YEAR_ROW]?.standards;
  if (!standards) return;
  const levels = annualColumns.filter((c) => c.fixed).map((c) => c.fixed!.value);
  const order = [...new Set(levels)];
  order.forEach((level, i) => {
    standards[i] = { level, ...(standards[i] ?? {}) };
  });
}

export class TemplateMismatch extends Error {}

/** Reads a filled-in template: each row's figures, checked cell by cell with the form's rules. */
export async function readAnnualSheet(buffer: Buffer, year: number): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as never);
  } catch {
    throw new TemplateMismatch('不是有效的 Excel（.xlsx）文件 / Not a valid .xlsx file');
  }
  const sheet = workbook.getWorksheet(SHEET);
  if (!sheet) throw new TemplateMismatch(`找不到工作表“${SHEET}”，请使用下载的模板 / Sheet "${SHEET}" not found; use the downloaded template`);
  if (Number(cellInput(sheet.getCell(1, KEY_COLUMN))) !== year) {
    throw new TemplateMismatch(`模板年度与导入年度${year}不一致 / The template is not for ${year}`);
  }
  const expected = headers();
  const actual = expected.map((_, i) => String(sheet.getCell(HEADER_ROW, i + 1).text ?? '').trim());
  if (expected.some((h, i) => h !== actual[i]))
    throw new TemplateMismatch('表头与模板不一致，请重新下载模板 / The header row differs from the template; download it again');

  const rows: SheetRow[] = [];
  for (let r = FIRST_DATA_ROW; r <= sheet.rowCount; r++) {
    const id = cellInput(sheet.getCell(r, KEY_COLUMN));
    const name = String(sheet.getCell(r, NAME_COLUMN).text ?? '').trim();
    const values = annualColumns.map((column, i) => ({ column, index: FIRST_METRIC + i, value: cellInput(sheet.getCell(r, FIRST_METRIC + i)) }));
    const filled = values.filter((v) => v.value !== undefined);
    const actualCells = actualColumns.map((column, i) => ({ ...column, index: FIRST_ACTUAL + i, value: cellInput(sheet.getCell(r, FIRST_ACTUAL + i)) }));
    const actualsGiven = actualCells.filter((cell) => cell.value !== undefined);
    if (id === undefined && !name && !filled.length && !actualsGiven.length) continue;
    const errorAt = (index: number, header: string, message: Bilingual): CellError => ({
      row: r,
      column: letter(index),
      header,
      path: `${letter(index)}${r}`,
      message,
    });
    const row: SheetRow = { row: r, clusterId: typeof id === 'string' ? id : id === undefined ? null : String(id), clusterName: name, errors: [] };
    rows.push(row);
    if (actualsGiven.length) {
      const actuals = parseTargetActuals(Object.fromEntries(actualsGiven.map((cell) => [cell.id, cell.value])), '');
      if (actuals.success) row.targetActuals = actuals.data;
      else
        for (const error of actuals.errors) {
          const cell = actualCells.find((c) => error.path === `.${c.id}`);
          row.errors.push(cell ? errorAt(cell.index, cell.header, error.message) : errorAt(NAME_COLUMN, '集群名称', error.message));
        }
    }
    if (!filled.length) {
      if (row.targetActuals && !row.errors.length) row.metrics = {};
      continue;
    }
    const form: Record<string, unknown> = {};
    for (const { column, value } of filled) setAt(form, column.path(REPORT_YEAR_ROW), value, column.fixed);
    padStandards(form);
    const checked = validateForm(fillRows(form));
    if (!checked.success) {
      for (const error of checked.errors) {
        const at =
          values.find((v) => v.column.path(REPORT_YEAR_ROW).join('.') === error.path) ??
          values.find((v) => error.path.startsWith(v.column.path(REPORT_YEAR_ROW).join('.')));
        row.errors.push(at ? errorAt(at.index, at.column.header, error.message) : errorAt(NAME_COLUMN, '集群名称', error.message));
      }
      continue;
    }
    // Stored as the form stores it: three year rows, this year's figures in the last (y3).
    if (!row.errors.length) row.metrics = checked.data as AnnualMetrics;
  }
  return rows;
}

export const annualSheetColumns = { key: letter(KEY_COLUMN), name: letter(NAME_COLUMN) };
