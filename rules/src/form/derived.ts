// Derived values of docs/form.md §11: computed, never typed by the declarant. Each returns undefined when an
// input is missing or "无", so a rule can report `missing` instead of guessing.
import type { ApplicationForm } from './schema';
import type { Numeric } from './nodes';

/** y1, y2, y3: the three calendar years before the call year (docs/form.md §0). */
export function formYears(callYear: number): [number, number, number] {
  return [callYear - 3, callYear - 2, callYear - 1];
}

/** p1, p2, p3: the call year and the two after it. */
export function planYears(callYear: number): [number, number, number] {
  return [callYear, callYear + 1, callYear + 2];
}

function num(v: Numeric | undefined): number | undefined {
  return typeof v === 'number' ? v : undefined;
}

/** Average annual growth in percent from yearly rates in percent: (Π(1 + g/100))^(1/n) − 1. */
export function geometricMeanGrowth(rates: readonly (Numeric | undefined)[]): number | undefined {
  if (rates.length === 0) return undefined;
  // A loop, not map/some/reduce: the rules engine calls this in every evaluation.
  let product = 1;
  for (const rate of rates) {
    if (typeof rate !== 'number' || rate <= -100) return undefined;
    product *= 1 + rate / 100;
  }
  return (Math.pow(product, 1 / rates.length) - 1) * 100;
}

function threeRates<R>(rows: readonly R[] | undefined, pick: (row: R) => Numeric | undefined): number | undefined {
  return rows?.length === 3 ? geometricMeanGrowth(rows.map(pick)) : undefined;
}

export function qualitySmeTotal(row: NonNullable<NonNullable<ApplicationForm['leadingIndustry']>['years']>[number]): number | undefined {
  const counts = [row.specializedSmeCount, row.littleGiantCount, row.singleChampionCount, row.highTechInnovativeCount].map(num);
  return counts.every((c): c is number => c !== undefined) ? counts.reduce((a, b) => a + b, 0) : undefined;
}

export function leadingGrowthAvg3yComputed(form: ApplicationForm): number | undefined {
  return threeRates(form.leadingIndustry?.years, (r) => r.leadingIndustryGrowth);
}

export function rdGrowthAvg3yComputed(form: ApplicationForm): number | undefined {
  return threeRates(form.innovation?.years, (r) => r.rdGrowth);
}

/** Valid invention patents per 10 000 SME employees. */
export function patentsPer10kComputed(form: ApplicationForm): number | undefined {
  const count = num(form.innovation?.smePatentCount);
  const employees = num(form.innovation?.smeEmployees);
  return count !== undefined && employees !== undefined && employees > 0 ? (count / employees) * 10000 : undefined;
}

/** The form with `year` filled in every `years[]` row (y1, y2, y3 by position); other values untouched. */
export function withDerivedYears(form: ApplicationForm, callYear: number): ApplicationForm {
  const years = formYears(callYear);
  const out: Record<string, unknown> = { ...form };
  for (const [key, section] of Object.entries(form)) {
    const rows: unknown = (section as { years?: unknown } | undefined)?.years;
    if (Array.isArray(rows)) {
      out[key] = { ...section, years: rows.map((row: object, i) => (i < years.length ? { ...row, year: years[i] } : row)) };
    }
  }
  return out as ApplicationForm;
}

export interface DerivedValues {
  years: [number, number, number];
  planYears: [number, number, number];
  /** Per year y1..y3; undefined where a count is missing. */
  qualitySmeTotal: (number | undefined)[];
  leadingGrowthAvg3yComputed?: number;
  rdGrowthAvg3yComputed?: number;
  patentsPer10kComputed?: number;
}

export function deriveValues(form: ApplicationForm, callYear: number): DerivedValues {
  const rows = form.leadingIndustry?.years ?? [];
  return {
    years: formYears(callYear),
    planYears: planYears(callYear),
    qualitySmeTotal: [0, 1, 2].map((i) => (rows[i] ? qualitySmeTotal(rows[i]) : undefined)),
    leadingGrowthAvg3yComputed: leadingGrowthAvg3yComputed(form),
    rdGrowthAvg3yComputed: rdGrowthAvg3yComputed(form),
    patentsPer10kComputed: patentsPer10kComputed(form),
  };
}
