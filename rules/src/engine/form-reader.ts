// Every field value of a form, read in one pass into an array in descriptor
// order, for the form.* scan and the facts.
//
// Why generated code (engine/generated/form-fields.ts, from readerSource):
// the form.* rules look at every field of every evaluated form. Read by a walk
// over the descriptor, every field went through one `container[key]` site
// whose key and object shape change each time; V8 serves such a megamorphic
// load from a global stub cache, whose hits even depend on the process's
// random hash seed, and the walk was half of an evaluation (9 µs of a hot
// 16 µs; the same bench ran at 26,000 or 41,000 evaluations/s by the seed).
// Straight-line code gives each field its own load site that sees one shape,
// or a few. It is generated ahead of time, not by `new Function` at load: the
// console's CSP forbids eval, and the rules run there too.
import type { FieldNode, FormNode } from '../form';

type Children = Readonly<Record<string, FormNode>>;

/** A field: its path (spelt like FieldError paths, target rows by id) and its descriptor node. */
export interface ReadField {
  path: string;
  node: FieldNode;
}

/**
 * How the generated code reaches a value, from the form or an earlier step:
 * an object's property, a row by position, or a table's rows by id (then
 * read by position).
 */
type Step = { kind: 'object'; from: number; key: string } | { kind: 'row'; from: number; index: number } | { kind: 'targetRows'; from: number; ids: string[] };

interface ReadPlan {
  fields: ReadField[];
  /** Containers; step i is held in variable `c${i + 1}` (`c0` is the form). */
  steps: Step[];
  /** By field: the container variable and the key. */
  reads: { from: number; key: string }[];
}

function readPlan(descriptor: Children): ReadPlan {
  const plan: ReadPlan = { fields: [], steps: [], reads: [] };
  const step = (next: Step): number => plan.steps.push(next);

  const node = (from: number, key: string, child: FormNode, path: string): void => {
    switch (child.node) {
      case 'field':
        plan.fields.push({ path, node: child });
        plan.reads.push({ from, key });
        return;
      case 'group':
        children(step({ kind: 'object', from, key }), child.children, path);
        return;
      case 'rows': {
        const rows = step({ kind: 'object', from, key });
        for (let index = 0; index < child.count; index += 1) {
          children(step({ kind: 'row', from: rows, index }), child.children, `${path}.${index}`);
        }
        return;
      }
      case 'targets': {
        // The extra ("......") row is free text that no rule reads.
        const ids = Object.keys(child.rows);
        const rows = step({ kind: 'targetRows', from: step({ kind: 'object', from, key }), ids });
        ids.forEach((id, index) => {
          const { baseline, target } = child.rows[id];
          children(step({ kind: 'row', from: rows, index }), { baseline, target }, `${path}[${id}]`);
        });
      }
    }
  };
  const children = (from: number, of: Children, path: string): void => {
    for (const key of Object.keys(of)) node(from, key, of[key], path ? `${path}.${key}` : key);
  };

  children(0, descriptor, '');
  return plan;
}

/** Every field of the descriptor, in the order the generated reader returns their values. */
export function formFieldList(descriptor: Children): ReadField[] {
  return readPlan(descriptor).fields;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function member(variable: string, key: string): string {
  return IDENTIFIER.test(key) ? `${variable}.${key}` : `${variable}[${JSON.stringify(key)}]`;
}

/** The text of engine/generated/form-fields.ts for this descriptor. */
export function readerSource(descriptor: Children): string {
  const { fields, steps, reads } = readPlan(descriptor);
  const variable = (index: number) => `c${index}`;
  const stepLine = (next: Step, index: number): string => {
    const from = variable(next.from);
    const value =
      next.kind === 'object' ? member(from, next.key) : next.kind === 'row' ? `rowAt(${from}, ${next.index})` : `targetRows(${from}, IDS_${index + 1})`;
    return `  const ${variable(index + 1)} = container(${value});`;
  };
  const idLists = steps.flatMap((next, index) => (next.kind === 'targetRows' ? [`const IDS_${index + 1} = ${JSON.stringify(next.ids)};`] : []));
  return [
    '// Generated from the form descriptor by rules/src/engine/generate-reader.ts (npm run generate:form); do not edit.',
    '// Why it is generated: see ../form-reader.ts.',
    "import { targetRows } from '../read';",
    '',
    'type Container = Readonly<Record<string, unknown>>;',
    '',
    'const ABSENT: Container = Object.freeze({});',
    '',
    '/** An object or array to read from; anything else reads as an empty object. */',
    'function container(value: unknown): Container {',
    "  return typeof value === 'object' && value !== null ? (value as Container) : ABSENT;",
    '}',
    '',
    'function rowAt(rows: Container, index: number): unknown {',
    '  return Array.isArray(rows) ? rows[index] : undefined;',
    '}',
    '',
    ...idLists,
    '',
    '/** The paths of the values readFormFields returns, in order. */',
    'export const FORM_FIELD_PATHS: readonly string[] = [',
    ...fields.map((field) => `  ${JSON.stringify(field.path)},`),
    '];',
    '',
    '/** Every field value of the form (undefined when absent), in FORM_FIELD_PATHS order. */',
    'export function readFormFields(form: unknown): unknown[] {',
    '  const c0 = container(form);',
    ...steps.map(stepLine),
    '  return [',
    ...reads.map((read) => `    ${member(variable(read.from), read.key)},`),
    '  ];',
    '}',
    '',
  ].join('\n');
}

/** The generated reader, checked against its descriptor. */
export interface FormFieldReader {
  /** Every field, in the order of `read`'s values. */
  readonly fields: readonly ReadField[];
  read(form: unknown): unknown[];
  /** Where a field's value is in `read`'s array; throws for a path that is not a field. */
  indexOf(path: string): number;
}

/**
 * Throws unless a file under engine/generated was generated for these lines (the reader's
 * paths, the scan's checks): after a descriptor change it is stale until regenerated.
 */
export function requireGeneratedFor(file: string, expected: readonly string[], generated: readonly string[]): void {
  const stale = expected.length !== generated.length || expected.some((line, index) => line !== generated[index]);
  if (stale) throw new Error(`engine/generated/${file} does not match the form descriptor: run npm run generate:form`);
}

export function formFieldReader(descriptor: Children, generated: { paths: readonly string[]; read(form: unknown): unknown[] }): FormFieldReader {
  const fields = formFieldList(descriptor);
  requireGeneratedFor(
    'form-fields.ts',
    fields.map((field) => field.path),
    generated.paths,
  );
  const indexes = new Map(fields.map((field, index) => [field.path, index]));
  return {
    fields,
    read: generated.read,
    indexOf(path) {
      const index = indexes.get(path);
      if (index === undefined) throw new Error(`${path} is not a field of the form`);
      return index;
    },
  };
}
