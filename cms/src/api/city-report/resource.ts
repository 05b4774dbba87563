import { z } from 'zod';
import { CITY_REPORT_EDITABLE_STATES, cityReportOverdue, type CityReportClusterFigures, type CityReportStatus } from '@sme-cluster/rules';
import type { RecordResource } from '../../records/resource';
import { codeOf, resolveRegionPair } from '../../records/regions';
import { conflict, invalid } from '../../lib/errors';
import { allowedCityReportActions, cityReportCalendar, cityReportFigures } from '../../workflow/city-reports';

const narrative = z.string().trim().max(6000).nullish();

/** What a city starts: the year it reports on (an ended one) and, if it has it already, its narrative. */
const createSchema = z.object({ year: z.number().int().min(2020).max(2100), narrative }).superRefine((input, ctx) => {
  if (input.year >= Number(cityReportCalendar(input.year).today.slice(0, 4))) {
    ctx.addIssue({ code: 'custom', path: ['year'], message: 'year', params: { zh: '报告年度应为已结束的年度', en: 'The report is of a year that has ended' } });
  }
});
/** What a city corrects while its report is a draft: the narrative (the year names the record). */
const updateSchema = z.object({ narrative, version: z.number().int().min(0).optional() });
type CityReportInput = z.infer<typeof createSchema> & z.infer<typeof updateSchema>;

export interface CityReportRecord {
  id: string;
  prefectureCode: string | null;
  year: number;
  status: CityReportStatus;
  narrative: string | null;
  figures: CityReportClusterFigures[];
  submittedAt: string | null;
  late: boolean;
  returnReason: string | null;
  /** 10 March of the next year plus the grace, as the province set them. */
  dueOn: string;
  /** Past its due day and not submitted. */
  overdue: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  allowedActions?: string[];
}

const cityReportRecord = (entity: Record<string, unknown>): CityReportRecord => {
  const year = Number(entity.year);
  const { today, deadline } = cityReportCalendar(year);
  const status = entity.status as CityReportStatus;
  return {
    id: String(entity.documentId),
    prefectureCode: codeOf(entity.prefecture),
    year,
    status,
    narrative: (entity.narrative as string) ?? null,
    figures: (entity.figures as CityReportClusterFigures[]) ?? [],
    submittedAt: (entity.submittedAt as string) ?? null,
    late: Boolean(entity.late),
    returnReason: (entity.returnReason as string) ?? null,
    dueOn: deadline,
    overdue: cityReportOverdue({ status }, deadline, today),
    version: Number(entity.version ?? 0),
    createdAt: String(entity.createdAt),
    updatedAt: String(entity.updatedAt),
  };
};

const populate = { prefecture: { fields: ['code', 'name'] } };

export const cityReportResource: RecordResource<CityReportRecord, CityReportInput> = {
  resource: 'city-reports',
  uid: 'api::city-report.city-report',
  idField: 'documentId',
  populate,
  toRecord: cityReportRecord,
  scopePaths: { prefecture: 'prefecture.code' },
  filters: { prefectureCode: 'prefecture.code', year: 'year', status: 'status', late: 'late' },
  searchFields: ['narrative'],
  sortable: { year: 'year', status: 'status', submittedAt: 'submittedAt', updatedAt: 'updatedAt' },
  defaultSort: ['year', 'DESC'],
  input: createSchema as unknown as z.ZodType<CityReportInput>,
  updateInput: updateSchema as unknown as z.ZodType<CityReportInput>,
  /**
   * A city reports for its own prefecture, once a year: a second report of the same year is a 409. The
   * figures are read anew from the clusters' annual reports at every save of a draft, and kept as they
   * stand at submission.
   */
  async toData(input, principal, existing) {
    if (existing) {
      if (!CITY_REPORT_EDITABLE_STATES.includes(existing.status as CityReportStatus)) {
        conflict('年度报告已提交，不能再修改；如需修改请由省工业和信息化厅退回 / The report is submitted; the province returns it for a change');
      }
      return { narrative: input.narrative ?? null, figures: await cityReportFigures(codeOf(existing.prefecture)!, Number(existing.year)) };
    }
    if (!principal.prefectureCode || principal.countyCode) {
      invalid([{ path: 'prefectureCode', message: { zh: '只有市（州）可以报送年度报告', en: 'Only a city reports' } }]);
    }
    const regionYear = `${principal.prefectureCode}-${input.year}`;
    if (await strapi.db.query('api::city-report.city-report').findOne({ where: { regionYear }, select: ['id'] })) {
      conflict(`本市（州）${input.year}年度报告已存在，请在原报告上修改 / This city's report of ${input.year} exists already`);
    }
    const regions = await resolveRegionPair(principal.prefectureCode, null);
    return {
      prefecture: regions.prefecture,
      year: input.year,
      regionYear,
      narrative: input.narrative ?? null,
      status: 'draft',
      figures: await cityReportFigures(principal.prefectureCode, input.year),
    };
  },
  allowedActions: allowedCityReportActions,
  versioned: true,
  auditSubject: 'city-report',
};
