import { z } from 'zod';
import type { RecordResource } from '../../records/resource';
import { formFromStrapi, formPopulate, objectionContactText, poolForm, scopeOf, type ObjectionContact } from '@sme-cluster/rules';
import { codeOf, regionPopulate, resolveRegionPair } from '../../records/regions';
import { populateComponents } from '../../records/components';
import { conflict, invalid } from '../../lib/errors';
import { roleMatrix } from '../../lib/config';
import type { StaffPrincipal } from '../../lib/principal';
import { assertSectionsWritable, formData, parseFormBody, type StoredForm } from './form';
import { allowedApplicationActions, assertCallOpen } from '../../workflow/applications';
import { poolRecordOf } from '../../workflow/pool-candidates';

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
  /** 拟推荐国家级: marked by the province for the national recommendation. */
  nationalRecommended: boolean;
  submittedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Only on a single-record read: the whole form and the latest rule report. */
  form?: unknown;
  formUpdatedAt?: string | null;
  report?: unknown;
  reportAt?: string | null;
  publicNoticeStartsOn?: string | null;
  publicNoticeEndsOn?: string | null;
  objectionOpen?: boolean;
  /** Whom the public objects to during the 公示 (the call notice's contact), as one line. */
  objectionContact?: string | null;
  decisionComment?: string | null;
  clusterId?: string | null;
  /** The transitions the caller may start now, so the console shows only those buttons. */
  allowedActions?: string[];
}

export const applicationCreateSchema = z.object({
  callNoticeId: z.string().min(1),
  // A county declarant's applications are always in its own county; the codes are for completeness.
  prefectureCode: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  countyCode: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  form: z.unknown().optional(),
  /** A cluster of the cultivation pool the application declares (Art. 7): the form starts from its pool record. */
  clusterId: z.string().min(1).optional(),
  version: z.number().int().min(0).optional(),
});
/** An update carries only the (partial) form and the version read; region and call notice never change. */
export const applicationUpdateSchema = applicationCreateSchema.pick({ form: true, version: true });
export type ApplicationInput = z.infer<typeof applicationUpdateSchema> & Partial<z.infer<typeof applicationCreateSchema>>;

const placeOf = (input: ApplicationInput, principal: StaffPrincipal) => ({
  prefectureCode: input.prefectureCode ?? principal.prefectureCode ?? null,
  countyCode: input.countyCode ?? principal.countyCode ?? null,
});

const summaryRecord = (entity: Record<string, unknown>): ApplicationRecord => {
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
    nationalRecommended: Boolean(entity.nationalRecommended),
    submittedAt: (entity.submittedAt as string) ?? null,
    version: Number(entity.version ?? 0),
    createdAt: String(entity.createdAt),
    updatedAt: String(entity.updatedAt),
  };
};

/** The form as saved, which a save is compared with section by section (see formData). */
async function storedForm(entity: Record<string, unknown>): Promise<StoredForm> {
  const form = { id: Number(entity.id) };
  await populateComponents('api::application.application', [form], Object.keys(formPopulate));
  return formFromStrapi(form);
}

const listPopulate = { ...regionPopulate, callNotice: { fields: ['year'] } };

