import { DECLARATION_STATEMENT, sameFormValue, fieldKeys, formSections, formYears, validateForm, type FormNode, type SectionKey } from '@sme-cluster/rules';

/** The tabs of the form, in printed order: the cover shares a tab with 一, the declaration with the city's opinion. */
export const formTabs: { key: string; sections: SectionKey[] }[] = [
  { key: 'cover', sections: ['cover', 'basic'] },
  { key: 'leadingIndustry', sections: ['leadingIndustry'] },
  { key: 'innovation', sections: ['innovation'] },
  { key: 'digital', sections: ['digital'] },
  { key: 'green', sections: ['green'] },
  { key: 'openness', sections: ['openness'] },
  { key: 'governance', sections: ['governance'] },
  { key: 'plan', sections: ['plan'] },
  { key: 'declaration', sections: ['declaration', 'recommendation'] },
];

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The skeleton of a node: what the form must hold before anyone types, so every table has its
 * printed rows — three years (with the real year), four standard levels, one row per target.
 */
function skeleton(node: FormNode, years: number[]): unknown {
  switch (node.node) {
    case 'field':
      if (node.value.type === 'fixed') return node.value.text;
      return undefined;
    case 'group':
      return childrenSkeleton(node.children, years);
    case 'rows':
      return Array.from({ length: node.count }, (_, index) => {
        const row = childrenSkeleton(node.children, years);
        if ('year' in node.children && node.count === years.length) row.year = years[index];
        const level = node.children.level;
        if (level?.node === 'field' && level.value.type === 'choice') row.level = level.value.options[index]?.value;
        return row;
      });
    case 'targets':
      return Object.keys(node.rows).map((id) => ({ id }));
  }
}

function childrenSkeleton(children: Record<string, FormNode>, years: number[]): Json {
  const out: Json = {};
  for (const [key, child] of Object.entries(children)) {
    const value = skeleton(child, years);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** Fills `base` (the skeleton) with the stored values; rows merge by position, target rows by id. */
function overlay(base: unknown, stored: unknown): unknown {
  if (stored === undefined || stored === null) return base;
  if (Array.isArray(base) && Array.isArray(stored)) {
    const byId = base.every((row) => isObject(row) && typeof row.id === 'string' && !('year' in row));
    if (byId) {
      // The fixed target rows keep their printed order; extra rows follow.
      const fixed = base.map((row) =>
        overlay(
          row,
          stored.find((s) => isObject(s) && s.id === (row as Json).id),
        ),
      );
      return [...fixed, ...stored.filter((s) => isObject(s) && s.id === 'extra')];
    }
    return base.map((row, index) => overlay(row, stored[index]));
  }
  if (isObject(base) && isObject(stored)) {
    const out: Json = { ...base };
    for (const [key, value] of Object.entries(stored)) out[key] = overlay(base[key], value);
    return out;
  }
  return stored;
}

export interface FormPlace {
  prefectureCode?: string | null;
  countyCode?: string | null;
}

/**
 * The form as the console edits it: every printed row present, years and fixed texts filled,
 * the cover's region set to the application's own county (the server accepts no other).
 */
export function withFormDefaults(form: unknown, callYear: number, place: FormPlace = {}): Json {
  const years = formYears(callYear);
  const base: Json = {};
  for (const [key, section] of Object.entries(formSections)) base[key] = skeleton(section, years);
  const cover = base.cover as Json;
  cover.region = { city: place.prefectureCode ?? undefined, county: place.countyCode ?? undefined };
  (base.declaration as Json).statement = DECLARATION_STATEMENT;
  return overlay(base, form) as Json;
}

/** The sections whose values differ: a draft save sends only these (the server writes only what it gets). */
export function changedSections(next: Json, previous: Json): Json {
  const changed: Json = {};
  for (const key of Object.keys(formSections)) {
    if (!sameFormValue(next[key], previous[key])) changed[key] = next[key];
  }
  return changed;
}

/** Sets `value` at a dotted path, creating arrays for numeric parts (react-hook-form's error shape). */
function setPath(target: Json, path: string[], value: string): void {
  let node: Json | unknown[] = target;
  path.forEach((part, index) => {
    const last = index === path.length - 1;
    const container = node as Record<string, unknown>;
    if (last) {
      // The first problem of a field is the one to fix first.
      if (container[part] === undefined) container[part] = value;
      return;
    }
    if (!isObject(container[part]) && !Array.isArray(container[part])) {
      container[part] = /^\d+$/.test(path[index + 1]) ? [] : {};
    }
    node = container[part] as Json;
  });
}

/**
 * Live validation with the shared schema: the same messages as the server's 400, in the
 * console's language, placed under `root` where the inputs live (`form.` on an application,
 * `metrics.` on an annual report).
 */
export function formErrorsAt(form: unknown, root: string, locale: string): Json {
  const result = validateForm(form ?? {});
  if (result.success) return {};
  const errors: Json = {};
  for (const { path, message } of result.errors) {
    // A target row's errors come named by its id; the inputs are by position.
    setPath(errors, [root, ...fieldKeys(form, path).map(String)], locale.startsWith('zh') ? message.zh : message.en);
  }
  return errors;
}

export function validateApplicationForm(values: { form?: unknown }, locale: string): Json {
  return formErrorsAt(values.form, 'form', locale);
}
