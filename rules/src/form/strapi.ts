// The form as typed Strapi 5 components (category `form`), generated from the descriptor, and the pure
// mapping between ApplicationForm and the data Strapi's document service reads and writes.
//
// Storage conventions (see STRAPI.md):
// - "无" in a text/string field is stored as the literal 无; in a numeric, files or count+names field as a
//   companion boolean `<field>None` (the value itself then stays empty).
// - Choices are stored as ASCII enumeration keys (Strapi 5 rejects CJK enumeration values); the printed
//   values live in the descriptor (`Choice.key` ↔ `Choice.value`).
// - count+names stores names one per line in a text attribute (a name cannot contain a line break).
// - Value ranges and the 2-decimal rule are the zod schema's job; attributes carry type and storage limits.
import { formSections } from './descriptor';
import type { SectionKey } from './descriptor';
import type { Children, FieldNode, FormNode, TargetsNode, ValueType } from './nodes';
import { STRING_MAX_LENGTH } from './nodes';
import type { ApplicationForm } from './schema';
import { isNone, NONE, NONE_TEXT } from './values';
import type { FileRef } from './values';

export const COMPONENT_CATEGORY = 'form';

export type StrapiAttribute =
  | { type: 'string'; maxLength?: number; regex?: string }
  | { type: 'text'; maxLength: number }
  | { type: 'decimal' }
  | { type: 'integer'; min?: number }
  | { type: 'boolean'; default: boolean }
  | { type: 'enumeration'; enum: string[] }
  | { type: 'date' }
  | { type: 'media'; multiple: true; allowedTypes: string[] }
  | { type: 'component'; component: string; repeatable: boolean };

export interface StrapiComponentSchema {
  collectionName: string;
  info: { displayName: string; description: string };
  options: Record<string, never>;
  attributes: Record<string, StrapiAttribute>;
}

export interface StrapiComponent {
  /** e.g. `form.leading-industry`. */
  uid: string;
  category: string;
  name: string;
  schema: StrapiComponentSchema;
}

/** Companion flag of a numeric, files or count+names field that holds "无". */
export const noneFlag = (attribute: string): string => `${attribute}None`;

/**
 * Strapi's text limit counts UTF-16 units including line breaks, the form counts code points without them;
 * the stored limit is a roomy cap so Strapi never refuses what the schema accepted.
 */
export const textStorageLimit = (maxChars: number): number => maxChars * 2;

const uidOf = (name: string) => `${COMPONENT_CATEGORY}.${name}`;
const media: StrapiAttribute = { type: 'media', multiple: true, allowedTypes: ['images', 'files'] };
const flag: StrapiAttribute = { type: 'boolean', default: false };

const SHARED_COMPONENTS = {
  checkboxItem: 'checkbox-item',
  countNames: 'count-names',
  planTargets: 'plan-targets',
} as const;

/** Each fixed target row is stored in a row component by its value's storage type. */
function targetRowComponent(value: ValueType): { name: string; displayName: string } {
  switch (value.type) {
    case 'integer':
      return { name: 'plan-target-count', displayName: '目标行（数量）' };
    case 'text':
    case 'string':
      return { name: 'plan-target-text', displayName: '目标行（定性描述）' };
    default:
      return { name: 'plan-target-number', displayName: '目标行（数值）' };
  }
}

function fieldAttributes(name: string, value: ValueType): Record<string, StrapiAttribute> {
  switch (value.type) {
    case 'string':
      return { [name]: { type: 'string', maxLength: STRING_MAX_LENGTH } };
    case 'text':
      return { [name]: { type: 'text', maxLength: textStorageLimit(value.maxChars) } };
    case 'regionCity':
      return { [name]: { type: 'string', regex: '^52\\d{2}00$' } };
    case 'regionCounty':
      return { [name]: { type: 'string', regex: '^52\\d{4}$' } };
    case 'decimal2':
    case 'percent2':
      return { [name]: { type: 'decimal' }, [noneFlag(name)]: flag };
    case 'integer':
      return { [name]: { type: 'integer', min: 0 }, [noneFlag(name)]: flag };
    case 'year':
      return { [name]: { type: 'integer' } };
    case 'choice':
      return { [name]: { type: 'enumeration', enum: value.options.map((o) => o.key) } };
    case 'date':
      return { [name]: { type: 'date' } };
    case 'countNames':
      return {
        [name]: { type: 'component', component: uidOf(SHARED_COMPONENTS.countNames), repeatable: false },
        [noneFlag(name)]: flag,
      };
    case 'files':
      return { [name]: media, [noneFlag(name)]: flag };
    case 'checkbox':
      return { [name]: { type: 'component', component: uidOf(SHARED_COMPONENTS.checkboxItem), repeatable: false } };
    case 'fixed':
      return {};
  }
}

