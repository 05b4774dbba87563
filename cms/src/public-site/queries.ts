import { z } from 'zod';
import { INDUSTRY_TYPE_KEYS, fieldErrorsFromZod, objectionContactText, todayInShanghai, type ObjectionContact } from '@sme-cluster/rules';
import { INDUSTRY_TYPE_WORDS, IN_EFFECT_STATUSES } from '@sme-cluster/rules';
import { invalid } from '../lib/errors';
import { appendTo } from '../lib/collections';

/**
 * What the public may see, read with explicit field lists: a field that is not named here
 * (contacts, declarant, form, report, evidence, revocation ground, internal ids) is never loaded.
 */
const REGION = { fields: ['code', 'name'] };
const CLUSTER_FIELDS = ['name', 'leadingIndustry', 'industryType', 'operatorName', 'recognizedAt', 'validUntil', 'status'];
const CLUSTER_POPULATE = { prefecture: REGION, county: REGION };
const LIST_FIELDS = ['year', 'title', 'documentNumber', 'issuedOn', 'publishedAt'];

// ---------------------------------------------------------------- query parameters

const optionalText = (max: number) => z.preprocess((value) => (value === '' ? undefined : value), z.string().trim().max(max).optional());

const filterShape = {
  prefecture: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .string()
      .refine((code) => /^52\d{4}$/.test(code), { params: { zh: '市（州）代码应为 6 位贵州行政区划代码', en: 'A 6-digit Guizhou prefecture code' } })
      .optional(),
  ),
  industryType: z.preprocess((value) => (value === '' ? undefined : value), z.enum(INDUSTRY_TYPE_KEYS).optional()),
  industry: optionalText(60),
  q: optionalText(60),
};

export const listFilterSchema = z.strictObject(filterShape);
export type ClusterFilter = z.infer<typeof listFilterSchema>;

