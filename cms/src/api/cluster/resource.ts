import { z } from 'zod';
import {
  CLUSTER_STATUSES,
  INDUSTRY_TYPE_WORDS,
  REVOCATION_GROUNDS,
  industryTypeKey,
  plainRenewal,
  type ClusterStatus,
  type IndustryTypeKey,
  type Renewal,
} from '@sme-cluster/rules';
import type { RecordResource } from '../../records/resource';
import { codeOf, regionPopulate, resolveRegionPair } from '../../records/regions';
import { allowedClusterActions } from '../../workflow/clusters';

const isoDate = z.iso.date();
const twoDecimals = (value: number) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6;

export const clusterInputSchema = z.object({
  name: z.string().trim().min(1).max(120),
  leadingIndustry: z.string().trim().min(1).max(60),
  industryType: z.enum(Object.values(INDUSTRY_TYPE_WORDS)).nullish(),
  areaKm2: z
    .number()
    .min(0)
    .refine(twoDecimals, { message: 'decimals', params: { zh: '最多保留两位小数', en: 'At most 2 decimal places' } })
    .nullish(),
  prefectureCode: z.string().regex(/^\d{6}$/),
  countyCode: z.string().regex(/^\d{6}$/),
  declarantName: z.string().trim().max(120).nullish(),
  operatorName: z.string().trim().max(120).nullish(),
  status: z.enum(CLUSTER_STATUSES).default('cultivating'),
  recognizedAt: isoDate.nullish(),
  validUntil: isoDate.nullish(),
  revocationGround: z.enum(REVOCATION_GROUNDS).nullish(),
  version: z.number().int().min(0).optional(),
});
export type ClusterInput = z.infer<typeof clusterInputSchema>;

export interface ClusterRecord {
  id: string;
  name: string;
  leadingIndustry: string;
  industryType: string | null;
  areaKm2: number | null;
  prefectureCode: string | null;
  countyCode: string | null;
  declarantName: string | null;
  operatorName: string | null;
  status: ClusterStatus;
  recognizedAt: string | null;
  validUntil: string | null;
  revocationGround: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Only on a single-record read. */
  revokedAt?: string | null;
  renewals?: Renewal[];
  /** The cluster actions the caller may start now, so the console shows only those buttons. */
  allowedActions?: string[];
}

const clusterRecord = (entity: Record<string, unknown>): ClusterRecord => ({
  id: String(entity.documentId),
  name: String(entity.name),
  leadingIndustry: String(entity.leadingIndustry),
  // Strapi enumerations must be ASCII; the API and the form speak the policy's words.
  industryType: INDUSTRY_TYPE_WORDS[entity.industryType as IndustryTypeKey] ?? null,
  areaKm2: entity.areaKm2 == null ? null : Number(entity.areaKm2),
  prefectureCode: codeOf(entity.prefecture),
  countyCode: codeOf(entity.county),
  declarantName: (entity.declarantName as string) ?? null,
  operatorName: (entity.operatorName as string) ?? null,
  status: entity.status as ClusterRecord['status'],
  recognizedAt: (entity.recognizedAt as string) ?? null,
  validUntil: (entity.validUntil as string) ?? null,
  revocationGround: (entity.revocationGround as string) ?? null,
  version: Number(entity.version ?? 0),
  createdAt: String(entity.createdAt),
  updatedAt: String(entity.updatedAt),
});

export const clusterResource: RecordResource<ClusterRecord, ClusterInput> = {
  resource: 'clusters',
  uid: 'api::cluster.cluster',
  idField: 'documentId',
  populate: regionPopulate,
  toRecord: clusterRecord,
  detail: {
    populate: { ...regionPopulate, renewals: true },
    toRecord: (entity) => ({
      ...clusterRecord(entity),
      revokedAt: (entity.revokedAt as string) ?? null,
      renewals: ((entity.renewals as Renewal[]) ?? []).map(plainRenewal),
    }),
  },
  scopePaths: { prefecture: 'prefecture.code', county: 'county.code' },
  filters: { prefectureCode: 'prefecture.code', countyCode: 'county.code', status: 'status', industryType: 'industryType', leadingIndustry: 'leadingIndustry' },
  yearFilters: { recognizedYear: 'recognizedAt' },
  searchFields: ['name', 'leadingIndustry', 'operatorName'],
  sortable: {
    name: 'name',
    status: 'status',
    recognizedAt: 'recognizedAt',
    validUntil: 'validUntil',
    updatedAt: 'updatedAt',
    createdAt: 'createdAt',
    areaKm2: 'areaKm2',
  },
  defaultSort: ['updatedAt', 'DESC'],
  input: clusterInputSchema,
  inputScope: (input) => ({ prefectureCode: input.prefectureCode, countyCode: input.countyCode }),
  async toData(input) {
    const regions = await resolveRegionPair(input.prefectureCode, input.countyCode);
    const { prefectureCode, countyCode, version, ...fields } = input;
    return { ...fields, industryType: industryTypeKey(fields.industryType), prefecture: regions.prefecture, county: regions.county };
  },
  allowedActions: allowedClusterActions,
  versioned: true,
  auditSubject: 'cluster',
};