type Labels = Record<string, string>;

/** A field's label, and its "无" flag's. */
function fieldLabels(name: string, node: FieldNode): Labels {
  return Object.fromEntries(
    Object.keys(fieldAttributes(name, node.value)).map((attribute) => [attribute, attribute === name ? node.label : `${node.label}：无`]),
  );
}

class ComponentRegistry {
  readonly components = new Map<string, StrapiComponent>();
  /** The form's labels of each component's attributes, for the admin panel (the generated schemas stay as they are). */
  readonly labels = new Map<string, Labels>();

  add(name: string, displayName: string, description: string, attributes: Record<string, StrapiAttribute>, labels: Labels = {}): string {
    this.labels.set(uidOf(name), { ...labels, ...this.labels.get(uidOf(name)) });
    const existing = this.components.get(name);
    if (existing && JSON.stringify(existing.schema.attributes) !== JSON.stringify(attributes)) {
      throw new Error(`Component ${name} is generated twice with different attributes`);
    }
    if (!existing) {
      this.components.set(name, {
        uid: uidOf(name),
        category: COMPONENT_CATEGORY,
        name,
        schema: {
          collectionName: `components_${COMPONENT_CATEGORY}_${name.replace(/-/g, '_')}`,
          info: { displayName, description: `${description} Generated from @sme-cluster/rules (npm run generate:form); do not edit.` },
          options: {},
          attributes,
        },
      });
    }
    return uidOf(name);
  }

  attributesOf(children: Children): Record<string, StrapiAttribute> {
    return Object.assign({}, ...Object.entries(children).map(([k, c]) => this.nodeAttributes(k, c)));
  }

  labelsOf(children: Children): Labels {
    return Object.assign({}, ...Object.entries(children).map(([k, c]) => (c.node === 'field' ? fieldLabels(k, c) : { [k]: c.label })));
  }

  nodeAttributes(name: string, node: FormNode): Record<string, StrapiAttribute> {
    switch (node.node) {
      case 'field':
        return fieldAttributes(name, node.value);
      case 'group': {
        const kind = node.checkboxGroup ? 'Checkbox group' : 'Form part';
        const uid = this.add(node.component, node.label, `${kind} "${name}".`, this.attributesOf(node.children), this.labelsOf(node.children));
        return { [name]: { type: 'component', component: uid, repeatable: false } };
      }
      case 'rows': {
        const uid = this.add(
          node.component,
          node.label,
          `One row (of ${node.count}) of "${name}".`,
          this.attributesOf(node.children),
          this.labelsOf(node.children),
        );
        return { [name]: { type: 'component', component: uid, repeatable: true } };
      }
      case 'targets':
        return { [name]: { type: 'component', component: this.addTargets(node), repeatable: false } };
    }
  }

  private addTargets(node: TargetsNode): string {
    const rowAttributes = Object.entries(node.rows).map(([id, row]) => {
      const { name, displayName } = targetRowComponent(row.baseline.value);
      const uid = this.add(
        name,
        displayName,
        'One fixed row of the plan target table: baseline (y3) and target (p3).',
        { ...fieldAttributes('baseline', row.baseline.value), ...fieldAttributes('target', row.target.value) },
        { ...fieldLabels('baseline', row.baseline), ...fieldLabels('target', row.target) },
      );
      return { [id]: { type: 'component', component: uid, repeatable: false } as StrapiAttribute };
    });
    const extraUid = this.add(
      node.extra.component,
      '目标行（其它）',
      'An extra ("......") row of the plan target table.',
      this.attributesOf(node.extra.children),
      this.labelsOf(node.extra.children),
    );
    return this.add(
      SHARED_COMPONENTS.planTargets,
      node.label,
      'The plan target table, one attribute per fixed row.',
      { ...Object.assign({}, ...rowAttributes), extra: { type: 'component', component: extraUid, repeatable: true } },
      { ...Object.fromEntries(Object.entries(node.rows).map(([id, row]) => [id, `${row.direction}：${row.indicator}`])), extra: node.extra.label },
    );
  }
}

