import type { AnnualMetrics } from './annual';
import { REPORT_YEAR_ROW } from './annual';
import { num, yearEntry } from './engine/read';
import { annualReportDeadline, filedOnTime } from './jobs-config';
import type { LifecycleDates } from './lifecycle';

/**
 * A city's yearly report (Art. 19) carries, beside its narrative, one row per recognized cluster of the
 * prefecture with that cluster's key figures of the year, taken from the cluster's submitted annual report.
 */
export interface CityReportClusterFigures {
  clusterId: string;
  clusterName: string;
  countyCode: string | null;
  /** Whether the cluster's annual report of the year is submitted; without it the figures are blank. */
  annualReportSubmitted: boolean;
  /** 集群总产值（亿元）. */
  totalOutput: number | null;
  /** 主导产业产值（亿元）: total output × the leading industry's share, to the cent. */
  leadingIndustryOutput: number | null;
  /** 集群企业数量（家）. */
  firmCount: number | null;
  /** 其中：中小企业数量（家）. */
  smeCount: number | null;
  /** 专精特新中小企业 + 小巨人 + 单项冠军 + 高新技术和创新型中小企业（家）. */
  qualitySmeCount: number | null;
}

/** The columns of a cluster's figures, in the order the console and the Excel show them, with their printed labels. */
export const CITY_REPORT_FIGURE_COLUMNS = [
  { key: 'totalOutput', zh: '集群总产值（亿元）', en: 'Total output (100 million yuan)' },
  { key: 'leadingIndustryOutput', zh: '主导产业产值（亿元）', en: 'Leading-industry output (100 million yuan)' },
  { key: 'firmCount', zh: '集群企业数量（家）', en: 'Firms' },
  { key: 'smeCount', zh: '其中：中小企业数量（家）', en: 'of which SMEs' },
  { key: 'qualitySmeCount', zh: '优质中小企业数量（家）', en: 'Quality SMEs' },
] as const satisfies ReadonlyArray<{ key: keyof CityReportClusterFigures; zh: string; en: string }>;

const cents = (value: number) => Math.round(value * 100) / 100;

/** A cluster's key figures of the report year, from its annual report's year row (the form's last year). */
export function clusterYearFigures(
  metrics: AnnualMetrics | null | undefined,
): Pick<CityReportClusterFigures, 'totalOutput' | 'leadingIndustryOutput' | 'firmCount' | 'smeCount' | 'qualitySmeCount'> {
  const row = yearEntry(metrics?.leadingIndustry?.years as Array<Record<string, unknown>> | undefined, REPORT_YEAR_ROW) ?? {};
  const totalOutput = num(row.totalOutput) ?? null;
  const share = num(row.leadingIndustryShare);
  const quality = [row.specializedSmeCount, row.littleGiantCount, row.singleChampionCount, row.highTechInnovativeCount].map(num);
  return {
    totalOutput,
    leadingIndustryOutput: totalOutput != null && share != null ? cents((totalOutput * share) / 100) : null,
    firmCount: num(row.firmCount) ?? null,
    smeCount: num(row.smeCount) ?? null,
    qualitySmeCount: quality.every((count) => count != null) ? quality.reduce<number>((sum, count) => sum + count!, 0) : null,
  };
}

/** The city's report of `year` is due when the clusters' annual reports of that year are (10 March of the next year, plus the grace). */
export function cityReportDeadline(year: number, lifecycle: Pick<LifecycleDates, 'annualReportDue' | 'annualReportGraceDays'>): string {
  return annualReportDeadline(year + 1, lifecycle);
}

/** The latest year whose city reports are due by `today` (on the due day itself, last year's are not yet late). */
export function lastCityReportYearDue(today: string, lifecycle: Pick<LifecycleDates, 'annualReportDue' | 'annualReportGraceDays'>): number {
  const year = Number(today.slice(0, 4));
  return today > cityReportDeadline(year - 1, lifecycle) ? year - 1 : year - 2;
}

/** A city's report of a year is overdue once its deadline has passed and it is still not submitted (none, a draft, or returned). */
export function cityReportOverdue(report: { status: string } | null | undefined, deadline: string, today: string): boolean {
  return today > deadline && report?.status !== 'submitted';
}

/** A report submitted after its deadline in the configured time zone is marked late; one without a time (imported) is not. */
export function cityReportLate(submittedAt: string | Date | null | undefined, deadline: string, timeZone: string): boolean {
  return !filedOnTime(submittedAt, deadline, timeZone);
}
