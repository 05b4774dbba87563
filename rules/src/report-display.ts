// How a stored rule report reads for an official: each rule's Chinese title, the figures it used
// with their labels and units (the form's own labels), the threshold in words and the years. Pure
// display data, shared by the console and any document the server prints; the engine is untouched.
import { CATALOG, DEFAULT_THRESHOLDS, describeRule, thresholdMeaning, thresholdUnit } from './engine';
import type { CatalogEntry, RuleResult, ThresholdKey, Thresholds, ThresholdValue } from './engine';
import { fieldPlace, formYears } from './form';

export interface DisplayFigure {
  /** The report's key (a form key or a computed figure's name), shown only as secondary text. */
  key: string;
  label: string;
  /** The value in words: numbers with their unit, per-year series with their years. */
  text: string;
}

export interface DisplayRule {
  id: string;
  /** The rule as the policy words it, with the thresholds in force filled in. */
  title: string;
  article: string;
  /** The years the rule read, e.g. 2023年、2024年、2025年; empty when it reads no year. */
  years: string;
  figures: DisplayFigure[];
  /** Each threshold in words, e.g. 不低于60%、高于5%. */
  thresholds: string[];
}

/** Figures the rules compute (not typed into the form): their Chinese names and units. */
const COMPUTED: Record<string, { label: string; unit?: string }> = {
  qualitySmeTotal: { label: '优质中小企业合计', unit: '家' },
  rdGrowthAvg3yComputed: { label: '研发经费年均增速（按三年数据计算）', unit: '%' },
  leadingGrowthAvg3yComputed: { label: '主导产业产值年均增速（按三年数据计算）', unit: '%' },
  patentsPer10kComputed: { label: '每万人有效发明专利拥有量（按专利数和从业人数计算）', unit: '个/万人' },
  decidedBy: { label: '判定依据' },
  difference: { label: '填报值与计算值之差' },
  annualisedGrowth: { label: '年均增速（按基准值和目标值计算）', unit: '%' },
  reductionPercent: { label: '降低幅度（按基准值和目标值计算）', unit: '%' },
  tickedItems: { label: '已勾选项', unit: '项' },
  ticked: { label: '已勾选的活动' },
  evidenced: { label: '已勾选并附佐证材料的项' },
  unproven: { label: '已勾选但缺少佐证材料的项' },
  offending: { label: '不符合要求的填报项' },
  requiredChecked: { label: '检查的必填项', unit: '项' },
  blank: { label: '未填写的必填项' },
  numbersChecked: { label: '检查的数值', unit: '个' },
  overLimit: { label: '超出字数的填报项' },
};

const DECIDED_BY: Record<string, string> = { computed: '计算值', reported: '填报值' };

/** How a threshold bounds the figure, read from its policy wording (inclusive / exclusive / warn below / tolerance). */
function thresholdWords(key: string, value: ThresholdValue): string {
  if (Array.isArray(value)) return `应为${value.map((v) => `“${v}”`).join('或')}`;
  if (key === 'maxDecimals') return `最多保留${value}位小数`;
  if (key === 'planMaxChars') return `发展规划正文与阶段性目标合计不超过${value}字`;
  const unit = thresholdUnit(key as ThresholdKey);
  const amount = `${value}${unit}`;
  const meaning = thresholdMeaning(key as ThresholdKey);
  if (/Tolerance/.test(key)) return `填报值与计算值相差不超过${amount}`;
  if (/warn below/.test(meaning)) return `不低于${amount}（低于时需人工复核）`;
  if (/\(exclusive\)/.test(meaning)) return `高于${amount}`;
  if (/Max/.test(key)) return `不超过${amount}`;
  return `不低于${amount}`;
}

// Typed figures have at most two decimals; computed ones come already rounded for display by the
// engine, with the extra decimals that keep a figure just past a threshold from reading as equal to it.
const formatNumber = (value: number) => String(value);

function labelOf(key: string, callYear: number): { label: string; unit?: string } {
  const computed = COMPUTED[key];
  if (computed) return computed;
  // A row's own key (years.2, targets[id]) reads with its year or target row; a series key (years[]) as printed.
  const place = fieldPlace(key, callYear);
  if (!place) return { label: key };
  const unit = place.field.unit ?? (place.field.value?.type === 'percent2' ? '%' : undefined);
  return { label: place.label, unit };
}

/** A list of form keys (blank fields, ticked items) by their labels, the first ten of them. */
function keysInWords(keys: readonly unknown[], callYear: number): string {
  const labels = keys.slice(0, 10).map((key) => (typeof key === 'string' ? labelOf(key, callYear).label : String(key)));
  return keys.length > 10 ? `${labels.join('、')} 等${keys.length}项` : labels.join('、') || '无';
}

function valueInWords(value: unknown, unit: string | undefined, years: readonly number[] | undefined, callYear: number): string {
  if (value === null || value === undefined) return '未填写';
  if (typeof value === 'number') return `${formatNumber(value)}${unit ?? ''}`;
  if (typeof value === 'string') return DECIDED_BY[value] ?? value;
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) return keysInWords(value, callYear);
    return value.map((v, i) => `${years?.[i] !== undefined ? `${years[i]}年 ` : ''}${valueInWords(v, unit, undefined, callYear)}`).join('、');
  }
  if (typeof value === 'object') return keysInWords(Object.keys(value), callYear);
  return String(value);
}

/** A rule's Chinese title with the thresholds it was evaluated against (the id only for a rule the catalog no longer has). */
export function ruleTitle(rule: Pick<RuleResult, 'id' | 'threshold'>): string {
  const entry = CATALOG.find((e) => e.id === rule.id) as CatalogEntry | undefined;
  return entry ? describeRule(entry, { ...DEFAULT_THRESHOLDS, ...(rule.threshold as Partial<Thresholds>) }).zh : rule.id;
}

/** One rule of a stored report, worded for an official, with the thresholds it was evaluated against. */
export function displayRule(rule: RuleResult, callYear: number): DisplayRule {
  const values = rule.values;
  const years = Array.isArray(values.years) ? (values.years as number[]) : typeof values.year === 'number' ? [values.year] : undefined;
  const thresholdKeys = Object.keys(rule.threshold);
  const figures = Object.entries(values)
    .filter(([key]) => key !== 'years' && key !== 'year')
    .map(([key, value]) => {
      const { label, unit } = labelOf(key, callYear);
      // A difference is in the unit of the tolerance it is held against.
      const shownUnit = key === 'difference' && thresholdKeys[0] ? thresholdUnit(thresholdKeys[0] as ThresholdKey) : unit;
      // A per-year series the rule reports without its years is the form's three years.
      const seriesYears = years ?? (key.includes('years[]') ? formYears(callYear) : undefined);
      return { key, label, text: valueInWords(value, shownUnit, seriesYears, callYear) };
    });
  return {
    id: rule.id,
    title: ruleTitle(rule),
    article: rule.article,
    years: years ? years.map((y) => `${y}年`).join('、') : '',
    figures,
    thresholds: Object.entries(rule.threshold).map(([key, value]) => thresholdWords(key, value)),
  };
}