function buildComponents(): { components: StrapiComponent[]; sections: Record<SectionKey, StrapiAttribute>; labels: ReadonlyMap<string, Labels> } {
  const registry = new ComponentRegistry();
  registry.add(
    SHARED_COMPONENTS.checkboxItem,
    '勾选项',
    'One checkbox item: ticked, and its evidence files.',
    { checked: flag, evidence: media },
    { checked: '已勾选', evidence: '佐证材料' },
  );
  registry.add(
    SHARED_COMPONENTS.countNames,
    '数量及名称',
    'Count and names, names one per line.',
    { count: { type: 'integer', min: 0 }, names: { type: 'text', maxLength: 20000 } },
    { count: '数量', names: '名称（每行一个）' },
  );
  const sections = Object.fromEntries(Object.entries(formSections).map(([k, node]) => [k, registry.nodeAttributes(k, node)[k]])) as Record<
    SectionKey,
    StrapiAttribute
  >;
  const components = [...registry.components.values()].sort((a, b) => a.name.localeCompare(b.name));
  return { components, sections, labels: registry.labels };
}

const built = buildComponents();

/** Every component of category `form`, sorted by name. */
export function strapiComponents(): StrapiComponent[] {
  return built.components;
}

/** The form's labels of each form component's attributes, by component uid (`form.basic` → clusterName → 集群名称). */
export const formComponentLabels: ReadonlyMap<string, Readonly<Labels>> = built.labels;

/** The application's section attributes by their printed headings (一、基本情况 …). */
export const formSectionLabels: Readonly<Record<SectionKey, string>> = Object.fromEntries(
  Object.entries(formSections).map(([key, node]) => [key, node.label]),
) as Record<SectionKey, string>;

/** The application content type's form attributes: one component per section. */
export const applicationFormAttributes: Readonly<Record<SectionKey, StrapiAttribute>> = built.sections;

type Populate = true | { populate: Record<string, Populate> };

function populateOf(uid: string): Populate {
  const component = built.components.find((c) => c.uid === uid);
  const nested = Object.entries(component?.schema.attributes ?? {}).flatMap(([k, a]): [string, Populate][] =>
    a.type === 'media' ? [[k, true]] : a.type === 'component' ? [[k, populateOf(a.component)]] : [],
  );
  return nested.length ? { populate: Object.fromEntries(nested) } : true;
}

/** Deep populate for the document service: every section with its nested components and media. */
export const formPopulate: Readonly<Record<SectionKey, Populate>> = Object.fromEntries(
  Object.entries(applicationFormAttributes).map(([k, a]) => [k, a.type === 'component' ? populateOf(a.component) : true]),
) as Record<SectionKey, Populate>;

// ---------------------------------------------------------------- mapping

type Data = Record<string, unknown>;

const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
const fileIds = (refs: unknown): number[] => (Array.isArray(refs) ? refs.map((r: FileRef) => r.id) : []);

function fieldToStrapi(name: string, node: FieldNode, v: unknown): Data {
  const value = node.value;
  switch (value.type) {
    case 'string':
    case 'text':
      return { [name]: isNone(v) ? NONE_TEXT : (v ?? null) };
    case 'decimal2':
    case 'percent2':
    case 'integer':
      return { [name]: typeof v === 'number' ? v : null, [noneFlag(name)]: isNone(v) };
    case 'choice':
      return { [name]: value.options.find((o) => o.value === v)?.key ?? null };
    case 'countNames': {
      const cn = isObject(v) && !isNone(v) ? v : undefined;
      const names = cn?.names;
      return {
        [name]: cn ? { count: cn.count ?? null, names: Array.isArray(names) ? names.join('\n') : null } : null,
        [noneFlag(name)]: isNone(v),
      };
    }
    case 'files':
      return { [name]: fileIds(v), [noneFlag(name)]: isNone(v) };
    case 'checkbox':
      return { [name]: isObject(v) ? { checked: v.checked, evidence: fileIds(v.evidence) } : null };
    case 'fixed':
      return {};
    default:
      return { [name]: v ?? null };
  }
}

function childrenToStrapi(children: Children, value: Data): Data {
  return Object.assign({}, ...Object.entries(children).map(([k, c]) => nodeToStrapi(k, c, value[k])));
}

