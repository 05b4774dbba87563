import { z } from 'zod';
import {
  INDUSTRY_TYPE_WORDS,
  POOL_CANDIDATE_EDITABLE_STATES,
  hasAtMostTwoDecimals,
  industryTypeKey,
  todayInShanghai,
  type IndustryTypeKey,
  type PoolCandidateStatus,
} from '@sme-cluster/rules';
import type { RecordResource } from '../../records/resource';
import { codeOf, regionPopulate, resolveRegionPair } from '../../records/regions';
import { conflict, invalid } from '../../lib/errors';
import { allowedPoolCandidateActions } from '../../workflow/pool-candidates';

const decimal2 = z
  .number()
  .min(0)
  .refine(hasAtMostTwoDecimals, { message: 'decimals', params: { zh: '最多保留两位小数', en: 'At most 2 decimal places' } });

/** What a county proposes (and corrects until its city confirms): the cluster, its key figures of one year, its cultivation so far. */
const candidateSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    leadingIndustry: z.string().trim().min(1).max(60),
    industryType: z.enum(Object.values(INDUSTRY_TYPE_WORDS)).nullish(),
    declarantName: z.string().trim().max(120).nullish(),
    operatorName: z.string().trim().max(120).nullish(),
    areaKm2: decimal2.nullish(),
    figuresYear: z.number().int().min(2000).max(2100),
    totalOutput: decimal2.nullish(),
    firmCount: z.number().int().min(0).nullish(),
    smeCount: z.number().int().min(0).nullish(),
    notes: z.string().trim().max(2000).nullish(),
    version: z.number().int().min(0).optional(),
  })
  .superRefine((candidate, ctx) => {
    if (candidate.figuresYear >= Number(todayInShanghai().slice(0, 4))) {
      ctx.addIssue({
        code: 'custom',
        path: ['figuresYear'],
        message: 'year',
        params: { zh: '数据年度应为已结束的年度', en: 'The figures are of a year that has ended' },
      });
    }
    if (candidate.firmCount != null && candidate.smeCount != null && candidate.smeCount > candidate.firmCount) {
      ctx.addIssue({ code: 'custom', path: ['smeCount'], message: 'sme', params: { zh: '中小企业数量不能多于集群企业数量', en: 'More SMEs than firms' } });
    }
  });
export type PoolCandidateInput = z.infer<typeof candidateSchema>;

export interface PoolCandidateRecord {
  id: string;
  name: string;
  leadingIndustry: string;
  industryType: string | null;
  prefectureCode: string | null;
  countyCode: string | null;
  declarantName: string | null;
  operatorName: string | null;
  areaKm2: number | null;
  figuresYear: number;
  totalOutput: number | null;
  firmCount: number | null;
  smeCount: number | null;
  notes: string | null;
  status: PoolCandidateStatus;
  proposedOn: string;
  cityOpinion: string | null;
  decisionComment: string | null;
  decidedOn: string | null;
  clusterId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  allowedActions?: string[];
}

const numberOrNull = (value: unknown) => (value == null ? null : Number(value));

const candidateRecord = (entity: Record<string, unknown>): PoolCandidateRecord => ({
  id: String(entity.documentId),
  name: String(entity.name),
  leadingIndustry: String(entity.leadingIndustry),
  // Strapi enumerations must be ASCII; the API and the console speak the policy's words.
  industryType: INDUSTRY_TYPE_WORDS[entity.industryType as IndustryTypeKey] ?? null,
  prefectureCode: codeOf(entity.prefecture),
  countyCode: codeOf(entity.county),
  declarantName: (entity.declarantName as string) ?? null,
  operatorName: (entity.operatorName as string) ?? null,
  areaKm2: numberOrNull(entity.areaKm2),
  figuresYear: Number(entity.figuresYear),
  totalOutput: numberOrNull(entity.totalOutput),
  firmCount: numberOrNull(entity.firmCount),
  smeCount: numberOrNull(entity.smeCount),
  notes: (entity.notes as string) ?? null,
  status: entity.status as PoolCandidateStatus,
  proposedOn: String(entity.proposedOn),
  cityOpinion: (entity.cityOpinion as string) ?? null,
  decisionComment: (entity.decisionComment as string) ?? null,
  decidedOn: (entity.decidedOn as string) ?? null,
  clusterId: (entity.cluster as { documentId?: string } | null)?.documentId ?? null,
  version: Number(entity.version ?? 0),
  createdAt: String(entity.createdAt),
  updatedAt: String(entity.updatedAt),
});

const populate = { ...regionPopulate, cluster: { fields: ['documentId'] } };

export const poolCandidateResource: RecordResource<PoolCandidateRecord, PoolCandidateInput> = {
  resource: 'pool-candidates',
  uid: 'api::pool-candidate.pool-candidate',
  idField: 'documentId',
  populate,
  toRecord: candidateRecord,
  scopePaths: { prefecture: 'prefecture.code', county: 'county.code' },
  filters: { prefectureCode: 'prefecture.code', countyCode: 'county.code', status: 'status', clusterId: 'cluster.documentId' },
  searchFields: ['name', 'leadingIndustry', 'operatorName'],
  sortable: { name: 'name', status: 'status', proposedOn: 'proposedOn', updatedAt: 'updatedAt', totalOutput: 'totalOutput' },
  defaultSort: ['updatedAt', 'DESC'],
  input: candidateSchema,
  /** A county proposes in its own county; the region is the caller's, never the body's. */
  async toData(input, principal, existing) {
    const { version, industryType, ...fields } = input;
    const data = { ...fields, industryType: industryTypeKey(industryType) };
    if (existing) {
      if (!POOL_CANDIDATE_EDITABLE_STATES.includes(existing.status as PoolCandidateStatus)) {
        conflict('市（州）已确认该入库申请，不能再修改 / The city has confirmed the candidate: it can no longer change');
      }
      return data;
    }
    if (!principal.prefectureCode || !principal.countyCode) {
      invalid([{ path: 'countyCode', message: { zh: '只有县（市、区）可以提出入库申请', en: 'Only a county proposes a candidate' } }]);
    }
    const regions = await resolveRegionPair(principal.prefectureCode, principal.countyCode);
    return { ...data, prefecture: regions.prefecture, county: regions.county, status: 'awaiting_city', proposedOn: todayInShanghai() };
  },
  allowedActions: allowedPoolCandidateActions,
  versioned: true,
  auditSubject: 'pool-candidate',
};
