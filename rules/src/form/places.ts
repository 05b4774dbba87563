// Where a field of one application's form is, named for the person filling it: its section, its
// label with the real years, and the path the console's input uses. The server's refusals and the
// console's lists of open items both name fields through this one module.
import { formSections, STANDARD_LEVELS } from './descriptor';
import type { SectionKey } from './descriptor';
import { formYears, planYears } from './derived';
import { formFieldsByKey } from './fields';
import type { FormField } from './fields';
import type { TargetRowSpec } from './nodes';

export interface FieldPlace {
  section: SectionKey;
  /** The section's printed heading, e.g. 二、主导产业情况. */
  sectionLabel: string;
  /** The field's label with its year, level or target row, e.g. 集群总产值（亿元）（2023年）. */
  label: string;
  /** The field's path in the form as the console's inputs address it (target rows by position). */
  source: string;
  field: FormField;
}

const targetRows: Readonly<Record<string, TargetRowSpec>> = formSections.plan.children.targets.rows;
const targetIds = Object.keys(targetRows);

/** The staged goals are printed for the plan years (call year … + 2), not the sample's 2023–2025. */
export function stagedGoalLabel(index: number, callYear: number): string {
  return `2.阶段性目标 · （${index}）${planYears(callYear)[index - 1]}年度`;
}

/**
 * A form path as the rules report it (`leadingIndustry.years.0.totalOutput`,
 * `plan.targets[outputGrowth].baseline`) or as the console's inputs use it (`plan.targets.0.baseline`);
 * undefined when it names no field of the form.
 */
export function fieldPlace(path: string, callYear: number): FieldPlace | undefined {
  const parts = path.replace(/^form\./, '').split('.');
  const section = parts[0] as SectionKey;
  if (!(section in formSections)) return undefined;
  const keyParts: string[] = [];
  const sourceParts: string[] = [];
  const indexes: number[] = [];
  let targetId: string | undefined;
  for (const part of parts) {
    const target = /^targets\[(\w+)\]$/.exec(part);
    if (target) {
      targetId = target[1];
      keyParts.push(part);
      sourceParts.push('targets', String(Math.max(0, targetIds.indexOf(targetId))));
    } else if (/^\d+$/.test(part)) {
      const index = Number(part);
      const last = keyParts.length - 1;
      if (keyParts[last] === 'targets') {
        targetId = targetIds[index] ?? 'extra';
        keyParts[last] = `targets[${targetId}]`;
      } else {
        keyParts[last] = `${keyParts[last]}[]`;
        indexes.push(index);
      }
      sourceParts.push(part);
    } else {
      keyParts.push(part);
      sourceParts.push(part);
    }
  }
  const field = formFieldsByKey.get(keyParts.join('.'));
  // A part of a value (a count+names' count, a ticked item's evidence) belongs to its field.
  if (!field) return parts.length > 2 ? fieldPlace(parts.slice(0, -1).join('.'), callYear) : undefined;
  return { section, sectionLabel: formSections[section].label, label: placeLabel(field, indexes, targetId, callYear), source: sourceParts.join('.'), field };
}

function placeLabel(field: FormField, indexes: number[], targetId: string | undefined, callYear: number): string {
  const staged = /^plan\.stagedGoals\.p([123])$/.exec(field.key);
  if (staged) return stagedGoalLabel(Number(staged[1]), callYear);
  if (targetId) {
    const row = targetRows[targetId];
    const column = field.key.endsWith('.target') ? `${planYears(callYear)[2]}年目标值` : `${formYears(callYear)[2]}年基准值`;
    return row ? `${row.direction} · ${row.indicator} · ${column}` : `${field.context ?? ''} · ${field.label}`;
  }
  const [yearIndex, levelIndex] = indexes;
  const year = yearIndex === undefined ? undefined : formYears(callYear)[yearIndex];
  if (levelIndex !== undefined) return `${year}年 ${STANDARD_LEVELS[levelIndex]?.value ?? ''}标准 · ${field.label}`;
  if (year !== undefined) return `${field.label}（${year}年）`;
  return field.context && field.type === 'checkboxGroup.item' ? `${field.context} · ${field.label}` : field.label;
}
