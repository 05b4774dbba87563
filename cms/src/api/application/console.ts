import { z } from 'zod';
import type { ConsoleResource } from '../../console/resource';
import { codeOf, regionPopulate, resolveRegionPair } from '../../console/regions';
import { invalid } from '../../lib/errors';

/**
 * The console's view of an application: the summary columns only. The whole form is read and
 * written through the form endpoints, so lists never carry it.
 */
export interface ApplicationRecord {
  id: string;
  clusterName: string | null;
  callYear: number | null;
  callNoticeId: string | null;
  prefectureCode: string | null;
  countyCode: string | null;
  declarantName: string | null;
  operatorName: string | null;
  contactName: string | null;
  contactPhone: string | null;
  status: string;
  verdict: string | null;
  submittedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const applicationCreateSchema = z.object({
  callNoticeId: z.string().min(1),
  clusterName: z.string().trim().min(1).max(120),
  prefectureCode: z.string().regex(/^\d{6}$/),
  countyCode: z.string().regex(/^\d{6}$/),
  declarantName: z.string().trim().max(120).nullish(),
  operatorName: z.string().trim().max(120).nullish(),
  contactName: z.string().trim().max(60).nullish(),
  contactPhone: z.string().trim().max(60).nullish(),
  version: z.number().int().min(0).optional(),
});
export type ApplicationInput = z.infer<typeof applicationCreateSchema>;

export const applicationResource: ConsoleResource<ApplicationRecord, ApplicationInput> = {
  resource: 'applications',
  uid: 'api::application.application',
  idField: 'documentId',
  populate: { ...regionPopulate, callNotice: { fields: ['year'] } },
  toRecord: (entity) => {
    const notice = entity.callNotice as { documentId: string; year: number } | null | undefined;
    return {
      id: String(entity.documentId),
      clusterName: (entity.clusterName as string) ?? null,
      callYear: notice?.year ?? null,
      callNoticeId: notice?.documentId ?? null,
      prefectureCode: codeOf(entity.prefecture),
      countyCode: codeOf(entity.county),
      declarantName: (entity.declarantName as string) ?? null,
      operatorName: (entity.operatorName as string) ?? null,
      contactName: (entity.contactName as string) ?? null,
      contactPhone: (entity.contactPhone as string) ?? null,
      status: String(entity.status),
      verdict: (entity.verdict as string) ?? null,
      submittedAt: (entity.submittedAt as string) ?? null,
      version: Number(entity.version ?? 0),
      createdAt: String(entity.createdAt),
      updatedAt: String(entity.updatedAt),
    };
  },
  scopePaths: { prefecture: 'prefecture.code', county: 'county.code', assigned: 'expertReviews.expert.id' },
  filters: { prefectureCode: 'prefecture.code', countyCode: 'county.code', status: 'status', verdict: 'verdict', callYear: 'callNotice.year', callNoticeId: 'callNotice.documentId' },
  searchFields: ['clusterName', 'declarantName', 'operatorName'],
  sortable: { clusterName: 'clusterName', status: 'status', verdict: 'verdict', submittedAt: 'submittedAt', updatedAt: 'updatedAt', createdAt: 'createdAt' },
  defaultSort: ['updatedAt', 'DESC'],
  input: applicationCreateSchema,
  inputScope: (input) => ({ prefectureCode: input.prefectureCode, countyCode: input.countyCode }),
  async toData(input, _principal, existing) {
    const regions = await resolveRegionPair(input.prefectureCode, input.countyCode);
    const notice = await strapi.documents('api::call-notice.call-notice').findOne({ documentId: input.callNoticeId });
    if (!notice) invalid([{ path: 'callNoticeId', message: { zh: '申报通知不存在', en: 'No such call notice' } }]);
    if (existing && existing.status !== 'draft' && existing.status !== 'returned') {
      invalid([{ path: 'status', message: { zh: '只有草稿或退回状态的申报可以修改', en: 'Only draft or returned applications can be edited' } }]);
    }
    const { prefectureCode, countyCode, callNoticeId, version, ...fields } = input;
    return { ...fields, callNotice: notice.documentId, prefecture: regions.prefecture, county: regions.county };
  },
  versioned: true,
  auditSubject: 'application',
};