export const applicationResource: RecordResource<ApplicationRecord, ApplicationInput> = {
  resource: 'applications',
  uid: 'api::application.application',
  idField: 'documentId',
  populate: listPopulate,
  // Not the stored rule report: a list shows the verdict column only.
  fields: [
    'documentId',
    'clusterName',
    'declarantName',
    'operatorName',
    'contactName',
    'contactPhone',
    'status',
    'verdict',
    'nationalRecommended',
    'submittedAt',
    'version',
    'createdAt',
    'updatedAt',
  ],
  toRecord: summaryRecord,
  detail: {
    populate: {
      ...listPopulate,
      callNotice: { fields: ['year', 'contactName', 'contactPhone', 'contactEmail', 'contactAddress'] },
      cluster: { fields: ['name'] },
      ...formPopulate,
    },
    toRecord: (entity) => ({
      ...summaryRecord(entity),
      form: formFromStrapi(entity),
      formUpdatedAt: (entity.formUpdatedAt as string) ?? null,
      report: entity.report ?? null,
      reportAt: (entity.reportAt as string) ?? null,
      publicNoticeStartsOn: (entity.publicNoticeStartsOn as string) ?? null,
      publicNoticeEndsOn: (entity.publicNoticeEndsOn as string) ?? null,
      objectionOpen: Boolean(entity.objectionOpen),
      objectionContact: objectionContactText(entity.callNotice as ObjectionContact | null),
      decisionComment: (entity.decisionComment as string) ?? null,
      clusterId: (entity.cluster as { documentId?: string } | null)?.documentId ?? null,
    }),
  },
  scopePaths: { prefecture: 'prefecture.code', county: 'county.code', assigned: 'expertReviews.expert.id' },
  filters: {
    prefectureCode: 'prefecture.code',
    countyCode: 'county.code',
    status: 'status',
    verdict: 'verdict',
    callYear: 'callNotice.year',
    callNoticeId: 'callNotice.documentId',
    nationalRecommended: 'nationalRecommended',
  },
  searchFields: ['clusterName', 'declarantName', 'operatorName'],
  sortable: { clusterName: 'clusterName', status: 'status', verdict: 'verdict', submittedAt: 'submittedAt', updatedAt: 'updatedAt', createdAt: 'createdAt' },
  defaultSort: ['updatedAt', 'DESC'],
  input: applicationCreateSchema,
  updateInput: applicationUpdateSchema,
  inputScope: (input, principal) => placeOf(input, principal),
  async toData(input, principal, existing) {
    const form = parseFormBody(input.form);
    if (existing) {
      assertSectionsWritable(principal.role, existing.status, form);
      const notice = existing.callNotice as { year: number };
      return formData(form, notice.year, { prefectureCode: codeOf(existing.prefecture)!, countyCode: codeOf(existing.county)! }, await storedForm(existing));
    }
    const place = placeOf(input, principal);
    if (!place.prefectureCode || !place.countyCode)
      invalid([{ path: 'countyCode', message: { zh: '请选择申报县（市、区）', en: 'Choose the declaring county' } }]);
    const regions = await resolveRegionPair(place.prefectureCode, place.countyCode);
    // The county writes its whole form, never the city's recommendation, on create as on update.
    assertSectionsWritable(principal.role, 'draft', form);
    const notice = await strapi.documents('api::call-notice.call-notice').findOne({ documentId: String(input.callNoticeId) });
    if (!notice) invalid([{ path: 'callNoticeId', message: { zh: '申报通知不存在', en: 'No such call notice' } }]);
    assertCallOpen(notice as unknown as { status: unknown; opensOn: unknown; closesOn: unknown });
    const pool = input.clusterId ? await poolRecordOf(input.clusterId, place.countyCode) : null;
    // What the county sends wins over the pool record, section by section.
    const start = pool ? { ...poolForm(pool.figures, notice.year), ...form } : form;
    const data = await formData(start, notice.year, { prefectureCode: place.prefectureCode, countyCode: place.countyCode });
    return {
      ...data,
      status: 'draft',
      callNotice: notice.documentId,
      prefecture: regions.prefecture,
      county: regions.county,
      ...(pool ? { cluster: pool.clusterId } : {}),
    };
  },
  // Archived by the province: kept for the record, gone from every list and screen. An expert reads
  // an assigned application only once it has declared no conflict on its sheet: before, the sheet
  // names the candidate, and a conflicted expert never reads the form.
  visibleTo: (principal) =>
    scopeOf(roleMatrix(), principal.role, 'applications', 'read') === 'assigned'
      ? { archivedAt: { $null: true }, expertReviews: { expert: { id: { $eq: principal.id } }, conflictOfInterest: { $eq: 'none' } } }
      : { archivedAt: { $null: true } },
  deletion(existing, principal) {
    if (principal.role === 'province_admin') return 'archive';
    if (existing.status !== 'draft' || existing.submittedAt) {
      conflict('只能删除从未提交过的草稿；已提交的申报请由市（州）退回或省厅处理 / Only a draft that was never submitted can be deleted');
    }
    return 'remove';
  },
  allowedActions: allowedApplicationActions,
  versioned: true,
  auditSubject: 'application',
};
