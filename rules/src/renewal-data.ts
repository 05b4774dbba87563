import { THREE_YEAR_FIGURES, type AnnualMetrics, type EarlierFigures } from './annual';
import { formFields, withDerivedYears, type ApplicationForm, type SectionKey } from './form';
import type { EligibilityReport } from './engine';
import { isBlank, isRecord, yearRow } from './year-rows';

/*
 * The re-review data (复核材料, Art. 17): the form a recognized cluster is re-examined on, pre-filled
 * from what the province already holds — the form of the application that recognized it and the annual
 * reports since — so the county confirms and completes instead of typing everything again.
 */

/** Sections a re-review asks anew: the declaration is signed again, the recommendation is the city's new opinion. */
const ASKED_ANEW: readonly SectionKey[] = ['declaration', 'recommendation'];

/** What a re-review request carries to the city and the province. */
export interface RenewalData {
  form: ApplicationForm;
  /** How many of the county's fields came pre-filled, of how many. */
  prefilled: { filled: number; total: number };
  /** The rules engine on the form, with the version of the settings it used. */
  report: EligibilityReport & { settingsVersion: number };
}

/** The application's form as the province recognized it, and the call year it answered. */
export interface RecognizedForm {
  form: ApplicationForm;
  callYear: number;
}

/** The cover's region: the prefecture's and the county's codes. */
export interface CoverRegion {
  city: string;
  county: string;
}

/** The sections with a table of the three years before the call. */
const YEAR_TABLE_SECTIONS = [...new Set(formFields.flatMap((field) => /^(\w+)\.years\[\]\./.exec(field.key)?.[1] ?? []))];

/**
 * The form of a re-review called in `callYear`: descriptive sections from the recognized application;
 * each section's year rows rebuilt for the three years before `callYear`, every row from the latest
 * annual report or form that holds that year; the three-year averages left blank (they described the
 * application's years, not these).
 */
export function renewalForm(recognized: RecognizedForm, reports: readonly EarlierFigures[], callYear: number, region: CoverRegion): ApplicationForm {
  const lastYear = callYear - 1;
  const sources: EarlierFigures[] = [
    ...reports.filter((report) => report.reportYear <= lastYear),
    { reportYear: recognized.callYear - 1, metrics: recognized.form as AnnualMetrics },
  ].sort((a, b) => b.reportYear - a.reportYear);
  const out: Record<string, unknown> = {};
  for (const [section, value] of Object.entries(recognized.form)) {
    if ((ASKED_ANEW as readonly string[]).includes(section) || !isRecord(value)) continue;
    const copy: Record<string, unknown> = structuredClone(value);
    for (const key of Object.keys(copy)) if (THREE_YEAR_FIGURES.has(`${section}.${key}`)) delete copy[key];
    out[section] = copy;
  }
  // The cover names the cluster's own county, as an application's names the county that declares it.
  out.cover = { ...(out.cover as object | undefined), region };
  // The years are rebuilt even where the recognized form is missing: the annual reports may hold them.
  for (const section of YEAR_TABLE_SECTIONS) {
    out[section] = { ...(out[section] as object | undefined), years: [0, 1, 2].map((index) => yearRow(section, lastYear - 2 + index, sources)) };
  }
  return withDerivedYears(out as ApplicationForm, callYear);
}

/** A field the county fills: not a header, not derived or fixed, not the city's. */
const countyFields = formFields.filter((field) => field.value && field.required !== 'derived' && field.required !== 'fixed' && field.required !== 'city');

function filledAt(value: unknown, path: readonly string[]): boolean {
  if (!path.length) return Array.isArray(value) ? value.length > 0 : !isBlank(value);
  const [head, ...rest] = path;
  const rows = /^(\w+)\[(\w*)\]$/.exec(head);
  if (!isRecord(value)) return false;
  if (!rows) return filledAt(value[head], rest);
  const list = value[rows[1]];
  if (!Array.isArray(list)) return false;
  const picked = rows[2] ? list.filter((row) => isRecord(row) && row.id === rows[2]) : list;
  return picked.some((row) => filledAt(row, rest));
}

/**
 * How much of a form is filled, counted as the county sees it: each field once, and each year of a
 * per-year figure once (a figure over three years is three entries). Measures the re-review's pre-fill.
 */
export function filledShare(form: ApplicationForm): { filled: number; total: number } {
  let filled = 0;
  let total = 0;
  for (const field of countyFields) {
    const perYear = field.type.startsWith('perYear<') ? /^(\w+)\.years\[\]\.(.+)$/.exec(field.key) : null;
    if (perYear) {
      const years = (form[perYear[1] as SectionKey] as { years?: unknown[] } | undefined)?.years ?? [];
      for (const index of [0, 1, 2]) {
        total += 1;
        if (filledAt(years[index], perYear[2].split('.'))) filled += 1;
      }
      continue;
    }
    total += 1;
    if (filledAt(form, field.key.split('.'))) filled += 1;
  }
  return { filled, total };
}
