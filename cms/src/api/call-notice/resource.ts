import { z } from 'zod';
import { CALL_NOTICE_STATUSES, DEFAULT_NATIONAL_QUOTA, DEFAULT_RANKING_METHOD, RANKING_METHODS, type RankingMethod } from '@sme-cluster/rules';
import type { RecordResource } from '../../records/resource';
import { tellPoolOfCall } from '../../workflow/pool-candidates';

const isoDate = z.iso.date();

/** Optional text: blank is absent. */
const optionalText = (max: number) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? null : value), z.string().trim().max(max).nullish());

/** 固定电话（0851-85555555）or 手机号, with an extension after 转 or -. */
const PHONE = /^(\+?86[- ]?)?(0\d{2,3}[- ]?\d{7,8}|1\d{10})((转|-)\d{1,6})?$/;

/**
 * Whom the public objects to during a 公示 (Art. 16): the call notice's contact, printed with every
 * open public notice on the public site and the application's page.
 */
const contactFields = {
  contactName: optionalText(40),
  contactPhone: optionalText(30).refine((phone) => phone == null || PHONE.test(phone), {
    params: { zh: '电话号码格式不正确（如 0851-85555555 或 13800000000）', en: 'Not a phone number (e.g. 0851-85555555 or 13800000000)' },
  }),
  contactEmail: optionalText(120).refine((email) => email == null || z.email().safeParse(email).success, {
    params: { zh: '电子邮箱格式不正确', en: 'Not an e-mail address' },
  }),
  contactAddress: optionalText(200),
};

export const callNoticeInputSchema = z
  .object({
    year: z.number().int().min(2020).max(2100),
    title: z.string().trim().min(1).max(200),
    documentNumber: z.string().trim().max(60).nullish(),
    opensOn: isoDate,
    closesOn: isoDate,
    cityRecommendationDeadline: isoDate,
    cityQuotaMin: z.number().int().min(0).default(2),
    // Left out, they come from the province's settings (the defaults of a new call notice).
    cityQuotaMax: z.number().int().min(1).optional(),
    publicNoticeDays: z.number().int().min(1).max(60).optional(),
    /** Applications the province may mark 拟推荐国家级 under this call. */
    nationalQuota: z.number().int().min(1).max(100).default(DEFAULT_NATIONAL_QUOTA),
    /** How the experts' sheets rank the candidates (择优); the ranking shows the other methods beside it. */
    rankingMethod: z.enum(RANKING_METHODS).optional(),
    status: z.enum(CALL_NOTICE_STATUSES).default('draft'),
    ...contactFields,
  })
  .superRefine((notice, ctx) => {
    if (notice.closesOn < notice.opensOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['closesOn'],
        message: 'closes before opening',
        params: { zh: '截止日期不能早于开始日期', en: 'Closes before it opens' },
      });
    }
    if (notice.cityRecommendationDeadline < notice.closesOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['cityRecommendationDeadline'],
        message: 'deadline',
        params: { zh: '市级推荐截止日期不能早于县级申报截止日期', en: 'The city deadline cannot precede the county deadline' },
      });
    }
    if (notice.cityQuotaMax !== undefined && notice.cityQuotaMax < notice.cityQuotaMin) {
      ctx.addIssue({ code: 'custom', path: ['cityQuotaMax'], message: 'quota', params: { zh: '推荐上限不能小于下限', en: 'Maximum below minimum' } });
    }
  });
export type CallNoticeInput = z.infer<typeof callNoticeInputSchema>;

export interface CallNoticeRecord extends Omit<CallNoticeInput, 'documentNumber' | keyof typeof contactFields> {
  id: string;
  documentNumber: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  contactAddress: string | null;
  updatedAt: string;
}

export const callNoticeResource: RecordResource<CallNoticeRecord, CallNoticeInput> = {
  resource: 'call-notices',
  uid: 'api::call-notice.call-notice',
  idField: 'documentId',
  toRecord: (entity) => ({
    id: String(entity.documentId),
    year: Number(entity.year),
    title: String(entity.title),
    documentNumber: (entity.documentNumber as string) ?? null,
    opensOn: String(entity.opensOn),
    closesOn: String(entity.closesOn),
    cityRecommendationDeadline: String(entity.cityRecommendationDeadline),
    cityQuotaMin: Number(entity.cityQuotaMin),
    cityQuotaMax: Number(entity.cityQuotaMax),
    publicNoticeDays: Number(entity.publicNoticeDays),
    nationalQuota: Number(entity.nationalQuota ?? DEFAULT_NATIONAL_QUOTA),
    rankingMethod: (entity.rankingMethod as RankingMethod) ?? DEFAULT_RANKING_METHOD,
    status: entity.status as CallNoticeRecord['status'],
    contactName: (entity.contactName as string) ?? null,
    contactPhone: (entity.contactPhone as string) ?? null,
    contactEmail: (entity.contactEmail as string) ?? null,
    contactAddress: (entity.contactAddress as string) ?? null,
    updatedAt: String(entity.updatedAt),
  }),
  scopePaths: {},
  filters: { year: 'year', status: 'status' },
  searchFields: ['title', 'documentNumber'],
  sortable: { year: 'year', opensOn: 'opensOn', closesOn: 'closesOn', status: 'status', updatedAt: 'updatedAt' },
  defaultSort: ['year', 'DESC'],
  input: callNoticeInputSchema,
  // A county sees only the notice it may declare under: a draft is not yet public, a closed one is over.
  visibleTo: (principal) => (principal.role === 'county_declarant' ? { status: { $eq: 'published' } } : {}),
  /** A call opened tells the counties of the cultivation pool (in the write's transaction). */
  async afterCreate(entity) {
    if (entity.status === 'published') await tellPoolOfCall(entity);
  },
  async afterUpdate(entity) {
    if (entity.status === 'published') await tellPoolOfCall(entity);
  },
  auditSubject: 'call-notice',
};
