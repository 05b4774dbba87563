// The form descriptor compiled, once at load, into a tree of the containers
// that hold wanted fields.
//
// Why it exists: the form.* rules look at every field of every evaluated form,
// and walking the descriptor per evaluation (nested closures, building path
// strings) was half the engine's time. Here the walk over the descriptor
// happens once; reading a form is a loop per container over its wanted
// entries, visiting each field value straight away (no intermediate array of
// every value: on 10 000 distinct forms the engine is bound by memory traffic).
// Containers with no wanted field below them are left out.
import type { FieldNode, FormNode } from '../form';
import { planRow } from './read';

type Children = Readonly<Record<string, FormNode>>;

/** A wanted field: its path (spelt like FieldError paths, target rows by id) and its descriptor node. */
export interface ReadField {
  path: string;
  node: FieldNode;
}

/**
 * One entry of a container, in descriptor order: a field (`check` set) or a
 * container holding more entries. One shape for both keeps the walk's
 * property loads monomorphic.
 */
interface Entry<T> {
  how: 'property' | 'index' | 'targetRow';
  key: string | number;
  check: T | undefined;
  entries: readonly Entry<T>[] | undefined;
}

export interface FormReader<T> {
  /** Each wanted field's check, in form order. */
  readonly checks: readonly T[];
  /** Calls `visit` with each wanted field's check and its value (undefined when absent), in form order. */
  visit<S>(form: unknown, visit: (check: T, value: unknown, state: S) => void, state: S): void;
}

function property(container: unknown, key: string | number): unknown {
  return typeof container === 'object' && container !== null ? (container as Record<string, unknown>)[key] : undefined;
}

function containerValue(entry: Entry<unknown>, container: unknown): unknown {
  if (entry.how === 'property') return property(container, entry.key);
  if (entry.how === 'index') return Array.isArray(container) ? container[entry.key as number] : undefined;
  return planRow(container, entry.key as string);
}

function visitEntries<T, S>(
  entries: readonly Entry<T>[],
  container: unknown,
  visit: (check: T, value: unknown, state: S) => void,
  state: S,
): void {
  for (let i = 0; i < entries.length; i += 1) {
    const entry = entries[i];
    // A field is always a property of its container.
    if (entry.entries === undefined) visit(entry.check as T, property(container, entry.key), state);
    else visitEntries(entry.entries, containerValue(entry, container), visit, state);
  }
}

/** `checkOf` turns a field into its check, or undefined when the field is not wanted. */
export function compileFormReader<T>(
  descriptor: Children,
  checkOf: (field: ReadField) => T | undefined,
): FormReader<T> {
  const checks: T[] = [];

  const container = (how: Entry<T>['how'], key: string | number, entries: Entry<T>[]): Entry<T>[] =>
    entries.length > 0 ? [{ how, key, check: undefined, entries }] : [];

  const childEntries = (children: Children, path: string): Entry<T>[] =>
    Object.keys(children).flatMap((key) => nodeEntries(children[key], path ? `${path}.${key}` : key, key));

  const nodeEntries = (node: FormNode, path: string, key: string): Entry<T>[] => {
    switch (node.node) {
      case 'field': {
        const check = checkOf({ path, node });
        if (check === undefined) return [];
        checks.push(check);
        return [{ how: 'property', key, check, entries: undefined }];
      }
      case 'group':
        return container('property', key, childEntries(node.children, path));
      case 'rows': {
        const rows: Entry<T>[] = [];
        for (let i = 0; i < node.count; i += 1) {
          rows.push(...container('index', i, childEntries(node.children, `${path}.${i}`)));
        }
        return container('property', key, rows);
      }
      case 'targets':
        // The extra ("......") row is free text that no rule reads.
        return container(
          'property',
          key,
          Object.keys(node.rows).flatMap((id) => {
            const { baseline, target } = node.rows[id];
            return container('targetRow', id, childEntries({ baseline, target }, `${path}[${id}]`));
          }),
        );
    }
  };

  const root = childEntries(descriptor, '');
  return {
    checks,
    visit: (form, visit, state) => visitEntries(root, form, visit, state),
  };
}