function nodeToStrapi(name: string, node: FormNode, v: unknown): Data {
  switch (node.node) {
    case 'field':
      return fieldToStrapi(name, node, v);
    case 'group':
      return { [name]: isObject(v) ? childrenToStrapi(node.children, v) : null };
    case 'rows':
      return { [name]: Array.isArray(v) ? v.map((row: Data) => childrenToStrapi(node.children, row)) : [] };
    case 'targets': {
      if (!Array.isArray(v)) return { [name]: null };
      const rows = v as Data[];
      const fixed = Object.entries(node.rows).map(([id, spec]) => {
        const row = rows.find((r) => r.id === id);
        return {
          [id]: row ? { ...fieldToStrapi('baseline', spec.baseline, row.baseline), ...fieldToStrapi('target', spec.target, row.target) } : null,
        };
      });
      const extra = rows.filter((r) => r.id === 'extra').map((r) => childrenToStrapi(node.extra.children, r));
      return { [name]: { ...Object.assign({}, ...fixed), extra } };
    }
  }
}

/**
 * The `data` for `strapi.documents('api::application.application').update({ documentId, data })`.
 * Only the sections present in `form` are written, so a PUT with only `basic` leaves the other sections
 * alone; a present section is written whole (its absent fields become empty).
 */
export function formToStrapi(form: ApplicationForm): Data {
  return Object.assign(
    {},
    ...Object.entries(formSections)
      .filter(([k]) => (form as Data)[k] !== undefined)
      .map(([k, node]) => nodeToStrapi(k, node, (form as Data)[k])),
  );
}

function fileRefOf(file: unknown): FileRef | undefined {
  if (typeof file === 'number') return { id: file };
  if (!isObject(file) || typeof file.id !== 'number') return undefined;
  const ref: FileRef = { id: file.id };
  for (const k of ['name', 'mime', 'url'] as const) if (typeof file[k] === 'string') ref[k] = file[k] as string;
  return ref;
}

const fileRefsOf = (files: unknown): FileRef[] => (Array.isArray(files) ? files.map(fileRefOf).filter((r): r is FileRef => r !== undefined) : []);

/** Decimals may come back as strings (PostgreSQL NUMERIC). */
const numberOf = (v: unknown): number | undefined =>
  typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined;

function fieldFromStrapi(name: string, node: FieldNode, entity: Data): unknown {
  const value = node.value;
  const v = entity[name];
  const none = entity[noneFlag(name)] === true;
  switch (value.type) {
    case 'string':
    case 'text':
      return typeof v !== 'string' ? undefined : v === NONE_TEXT ? NONE : v;
    case 'decimal2':
    case 'percent2':
    case 'integer':
      return none ? NONE : numberOf(v);
    case 'year':
      return numberOf(v);
    case 'choice':
      return value.options.find((o) => o.key === v)?.value;
    case 'countNames': {
      if (none) return NONE;
      if (!isObject(v)) return undefined;
      const count = numberOf(v.count);
      const names = typeof v.names === 'string' ? (v.names === '' ? [] : v.names.split('\n')) : undefined;
      return { ...(count !== undefined && { count }), ...(names && { names }) };
    }
    case 'files': {
      if (none) return NONE;
      const refs = fileRefsOf(v);
      return refs.length ? refs : undefined;
    }
    case 'checkbox':
      return isObject(v) ? { checked: v.checked === true, evidence: fileRefsOf(v.evidence) } : undefined;
    case 'fixed':
      return undefined;
    default:
      return typeof v === 'string' ? v : undefined;
  }
}

function childrenFromStrapi(children: Children, entity: Data): Data {
  const out: Data = {};
  for (const [k, c] of Object.entries(children)) {
    const v = nodeFromStrapi(k, c, entity);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

function nodeFromStrapi(name: string, node: FormNode, entity: Data): unknown {
  const v = entity[name];
  switch (node.node) {
    case 'field':
      return fieldFromStrapi(name, node, entity);
    case 'group':
      return isObject(v) ? childrenFromStrapi(node.children, v) : undefined;
    case 'rows':
      return Array.isArray(v) && v.length ? v.map((row: Data) => childrenFromStrapi(node.children, row)) : undefined;
    case 'targets': {
      if (!isObject(v)) return undefined;
      const fixed = Object.entries(node.rows).flatMap(([id, spec]) => {
        const row = v[id];
        if (!isObject(row)) return [];
        const values = childrenFromStrapi({ baseline: spec.baseline, target: spec.target }, row);
        return [{ id, ...values }];
      });
      const extra = Array.isArray(v.extra) ? v.extra.map((row: Data) => ({ id: 'extra', ...childrenFromStrapi(node.extra.children, row) })) : [];
      return [...fixed, ...extra];
    }
  }
}

/** The form of a Strapi application entity (populated with `formPopulate`); Strapi's row ids are dropped. */
export function formFromStrapi(entity: Record<string, unknown>): ApplicationForm {
  return childrenFromStrapi(formSections, entity) as ApplicationForm;
}
