import type { Core } from '@strapi/strapi';
import { canAccess, fieldErrorsFromZod, recordInScope, scopeOf, type Action } from '@sme-cluster/rules';
import { roleMatrix } from '../lib/config';
import { conflict, forbidden, invalid, isUniqueViolation } from '../lib/errors';
import { principalOf, type StaffPrincipal } from '../lib/principal';
import { recordAudit } from '../lib/audit';
import { claimVersion, findScoped, updateAndRead } from './access';
import { writeComponentCopies } from './component-copies';
import { sendListPage } from './list-cache';
import { readListPage } from './list-page';
import { parseListQuery, type ListQuery } from './query';
import { staffRoute, type StaffRoute } from './routes';
import { apiOf, isScalar, mergeFilters, pathFilter, scopeFilter, type RecordResource, type Filters } from './resource';

type Ctx = Parameters<Core.MiddlewareHandler>[0];
type AnyResource = RecordResource<{ id: string }, any>;

/** The caller and the filter that confines them to their scope for this action, or 403. */
export async function authorize(ctx: Ctx, def: AnyResource, action: Action): Promise<{ principal: StaffPrincipal; scoped: Filters }> {
  const principal = await principalOf(ctx);
  if (!principal || !canAccess(roleMatrix(), principal, { action, resource: def.resource })) forbidden();
  const scope = scopeOf(roleMatrix(), principal.role, def.resource, action)!;
  const scoped = scopeFilter(def, scope, principal);
  return { principal, scoped: def.visibleTo ? mergeFilters([scoped, def.visibleTo(principal)]) : scoped };
}

/** The type of the attribute a dotted path ends at, following relations ("callNotice.year" → integer). */
function attributeTypeAt(uid: string, path: string): string | undefined {
  let model = strapi.getModel(uid as never) as { attributes: Record<string, { type: string; target?: string }> } | undefined;
  let type: string | undefined;
  for (const name of path.split('.')) {
    const attribute = model?.attributes[name];
    if (!attribute) return name === 'id' ? 'integer' : undefined;
    type = attribute.type;
    model = attribute.target ? (strapi.getModel(attribute.target as never) as typeof model) : undefined;
  }
  return type;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Whether the database can compare a column of this type with the value (a number column with "abc" is a 400, not a driver error). */
function fitsAttribute(type: string | undefined, value: string | number | boolean): boolean {
  switch (type) {
    case 'integer':
    case 'biginteger':
      return Number.isSafeInteger(typeof value === 'string' && value.trim() !== '' ? Number(value) : value);
    case 'float':
    case 'decimal':
      return typeof value !== 'boolean' && String(value).trim() !== '' && Number.isFinite(Number(value));
    case 'boolean':
      return typeof value === 'boolean' || ['true', 'false', '1', '0'].includes(String(value));
    case 'date':
      return typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().startsWith(value);
    case 'datetime':
    case 'timestamp':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value));
    default:
      return typeof value !== 'boolean';
  }
}

/** The dates of one year, or of several (a list of years), on a date attribute; anything but a year is a 400. */
function yearFilter(path: string, key: string, value: string | number | boolean | Array<string | number | boolean>): Filters {
  const years = (Array.isArray(value) ? value : [value]).map(Number);
  if (!years.every((year) => Number.isInteger(year) && year >= 1900 && year <= 2200)) {
    invalid([{ path: `filter.${key}`, message: { zh: `筛选条件“${key}”的值须为年份`, en: `The value of filter "${key}" must be a year` } }]);
  }
  return { $or: years.map((year) => pathFilter(path, { $gte: `${year}-01-01`, $lte: `${year}-12-31` })) };
}

/**
 * The list's `filter` param as Strapi filters. A key that is not one of the resource's own filters
 * (inherited names such as `constructor` included) and a value that is neither a scalar nor a list
 * of scalars (an operator object such as `{"$ne":…}`) are a 400: user input never becomes an operator.
 */
