import { z } from 'zod';
import type { RecordResource } from '../../records/resource';
import { invalid } from '../../lib/errors';

export const RECOGNIZED_LIST_UID = 'api::recognized-list.recognized-list';

export const recognizedListInputSchema = z.object({
  year: z.number().int().min(2020).max(2100),
  title: z.string().trim().min(1).max(200),
  documentNumber: z.string().trim().min(1).max(60),
  issuedOn: z.iso.date().nullish(),
  clusterIds: z.array(z.string().min(1).max(64)).max(500).default([]),
});
export type RecognizedListInput = z.infer<typeof recognizedListInputSchema>;

export interface RecognizedListRecord {
  id: string;
  year: number;
  title: string;
  documentNumber: string;
  issuedOn: string | null;
  clusterIds: string[];
  clusters: Array<{ id: string; name: string; status: string }>;
  /** Filled by the console controller from the published version, if any. */
  publishedAt: string | null;
  updatedAt: string;
}

/**
 * Art. 16 publishes the clusters the province recognized: a list may only name clusters whose
 * status is `recognized`. Checked when the draft is written and again when it is published,
 * since a cluster can be revoked in between.
 */
export async function assertRecognized(clusterIds: string[], path = 'clusterIds'): Promise<void> {
  const unique = [...new Set(clusterIds)];
  const found = (await strapi.db.query('api::cluster.cluster').findMany({
    where: { documentId: { $in: unique } },
    select: ['documentId', 'name', 'status'],
  })) as Array<{ documentId: string; name: string; status: string }>;
  const byId = new Map(found.map((row) => [row.documentId, row]));
  const errors = unique.flatMap((id) => {
    const cluster = byId.get(id);
    if (!cluster) return [{ path, message: { zh: `集群 ${id} 不存在`, en: `Cluster ${id} does not exist` } }];
    if (cluster.status !== 'recognized') {
      return [{ path, message: { zh: `“${cluster.name}”不是已认定集群，不能列入认定名单`, en: `"${cluster.name}" is not a recognized cluster` } }];
    }
    return [];
  });
  if (errors.length) invalid(errors);
}

const clusterPopulate = { clusters: { fields: ['name', 'status'], sort: ['name:asc'] } };

/** When each of these lists was published (draft & publish keeps the published version as its own row). */
async function publishedAtOf(documentIds: string[]): Promise<Map<string, string>> {
  const rows = (await strapi.db.query(RECOGNIZED_LIST_UID).findMany({
    where: { documentId: { $in: documentIds }, publishedAt: { $notNull: true } },
    select: ['documentId', 'publishedAt'],
  })) as Array<{ documentId: string; publishedAt: string }>;
  return new Map(rows.map((row) => [row.documentId, new Date(row.publishedAt).toISOString()]));
}

export async function withPublication<T extends RecognizedListRecord | RecognizedListRecord[]>(body: T): Promise<T> {
  const records = Array.isArray(body) ? body : [body];
  const published = await publishedAtOf(records.map((record) => record.id));
  records.forEach((record) => (record.publishedAt = published.get(record.id) ?? null));
  return body;
}

export const recognizedListResource: RecordResource<RecognizedListRecord, RecognizedListInput> = {
  completeList: withPublication,
  resource: 'recognized-lists',
  uid: RECOGNIZED_LIST_UID,
  idField: 'documentId',
  populate: clusterPopulate,
  toRecord: (entity) => {
    const clusters = ((entity.clusters as Array<Record<string, unknown>> | undefined) ?? []).map((cluster) => ({
      id: String(cluster.documentId),
      name: String(cluster.name),
      status: String(cluster.status),
    }));
    return {
      id: String(entity.documentId),
      year: Number(entity.year),
      title: String(entity.title),
      documentNumber: String(entity.documentNumber),
      issuedOn: (entity.issuedOn as string) ?? null,
      clusterIds: clusters.map((cluster) => cluster.id),
      clusters,
      publishedAt: null,
      updatedAt: String(entity.updatedAt),
    };
  },
  scopePaths: {},
  filters: { year: 'year', documentNumber: 'documentNumber' },
  searchFields: ['title', 'documentNumber'],
  sortable: { year: 'year', documentNumber: 'documentNumber', issuedOn: 'issuedOn', updatedAt: 'updatedAt' },
  defaultSort: ['year', 'DESC'],
  input: recognizedListInputSchema,
  async toData(input) {
    await assertRecognized(input.clusterIds);
    const { clusterIds, ...fields } = input;
    return { ...fields, clusters: [...new Set(clusterIds)] };
  },
  auditSubject: 'recognized-list',
};
