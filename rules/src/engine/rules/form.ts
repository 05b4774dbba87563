// DOMAIN §5.3 form.* (填报说明 2, the printed length limits): a fail or
// missing makes the verdict incomplete. They run on every evaluation, also on
// data that passed the schema, because stored data can bypass the schema.
import {
  conditionHolds,
  countChars,
  type ApplicationForm,
  type FormNode,
  type RequiredWhen,
  type ValueType,
} from '../../form';
import { hasAtMostDecimals } from '../numbers';
import { isNone, num } from '../read';
import type { Finding, RuleContext } from '../types';

type Children = Readonly<Record<string, FormNode>>;

/** What one pass over a form finds for the three form.* rules. */
interface Scan {
  form: ApplicationForm;
  blank: string[];
  badDecimals: string[];
  overLimit: Record<string, { chars: number; max: number }>;
  planTexts: string[];
}

/** Visits the value of one descriptor node; paths are spelt like FieldError paths, target rows by id. */
type Visit = (value: unknown, scan: Scan) => void;

interface Compiled {
  visit: Visit;
  required: number;
  numbers: number;
}

/** Filled: a value, or "无". An empty text, an empty file list or a count+names without a count is blank. */
function isFilled(value: unknown, type: ValueType['type']): boolean {
  if (value === undefined || value === null) return false;
  if (isNone(value)) return true;
  if (typeof value === 'string') return value.trim() !== '';
  if (type === 'files') return Array.isArray(value) && value.length > 0;
  if (type === 'countNames')
    return typeof value === 'object' && num((value as { count?: unknown }).count) !== undefined;
  return true;
}

function targetRowOf(value: unknown, id: string): unknown {
  if (!Array.isArray(value)) return undefined;
  for (const row of value) if (typeof row === 'object' && row !== null && row.id === id) return row;
  return undefined;
}

/**
 * The descriptor compiled once into closures that walk one form in a single
 * pass: every path, requirement and limit is fixed here, not per evaluation.
 */
function compile(children: Children, path: string, isPlanText: (path: string, value: ValueType) => boolean): Compiled {
  const keys = Object.keys(children);
  const parts = keys.map((key) => compileNode(children[key], path ? `${path}.${key}` : key, isPlanText));
  return {
    // Plain indexed loops: this runs for every node of every evaluated form.
    visit: (value, scan) => {
      const object = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
      for (let i = 0; i < parts.length; i += 1)
        parts[i].visit(object === undefined ? undefined : object[keys[i]], scan);
    },
    required: parts.reduce((sum, part) => sum + part.required, 0),
    numbers: parts.reduce((sum, part) => sum + part.numbers, 0),
  };
}

function compileNode(node: FormNode, path: string, isPlanText: (path: string, value: ValueType) => boolean): Compiled {
  switch (node.node) {
    case 'group':
      return compile(node.children, path, isPlanText);
    case 'rows': {
      const row = (i: number) => compile(node.children, `${path}.${i}`, isPlanText);
      const rows = Array.from({ length: node.count }, (_, i) => row(i));
      return {
        visit: (value, scan) => {
          const list = Array.isArray(value) ? value : undefined;
          for (let i = 0; i < rows.length; i += 1) rows[i].visit(list === undefined ? undefined : list[i], scan);
        },
        required: rows.reduce((sum, compiled) => sum + compiled.required, 0),
        numbers: rows.reduce((sum, compiled) => sum + compiled.numbers, 0),
      };
    }
    case 'targets': {
      const rows = Object.entries(node.rows).map(
        ([id, row]) =>
          [id, compile({ baseline: row.baseline, target: row.target }, `${path}[${id}]`, isPlanText)] as const,
      );
      return {
        visit: (value, scan) => {
          for (const [id, compiled] of rows) compiled.visit(targetRowOf(value, id), scan);
        },
        required: rows.reduce((sum, [, compiled]) => sum + compiled.required, 0),
        numbers: rows.reduce((sum, [, compiled]) => sum + compiled.numbers, 0),
      };
    }
    case 'field':
      return compileField(node.value, node.required, path, isPlanText(path, node.value));
  }
}

