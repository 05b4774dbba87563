import {
  CITY_REPORT_ACTIONS,
  IN_EFFECT_STATUSES,
  annualReportOwedIfRecognizedBefore,
  calendarDate,
  cityReportDeadline,
  cityReportLate,
  cityReportLifecycle,
  cityReportOverdue,
  clusterYearFigures,
  formPopulate,
  lastCityReportYearDue,
  type CityReportAction,
  type CityReportClusterFigures,
  type CityReportStatus,
} from '@sme-cluster/rules';
import { invalid } from '../lib/errors';
import { recordAudit } from '../lib/audit';
import type { StaffPrincipal } from '../lib/principal';
import type { Filters } from '../records/resource';
import { codeOf, regionPopulate } from '../records/regions';
import { settingsSnapshot } from '../settings/store';
import { actionBody, allowedActions, inClaimedTransaction, startAction, type Workflow } from './actions';
import { metricsFromEntity } from './annual-figures';
import { notify, regionStaff } from './notices';

const actionSchema = actionBody(CITY_REPORT_ACTIONS);

type Entity = Record<string, unknown> & { documentId: string; status: CityReportStatus; version: number; year: number; narrative: string | null };

const CITY_REPORT: Workflow<CityReportStatus, CityReportAction> = { lifecycle: cityReportLifecycle, uid: 'api::city-report.city-report' };

export function allowedCityReportActions(principal: StaffPrincipal | undefined, entity: Record<string, unknown>): CityReportAction[] {
  return allowedActions(CITY_REPORT, principal, entity);
}

/** Today and the due day of a year's city reports, in the time zone and with the dates the province set. */
export function cityReportCalendar(year: number, now = new Date()): { today: string; deadline: string } {
  const { lifecycle, jobs } = settingsSnapshot().settings;
  return { today: calendarDate(now, jobs.timeZone), deadline: cityReportDeadline(year, lifecycle) };
}

/**
 * The recognized clusters a city reports on for a year — those in effect in its prefecture that owed
 * that year's annual report (recognized before the next year began) — each with the figures of its
 * submitted annual report of the year. Two queries, whatever the number of clusters.
 */
export async function cityReportFigures(prefectureCode: string, year: number): Promise<CityReportClusterFigures[]> {
  const clusters = (await strapi.db.query('api::cluster.cluster').findMany({
    where: {
      prefecture: { code: prefectureCode },
      status: { $in: [...IN_EFFECT_STATUSES] },
      recognizedAt: { $lt: annualReportOwedIfRecognizedBefore(year + 1) },
    },
    select: ['documentId', 'name'],
    populate: { county: { select: ['code'] } },
    orderBy: { name: 'asc' },
  })) as Array<{ documentId: string; name: string; county: { code: string } | null }>;
  if (!clusters.length) return [];
  const reports = (await strapi.documents('api::annual-report.annual-report').findMany({
    filters: { cluster: { documentId: { $in: clusters.map((cluster) => cluster.documentId) } }, year, status: 'submitted' } as never,
    populate: { cluster: { fields: ['documentId'] }, leadingIndustry: formPopulate.leadingIndustry } as never,
  })) as Array<Record<string, unknown>>;
  const byCluster = new Map(reports.map((report) => [(report.cluster as { documentId: string }).documentId, report]));
  return clusters.map((cluster) => {
    const report = byCluster.get(cluster.documentId);
    return {
      clusterId: cluster.documentId,
      clusterName: cluster.name,
      countyCode: cluster.county?.code ?? null,
      annualReportSubmitted: Boolean(report),
      ...clusterYearFigures(report ? metricsFromEntity(report) : null),
    };
  });
}

/** What each step writes besides the state: at submission the figures as they stand and whether it came late; at a return the reason. */
async function fieldsOf(action: CityReportAction, entity: Entity, comment: string, now: Date): Promise<Record<string, unknown>> {
  switch (action) {
    case 'submitCityReport': {
      if (!entity.narrative?.trim()) {
        invalid([{ path: 'narrative', message: { zh: '提交前请填写集群培育工作情况', en: 'Describe the cultivation work before submitting' } }]);
      }
      const { deadline } = cityReportCalendar(entity.year, now);
      return {
        submittedAt: now,
        figures: await cityReportFigures(codeOf(entity.prefecture)!, entity.year),
        late: cityReportLate(now, deadline, settingsSnapshot().settings.jobs.timeZone),
        returnReason: null,
      };
    }
    case 'returnCityReport':
      return { returnReason: comment, submittedAt: null, late: false };
  }
}

/** One step of a city's report: checked like every lifecycle action, claimed at the version read, audited in the same transaction. */
export async function actOnCityReport(principal: StaffPrincipal, scoped: Filters, id: string, body: unknown, now = new Date()) {
  const { entity, input, to } = await startAction<CityReportStatus, CityReportAction, Entity, typeof actionSchema>(CITY_REPORT, {
    principal,
    scoped,
    id,
    body,
    populate: { prefecture: regionPopulate.prefecture },
    schema: actionSchema,
  });
  const fields = await fieldsOf(input.action, entity, input.comment, now);
  const prefectureCode = codeOf(entity.prefecture);
  return inClaimedTransaction(CITY_REPORT, entity, async () => {
    await strapi.documents(CITY_REPORT.uid).update({ documentId: entity.documentId, data: { status: to, ...fields } as never });
    await recordAudit({
      actor: principal,
      action: input.action,
      subjectType: 'city-report',
      subjectId: entity.documentId,
      prefectureCode,
      fromState: entity.status,
      toState: to,
      comment: input.comment || null,
      details: input.action === 'submitCityReport' ? { late: fields.late, clusters: (fields.figures as unknown[]).length } : undefined,
    });
    if (input.action === 'returnCityReport') {
      await notify(await regionStaff([prefectureCode]), {
        kind: 'city_report_returned',
        title: `${entity.year}年度市（州）年度报告被退回`,
        body: `退回理由：${input.comment}`,
        subjectType: 'city-report',
        subjectId: entity.documentId,
      });
    }
    return entity.documentId;
  });
}

/**
 * For the province's dashboard: the latest year whose city reports are due, its deadline, and the
 * cities whose report of that year is not submitted (one query for the year's reports).
 */
export async function overdueCityReports(prefectures: Array<{ code: string; name: string }>, now = new Date()) {
  const { lifecycle, jobs } = settingsSnapshot().settings;
  const today = calendarDate(now, jobs.timeZone);
  const year = lastCityReportYearDue(today, lifecycle);
  const { deadline } = cityReportCalendar(year, now);
  const reports = (await strapi.db.query('api::city-report.city-report').findMany({
    where: { year },
    select: ['status'],
    populate: { prefecture: { select: ['code'] } },
  })) as Array<{ status: string; prefecture: { code: string } | null }>;
  const byPrefecture = new Map(reports.map((report) => [report.prefecture?.code, report]));
  return { year, deadline, overdue: prefectures.filter((prefecture) => cityReportOverdue(byPrefecture.get(prefecture.code), deadline, today)) };
}