export const clusterQuerySchema = z.strictObject({
  ...filterShape,
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ClusterQuery = z.infer<typeof clusterQuerySchema>;

export const noParamsSchema = z.strictObject({});

/** Validates a query string; a bad one is a 400 with the field messages in Chinese and English. */
export function parseQuery<T extends z.ZodType>(schema: T, query: unknown): z.infer<T> {
  const parsed = schema.safeParse(query ?? {});
  if (!parsed.success) invalid(fieldErrorsFromZod(parsed.error), '查询参数有误 / Invalid query parameters');
  return parsed.data;
}

/** Strapi document ids: anything else cannot name a public record. */
export const isDocumentId = (value: string) => /^[a-z0-9]{20,32}$/.test(value);

// ---------------------------------------------------------------- shapes

export interface PublicRegion {
  code: string;
  name: string;
}

/** Where a cluster stands today, as the public sees it; lists keep naming revoked and expired clusters with a mark. */
export type Standing = 'valid' | 'renewal_pending' | 'expired' | 'revoked';
export const STANDING_MARKS: Record<Standing, string | null> = { valid: null, renewal_pending: '有效期满，复核中', expired: '已过期', revoked: '已撤销' };

export interface PublicCluster {
  documentId: string;
  name: string;
  prefecture: PublicRegion | null;
  county: PublicRegion | null;
  leadingIndustry: string;
  industryType: string | null;
  operatorName: string | null;
  recognizedAt: string | null;
  validUntil: string | null;
  standing: Standing;
  mark: string | null;
  listDocumentNumbers: string[];
}

export interface PublicListSummary {
  documentId: string;
  year: number;
  title: string;
  documentNumber: string;
  issuedOn: string | null;
  publishedAt: string;
  clusterCount: number;
}

export interface PublicList extends Omit<PublicListSummary, 'clusterCount'> {
  clusters: PublicCluster[];
}

export interface PublicNoticeEntry {
  clusterName: string;
  prefecture: PublicRegion | null;
  county: PublicRegion | null;
  operatorName: string | null;
}

/** One public notice (公示): the applications of one call notice shown together for one period. */
export interface PublicNotice {
  callNotice: { year: number; title: string; documentNumber: string | null; objectionInstructions: string | null; objectionContact: string | null };
  startsOn: string;
  endsOn: string;
  entries: PublicNoticeEntry[];
}

type Row = Record<string, unknown>;

const region = (value: unknown): PublicRegion | null =>
  value && typeof value === 'object' ? { code: String((value as Row).code), name: String((value as Row).name) } : null;
const text = (value: unknown) => (value == null ? null : String(value));

export function standingOf(status: string, validUntil: string | null, today: string): Standing {
  if (status === 'revoked') return 'revoked';
  const withinValidity = validUntil != null && validUntil >= today;
  if (IN_EFFECT_STATUSES.includes(status) && withinValidity) return 'valid';
  // A re-review requested in time keeps the cluster from expiring (Art. 17), but its three years are over.
  return status === 'renewal_pending' ? 'renewal_pending' : 'expired';
}

function toPublicCluster(row: Row, today: string, memberships: Map<string, string[]>): PublicCluster {
  const standing = standingOf(String(row.status), text(row.validUntil), today);
  return {
    documentId: String(row.documentId),
    name: String(row.name),
    prefecture: region(row.prefecture),
    county: region(row.county),
    leadingIndustry: String(row.leadingIndustry),
    industryType: INDUSTRY_TYPE_WORDS[row.industryType as keyof typeof INDUSTRY_TYPE_WORDS] ?? null,
    operatorName: text(row.operatorName),
    recognizedAt: text(row.recognizedAt),
    validUntil: text(row.validUntil),
    standing,
    mark: STANDING_MARKS[standing],
    listDocumentNumbers: memberships.get(String(row.documentId)) ?? [],
  };
}

function clusterFilters(filter: ClusterFilter): Row[] {
  const conditions: Array<Row | null> = [
    filter.prefecture ? { prefecture: { code: { $eq: filter.prefecture } } } : null,
    filter.industryType ? { industryType: { $eq: filter.industryType } } : null,
    filter.industry ? { leadingIndustry: { $containsi: filter.industry } } : null,
    filter.q ? { name: { $containsi: filter.q } } : null,
  ];
  return conditions.filter((condition): condition is Row => condition !== null);
}

function narrowedBy(filter: ClusterFilter): { filters?: Row } {
  const conditions = clusterFilters(filter);
  return conditions.length ? { filters: { $and: conditions } } : {};
}

function currentFilter(today: string): Row {
  return { status: { $in: IN_EFFECT_STATUSES }, validUntil: { $gte: today } };
}

// ---------------------------------------------------------------- reads

/** Document numbers of the published lists naming each cluster, newest list first. */
async function listMemberships(): Promise<Map<string, string[]>> {
  const lists = (await strapi.documents('api::recognized-list.recognized-list').findMany({
    status: 'published',
    fields: ['documentNumber', 'year'],
    sort: [{ year: 'desc' }, { publishedAt: 'desc' }],
    populate: { clusters: { fields: ['name'] } },
  } as never)) as Row[];
  const memberships = new Map<string, string[]>();
  for (const list of lists) {
    for (const cluster of (list.clusters as Row[]) ?? []) {
      const id = String(cluster.documentId);
      appendTo(memberships, id, String(list.documentNumber));
    }
  }
  return memberships;
}

function listHead(row: Row) {
  return {
    documentId: String(row.documentId),
    year: Number(row.year),
    title: String(row.title),
    documentNumber: String(row.documentNumber),
    issuedOn: text(row.issuedOn),
    publishedAt: new Date(String(row.publishedAt)).toISOString(),
  };
}

/** Published lists, newest year first, each with its clusters (narrowed by the filter, if any). */
export async function publishedLists(filter: ClusterFilter = {}, documentId?: string, today = todayInShanghai()): Promise<PublicList[]> {
  const [rows, memberships] = await Promise.all([
    strapi.documents('api::recognized-list.recognized-list').findMany({
      status: 'published',
      ...(documentId ? { filters: { documentId: { $eq: documentId } } } : {}),
      fields: LIST_FIELDS,
      sort: [{ year: 'desc' }, { issuedOn: 'desc' }, { publishedAt: 'desc' }],
      populate: {
        clusters: { fields: CLUSTER_FIELDS, populate: CLUSTER_POPULATE, ...narrowedBy(filter), sort: ['name:asc'] },
      },
    } as never) as Promise<Row[]>,
    listMemberships(),
  ]);
  return rows.map((row) => ({ ...listHead(row), clusters: ((row.clusters as Row[]) ?? []).map((cluster) => toPublicCluster(cluster, today, memberships)) }));
}

export async function publishedListSummaries(): Promise<PublicListSummary[]> {
  const rows = (await strapi.documents('api::recognized-list.recognized-list').findMany({
    status: 'published',
    fields: LIST_FIELDS,
    sort: [{ year: 'desc' }, { issuedOn: 'desc' }, { publishedAt: 'desc' }],
    populate: { clusters: { count: true } },
  } as never)) as Row[];
  return rows.map((row) => ({ ...listHead(row), clusterCount: Number((row.clusters as { count?: number } | undefined)?.count ?? 0) }));
}

/** Currently valid recognized clusters (recognized or under re-review, validity not over), paginated. */
export async function currentClusters(query: ClusterQuery, today = todayInShanghai()) {
  const filters = { $and: [currentFilter(today), ...clusterFilters(query)] };
  const documents = strapi.documents('api::cluster.cluster');
  const [rows, total, memberships] = await Promise.all([
    documents.findMany({
      filters,
      fields: CLUSTER_FIELDS,
      populate: CLUSTER_POPULATE,
      sort: [{ recognizedAt: 'desc' }, { name: 'asc' }],
      start: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    } as never) as Promise<Row[]>,
    documents.count({ filters } as never),
    listMemberships(),
  ]);
  return {
    data: rows.map((row) => toPublicCluster(row, today, memberships)),
    pagination: { page: query.page, pageSize: query.pageSize, pageCount: Math.ceil(total / query.pageSize), total },
  };
}

/**
 * One cluster, if the public may know of it: currently valid, or named by a published list
 * (which keeps showing it after revocation or expiry). Cultivated clusters stay private.
 */
export async function publicCluster(documentId: string, today = todayInShanghai()): Promise<PublicCluster | null> {
  const [row, memberships] = await Promise.all([
    strapi.documents('api::cluster.cluster').findOne({ documentId, fields: CLUSTER_FIELDS, populate: CLUSTER_POPULATE } as never) as Promise<Row | null>,
    listMemberships(),
  ]);
  if (!row) return null;
  const cluster = toPublicCluster(row, today, memberships);
  return cluster.standing === 'valid' || cluster.listDocumentNumbers.length ? cluster : null;
}

/** Open public notices: applications in `public_notice` whose period contains today, grouped by call notice and period. */
export async function openNotices(today = todayInShanghai()): Promise<PublicNotice[]> {
  const rows = (await strapi.documents('api::application.application').findMany({
    filters: { status: { $eq: 'public_notice' }, publicNoticeStartsOn: { $lte: today }, publicNoticeEndsOn: { $gte: today } },
    fields: ['clusterName', 'operatorName', 'publicNoticeStartsOn', 'publicNoticeEndsOn'],
    populate: {
      ...CLUSTER_POPULATE,
      callNotice: { fields: ['year', 'title', 'documentNumber', 'objectionInstructions', 'contactName', 'contactPhone', 'contactEmail', 'contactAddress'] },
    },
    sort: [{ publicNoticeStartsOn: 'asc' }, { clusterName: 'asc' }],
  } as never)) as Row[];
  const notices = new Map<string, PublicNotice>();
  for (const row of rows) {
    const call = (row.callNotice as Row | null) ?? {};
    const startsOn = String(row.publicNoticeStartsOn);
    const endsOn = String(row.publicNoticeEndsOn);
    const key = `${String(call.documentId)}|${startsOn}|${endsOn}`;
    if (!notices.has(key)) {
      notices.set(key, {
        callNotice: {
          year: Number(call.year),
          title: String(call.title ?? ''),
          documentNumber: text(call.documentNumber),
          objectionInstructions: text(call.objectionInstructions),
          objectionContact: objectionContactText(call as Partial<ObjectionContact>),
        },
        startsOn,
        endsOn,
        entries: [],
      });
    }
    notices.get(key)!.entries.push({
      clusterName: String(row.clusterName ?? ''),
      prefecture: region(row.prefecture),
      county: region(row.county),
      operatorName: text(row.operatorName),
    });
  }
  return [...notices.values()];
}

export async function prefectures(): Promise<PublicRegion[]> {
  const rows = (await strapi.db
    .query('api::region.region')
    .findMany({ where: { level: 'prefecture' }, select: ['code', 'name'], orderBy: { code: 'asc' } })) as Row[];
  return rows.map((row) => region(row)!);
}
