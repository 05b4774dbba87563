// The form descriptor compiled, once at load, into a flat list of reads.
//
// Why it exists: the form.* rules look at every field of every evaluated form,
// and walking the descriptor tree per evaluation (nested closures, building
// path strings) was half the engine's time. Here the walk happens once: each
// read names the slot its container was read into and the key to take from
// it, so reading a form is one loop over an array. Fields the caller does not
// want, and containers with no wanted field below them, are left out.
import type { FieldNode, FormNode } from '../form';
import { planRow } from './read';

type Children = Readonly<Record<string, FormNode>>;

/** A wanted field: its path (spelt like FieldError paths, target rows by id) and the slot its value is read into. */
export interface ReadField {
  path: string;
  node: FieldNode;
  slot: number;
}

/** One read: the value at `key` of the value in slot `from`, into the next slot (slot 0 holds the form). */
interface Read {
  from: number;
  how: 'property' | 'index' | 'targetRow';
  key: string | number;
}

export interface FormReader {
  readonly fields: readonly ReadField[];
  /** Every slot's value for one form; `values[field.slot]` is the field's value, undefined when absent. */
  read(form: unknown): unknown[];
}

function property(container: unknown, key: string | number): unknown {
  return typeof container === 'object' && container !== null ? (container as Record<string, unknown>)[key] : undefined;
}


export function compileFormReader(
  descriptor: Children,
  wanted: (node: FieldNode, path: string) => boolean,
): FormReader {
  const reads: Read[] = [];
  const fields: ReadField[] = [];

  /** Reads a container into the next slot for `addInside`; the read is dropped when no wanted field is below it. */
  const within = (from: number, how: Read['how'], key: string | number, addInside: (slot: number) => void): void => {
    reads.push({ from, how, key });
    const fieldsBefore = fields.length;
    addInside(reads.length);
    if (fields.length === fieldsBefore) reads.pop();
  };

  const addChildren = (children: Children, path: string, from: number): void => {
    for (const key of Object.keys(children)) addNode(children[key], path ? `${path}.${key}` : key, from, key);
  };

  const addNode = (node: FormNode, path: string, from: number, key: string): void => {
    switch (node.node) {
      case 'field':
        if (wanted(node, path)) {
          reads.push({ from, how: 'property', key });
          fields.push({ path, node, slot: reads.length });
        }
        return;
      case 'group':
        return within(from, 'property', key, (slot) => addChildren(node.children, path, slot));
      case 'rows':
        return within(from, 'property', key, (slot) => {
          for (let i = 0; i < node.count; i += 1) {
            within(slot, 'index', i, (rowSlot) => addChildren(node.children, `${path}.${i}`, rowSlot));
          }
        });
      case 'targets':
        // The extra ("......") row is free text that no rule reads.
        return within(from, 'property', key, (slot) => {
          for (const id of Object.keys(node.rows)) {
            const { baseline, target } = node.rows[id];
            within(slot, 'targetRow', id, (rowSlot) => addChildren({ baseline, target }, `${path}[${id}]`, rowSlot));
          }
        });
    }
  };

  addChildren(descriptor, '', 0);

  return {
    fields,
    read(form) {
      const values: unknown[] = new Array(reads.length + 1);
      values[0] = form;
      for (let i = 0; i < reads.length; i += 1) {
        const { from, how, key } = reads[i];
        const container = values[from];
        values[i + 1] =
          how === 'property'
            ? property(container, key)
            : how === 'index'
              ? Array.isArray(container)
                ? container[key as number]
                : undefined
              : planRow(container, key as string);
      }
      return values;
    },
  };
}