function compileField(value: ValueType, requirement: unknown, path: string, planText: boolean): Compiled {
  const required =
    requirement === 'yes' ? 'yes' : typeof requirement === 'object' ? (requirement as RequiredWhen) : undefined;
  const decimal = value.type === 'decimal2' || value.type === 'percent2';
  const maxChars = value.type === 'text' && !planText ? value.maxChars : undefined;
  return {
    visit: (input, scan) => {
      if (input === undefined) {
        if (required === 'yes' || (required && conditionHolds(required, scan.form))) scan.blank.push(path);
        return;
      }
      // The condition is only worth evaluating for a blank field.
      if (required && !isFilled(input, value.type) && (required === 'yes' || conditionHolds(required, scan.form))) {
        scan.blank.push(path);
      }
      if (decimal && typeof input === 'number' && !hasAtMostDecimals(input, 2)) scan.badDecimals.push(path);
      if (typeof input !== 'string') return;
      if (planText) scan.planTexts.push(input);
      // UTF-16 length ≥ characters counted, so a text within it needs no counting (the hot path).
      else if (maxChars !== undefined && input.length > maxChars) {
        const chars = countChars(input);
        if (chars > maxChars) scan.overLimit[path] = { chars, max: maxChars };
      }
    },
    required: required ? 1 : 0,
    numbers: decimal ? 1 : 0,
  };
}

export interface FormChecks {
  complete(ctx: RuleContext): Finding;
  decimals(ctx: RuleContext): Finding;
  textLength(ctx: RuleContext): Finding;
}

/**
 * The form.* rules for one form descriptor. The plan's texts of `planMaxChars`
 * under `planPrefix` (narrative and staged goals) share that one printed limit
 * "（3000字以内）" (FORM.md §13 item 13); every other text has its own.
 */
export function formChecks(descriptor: Children, planPrefix: string, planMaxChars: number): FormChecks {
  const planTextPaths: string[] = [];
  const isPlanText = (path: string, value: ValueType) => {
    const shared = path.startsWith(planPrefix) && value.type === 'text' && value.maxChars === planMaxChars;
    if (shared) planTextPaths.push(path);
    return shared;
  };
  const compiled = compile(descriptor, '', isPlanText);

  // The three rules share one pass per evaluation (the context lives for one evaluation,
  // so a form changed between two evaluations is scanned afresh).
  const scans = new WeakMap<RuleContext, Scan>();
  const scanOf = (ctx: RuleContext): Scan => {
    const cached = scans.get(ctx);
    if (cached) return cached;
    const scan: Scan = { form: ctx.form, blank: [], badDecimals: [], overLimit: {}, planTexts: [] };
    compiled.visit(ctx.form, scan);
    const units = scan.planTexts.reduce((sum, text) => sum + text.length, 0);
    const chars = units > planMaxChars ? scan.planTexts.reduce((sum, text) => sum + countChars(text), 0) : units;
    if (chars > planMaxChars) scan.overLimit.plan = { chars, max: planMaxChars };
    scans.set(ctx, scan);
    return scan;
  };

  return {
    complete(ctx) {
      const { blank } = scanOf(ctx);
      return {
        outcome: blank.length === 0 ? 'pass' : 'fail',
        values: { requiredChecked: compiled.required, blank },
        threshold: {},
        paths: blank,
      };
    },

    decimals(ctx) {
      const offending = scanOf(ctx).badDecimals;
      return {
        outcome: offending.length === 0 ? 'pass' : 'fail',
        values: { numbersChecked: compiled.numbers, offending },
        threshold: { maxDecimals: 2 },
        paths: offending,
      };
    },

    textLength(ctx) {
      const { overLimit } = scanOf(ctx);
      const offending = Object.keys(overLimit).flatMap((path) => (path === 'plan' ? planTextPaths : [path]));
      return {
        outcome: offending.length === 0 ? 'pass' : 'fail',
        values: { overLimit, offending },
        threshold: { planMaxChars },
        paths: offending,
      };
    },
  };
}