export function userFilters(def: AnyResource, filter: Record<string, unknown>): Filters[] {
  return Object.entries(filter).flatMap(([key, value]): Filters[] => {
    if (value === undefined || value === '' || value === null) return [];
    const scalar = isScalar(value) || (Array.isArray(value) && value.every(isScalar));
    if (!scalar)
      invalid([
        {
          path: `filter.${key}`,
          message: { zh: `筛选条件“${key}”的值须为文字、数字或其列表`, en: `The value of filter "${key}" must be a text, a number or a list of them` },
        },
      ]);
    if (key === 'q') {
      const text = String(value).trim();
      return text ? [{ $or: def.searchFields.map((field) => pathFilter(field, { $containsi: text })) }] : [];
    }
    if (def.yearFilters && Object.prototype.hasOwnProperty.call(def.yearFilters, key)) return [yearFilter(def.yearFilters[key], key, value)];
    const path = key === 'id' ? def.idField : Object.prototype.hasOwnProperty.call(def.filters, key) ? def.filters[key] : undefined;
    if (!path) invalid([{ path: `filter.${key}`, message: { zh: `不支持按“${key}”筛选`, en: `Cannot filter by "${key}"` } }]);
    const kind = attributeTypeAt(def.uid, path);
    if (!(Array.isArray(value) ? value : [value]).every((item) => fitsAttribute(kind, item))) {
      invalid([{ path: `filter.${key}`, message: { zh: `筛选条件“${key}”的值格式不正确`, en: `The value of filter "${key}" does not fit the field` } }]);
    }
    return [pathFilter(path, Array.isArray(value) ? { $in: value } : { $eq: value })];
  });
}

/** The list's `sort` param as a Strapi sort; a field that is not one of the resource's own sortable fields is a 400. */
export function listSort(def: AnyResource, query: ListQuery): Record<string, string> {
  const [sortField, order] = query.sort ?? def.defaultSort;
  const sortPath = sortField === 'id' ? def.idField : Object.prototype.hasOwnProperty.call(def.sortable, sortField) ? def.sortable[sortField] : undefined;
  if (!sortPath) invalid([{ path: 'sort', message: { zh: `不支持按“${sortField}”排序`, en: `Cannot sort by "${sortField}"` } }]);
  return { [sortPath]: order.toLowerCase() };
}

function parseInput(def: AnyResource, body: unknown, action: 'create' | 'update'): unknown {
  const schema = action === 'update' ? (def.updateInput ?? def.input) : def.input;
  if (!schema) forbidden('只读资源 / Read-only resource');
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) invalid(fieldErrorsFromZod(parsed.error));
  return parsed.data;
}

function assertInputInScope(def: AnyResource, principal: StaffPrincipal, action: Action, input: unknown): void {
  if (!def.inputScope) return;
  const scope = scopeOf(roleMatrix(), principal.role, def.resource, action)!;
  if (!recordInScope(principal, scope, def.inputScope(input, principal))) forbidden('只能在本辖区内操作 / Only within your own region');
}

function regionOf(record: Record<string, unknown>): { prefectureCode?: string | null; countyCode?: string | null } {
  return { prefectureCode: record.prefectureCode as string | null, countyCode: record.countyCode as string | null };
}

/** The populate and shape of a single record: the detail view when the resource has one. */
function detailOf(def: AnyResource) {
  return def.detail ?? { populate: def.populate, toRecord: def.toRecord };
}

/**
 * One record as the caller receives it: the detail shape, with the lifecycle actions the caller may
 * start on it now when the resource has a lifecycle (so the console shows only those buttons).
 */
export function recordOf(def: AnyResource, entity: Record<string, unknown>, principal: StaffPrincipal): Record<string, unknown> {
  const record = detailOf(def).toRecord(entity, principal) as Record<string, unknown>;
  return def.allowedActions ? { ...record, allowedActions: def.allowedActions(principal, entity) } : record;
}

/** One record read anew after an action elsewhere changed it (a transition), as the caller receives it. */
export async function readRecord(def: AnyResource, id: string, scoped: Filters, principal: StaffPrincipal): Promise<Record<string, unknown>> {
  return recordOf(def, await findScoped(def, id, scoped, detailOf(def).populate), principal);
}

