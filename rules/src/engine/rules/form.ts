// DOMAIN §5.3 form.* (填报说明 2, the printed length limits): a fail or
// missing makes the verdict incomplete. They run on every evaluation, also on
// data that passed the schema, because stored data can bypass the schema.
import { conditionHolds, countChars, type FormNode, type RequiredWhen, type ValueType } from '../../form';
import { hasAtMostDecimals } from '../numbers';
import { isNone, num } from '../read';
import type { Finding, RuleContext } from '../types';

type Children = Readonly<Record<string, FormNode>>;

/** One step from a value to its child: an object key, an array index, or a target-table row id. */
type Step = string | number | { row: string };

interface Leaf {
  /** Dotted key path as FieldError paths spell it, e.g. `leadingIndustry.years.0.totalOutput`; target rows by id, `plan.targets[qualitySmes].baseline`. */
  path: string;
  steps: readonly Step[];
  value: ValueType;
  required: 'yes' | RequiredWhen | undefined;
}

function childPath(path: string, step: Step): string {
  if (typeof step === 'number') return `${path}.${step}`;
  if (typeof step === 'object') return `${path}[${step.row}]`;
  return path ? `${path}.${step}` : step;
}

/** Every input cell of the form, rows expanded (3 years, 4 standard levels), in form order. */
function leavesOf(children: Children, path = '', steps: readonly Step[] = []): Leaf[] {
  const leaves: Leaf[] = [];
  for (const [key, node] of Object.entries(children) as [string, FormNode][]) {
    const here = childPath(path, key);
    const at = [...steps, key];
    switch (node.node) {
      case 'field': {
        const required = node.required === 'yes' || typeof node.required === 'object' ? node.required : undefined;
        leaves.push({ path: here, steps: at, value: node.value, required });
        break;
      }
      case 'group':
        leaves.push(...leavesOf(node.children, here, at));
        break;
      case 'rows':
        for (let i = 0; i < node.count; i += 1) leaves.push(...leavesOf(node.children, childPath(here, i), [...at, i]));
        break;
      case 'targets':
        for (const [id, row] of Object.entries(node.rows)) {
          const rowStep = { row: id };
          leaves.push(...leavesOf({ baseline: row.baseline, target: row.target }, childPath(here, rowStep), [...at, rowStep]));
        }
        break;
    }
  }
  return leaves;
}

function valueAt(root: unknown, steps: readonly Step[]): unknown {
  let value = root;
  for (const step of steps) {
    if (typeof value !== 'object' || value === null) return undefined;
    if (typeof step === 'object') {
      value = Array.isArray(value)
        ? value.find((row: unknown) => typeof row === 'object' && row !== null && (row as { id?: unknown }).id === step.row)
        : undefined;
    } else {
      value = (value as Record<string | number, unknown>)[step];
    }
  }
  return value;
}

/** Filled: a value, or "无". An empty text, an empty file list or a count+names without a count is blank. */
function isFilled(value: unknown, type: ValueType['type']): boolean {
  if (value === undefined || value === null) return false;
  if (isNone(value)) return true;
  if (typeof value === 'string') return value.trim() !== '';
  if (type === 'files') return Array.isArray(value) && value.length > 0;
  if (type === 'countNames') return typeof value === 'object' && num((value as { count?: unknown }).count) !== undefined;
  return true;
}

export interface FormChecks {
  complete(ctx: RuleContext): Finding;
  decimals(ctx: RuleContext): Finding;
  textLength(ctx: RuleContext): Finding;
}

/**
 * The form.* rules for one form descriptor. The leaf lists are computed once
 * here, not per evaluation: walking the descriptor is the costly part.
 * The plan's texts of `planMaxChars` (narrative and staged goals) share that
 * one printed limit "（3000字以内）" (FORM.md §13 item 13); every other text has its own.
 */
export function formChecks(descriptor: Children, planPrefix: string, planMaxChars: number): FormChecks {
  const leaves = leavesOf(descriptor);
  const required = leaves.filter((leaf) => leaf.required !== undefined);
  const decimal = leaves.filter((leaf) => leaf.value.type === 'decimal2' || leaf.value.type === 'percent2');
  const isPlanText = (leaf: Leaf) =>
    leaf.path.startsWith(planPrefix) && leaf.value.type === 'text' && leaf.value.maxChars === planMaxChars;
  const planText = leaves.filter(isPlanText);
  const text = leaves.filter((leaf) => leaf.value.type === 'text' && !isPlanText(leaf));

  return {
    complete(ctx) {
      const missing: string[] = [];
      for (const leaf of required) {
        if (typeof leaf.required === 'object' && !conditionHolds(leaf.required, ctx.form)) continue;
        if (!isFilled(valueAt(ctx.form, leaf.steps), leaf.value.type)) missing.push(leaf.path);
      }
      return {
        outcome: missing.length === 0 ? 'pass' : 'fail',
        values: { requiredChecked: required.length, blank: missing },
        threshold: {},
        paths: missing,
      };
    },

    decimals(ctx) {
      const offending: string[] = [];
      for (const leaf of decimal) {
        const value = valueAt(ctx.form, leaf.steps);
        if (typeof value === 'number' && !hasAtMostDecimals(value, 2)) offending.push(leaf.path);
      }
      return {
        outcome: offending.length === 0 ? 'pass' : 'fail',
        values: { numbersChecked: decimal.length, offending },
        threshold: { maxDecimals: 2 },
        paths: offending,
      };
    },

    textLength(ctx) {
      const offending: string[] = [];
      const overLimit: Record<string, { chars: number; max: number }> = {};
      for (const leaf of text) {
        const value = valueAt(ctx.form, leaf.steps);
        if (typeof value !== 'string' || leaf.value.type !== 'text') continue;
        const length = countChars(value);
        if (length > leaf.value.maxChars) {
          offending.push(leaf.path);
          overLimit[leaf.path] = { chars: length, max: leaf.value.maxChars };
        }
      }
      let planChars = 0;
      for (const leaf of planText) {
        const value = valueAt(ctx.form, leaf.steps);
        if (typeof value === 'string') planChars += countChars(value);
      }
      if (planChars > planMaxChars) offending.push(...planText.map((leaf) => leaf.path));
      return {
        outcome: offending.length === 0 ? 'pass' : 'fail',
        values: { overLimit, planChars, offending },
        threshold: { planMaxChars },
        paths: offending,
      };
    },
  };
}