export function createRecordController(def: AnyResource) {
  const audit = (principal: StaffPrincipal, action: string, record: Record<string, unknown>, details?: unknown) =>
    def.auditSubject
      ? recordAudit({ actor: principal, action, subjectType: def.auditSubject, subjectId: String(record.id), ...regionOf(record), details })
      : Promise.resolve();

  return {
    async find(ctx: Ctx) {
      const { scoped } = await authorize(ctx, def, 'read');
      const query = parseListQuery(ctx.query as Record<string, unknown>);
      const filters = mergeFilters([scoped, ...userFilters(def, query.filter)]);
      const sort = listSort(def, query);
      await sendListPage(ctx, JSON.stringify([def.uid, filters, sort, query.start, query.limit]), async () => {
        const { rows, total } = await readListPage(def, filters, sort, query.start, query.limit);
        const end = rows.length ? query.start + rows.length - 1 : query.start;
        const records = rows.map((row) => def.toRecord(row));
        return {
          type: 'application/json',
          body: JSON.stringify(def.completeList ? await def.completeList(records) : records),
          headers: { 'Content-Range': `${def.resource} ${query.start}-${end}/${total}` },
        };
      });
    },

    async findOne(ctx: Ctx) {
      const detail = detailOf(def);
      const { principal, scoped } = await authorize(ctx, def, 'read');
      ctx.body = recordOf(def, await findScoped(def, ctx.params.id, scoped, detail.populate), principal);
    },

    async create(ctx: Ctx) {
      const { principal } = await authorize(ctx, def, 'create');
      const input = parseInput(def, ctx.request.body, 'create');
      assertInputInScope(def, principal, 'create', input);
      const data = def.toData ? await def.toData(input, principal) : (input as Record<string, unknown>);
      const detail = detailOf(def);
      // The record and what its creation implies (e.g. a revocation ground) are written together or not at all.
      const record = await strapi.db
        .transaction(async () => {
          const entity = (await strapi.documents(def.uid).create({ data: data as never, populate: detail.populate as never })) as Record<string, unknown>;
          await writeComponentCopies(def.uid, [entity]);
          await def.afterCreate?.(entity, principal);
          const created = recordOf(def, entity, principal);
          await audit(principal, 'create', created);
          return created;
        })
        .catch((error: unknown) => {
          // toData checked for the same record; a unique index refusing it means another request created it meanwhile.
          if (isUniqueViolation(error))
            conflict('同一记录刚由他人创建，请刷新后在原记录上修改 / The same record was just created by someone else; reload and change it there');
          throw error;
        });
      ctx.status = 201;
      ctx.body = record;
    },

    async update(ctx: Ctx) {
      const { principal, scoped } = await authorize(ctx, def, 'update');
      const existing = await findScoped(def, ctx.params.id, scoped);
      const input = parseInput(def, ctx.request.body, 'update');
      assertInputInScope(def, principal, 'update', input);
      const data = def.toData ? await def.toData(input, principal, existing) : (input as Record<string, unknown>);
      delete data.version;
      ctx.body = await strapi.db.transaction(async () => {
        if (def.versioned) await claimVersion(def.uid, existing.documentId as string, (ctx.request.body as { version?: unknown })?.version);
        const entity = await updateAndRead(def.uid, existing.documentId as string, data, detailOf(def).populate);
        await def.afterUpdate?.(entity, principal);
        const record = recordOf(def, entity, principal);
        await audit(principal, 'update', record, { before: def.toRecord(existing), fields: Object.keys(data), ...def.updateDetails?.(existing, data) });
        return record;
      });
    },

    async delete(ctx: Ctx) {
      const { principal, scoped } = await authorize(ctx, def, 'delete');
      const detail = detailOf(def);
      const existing = await findScoped(def, ctx.params.id, scoped, detail.populate);
      const ending = def.deletion?.(existing, principal) ?? 'remove';
      const documentId = existing.documentId as string;
      const record = def.toRecord(existing);
      await strapi.db.transaction(async () => {
        // The state the rule was checked against must still hold: a submit in between makes this a 409.
        if (def.versioned) await claimVersion(def.uid, documentId, existing.version, existing.status === undefined ? {} : { status: existing.status });
        if (ending === 'archive') await strapi.db.query(def.uid).updateMany({ where: { documentId }, data: { archivedAt: new Date() } });
        else await strapi.documents(def.uid).delete({ documentId });
        // The event keeps what was deleted: afterwards it is the only account of the record.
        await audit(principal, ending === 'archive' ? 'archive' : 'delete', record, { record: detail.toRecord(existing, principal) });
      });
      ctx.body = record;
    },
  };
}

/** The five simple-rest routes of one resource, handled by that api's `console` controller, each granted by its matrix cell. */
export function createRecordRoutes(def: AnyResource, options: { writable?: boolean } = {}) {
  const base = `/console/${def.resource}`;
  const route = (method: StaffRoute['method'], path: string, handler: string, action: Action) =>
    staffRoute(method, path, `api::${apiOf(def.resource)}.console.${handler}`, { resource: def.resource, action });
  const routes = [route('GET', base, 'find', 'read'), route('GET', `${base}/:id`, 'findOne', 'read')];
  if (options.writable ?? Boolean(def.input)) {
    routes.push(route('POST', base, 'create', 'create'), route('PUT', `${base}/:id`, 'update', 'update'), route('DELETE', `${base}/:id`, 'delete', 'delete'));
  }
  return { routes };
}
