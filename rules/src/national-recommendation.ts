import type { ApplicationForm } from './form';

/** Applications a province recommends to the national level per call, as the 2024 and 2025 national notices set it. */
export const DEFAULT_NATIONAL_QUOTA = 8;

/** Whether one more application may be marked 拟推荐国家级: the quota counts the marks already made, the last place included. */
export function nationalQuotaLeft(quota: number, marked: number): number {
  return Math.max(0, quota - marked);
}

/** The 推荐汇总表's columns, as the national notices ask for them. */
export const NATIONAL_SUMMARY_COLUMNS = [
  '序号',
  '集群名称',
  '所在省/市/县',
  '主导产业',
  '集群运营管理机构',
  '集群总产值（亿元）',
  '主导产业产值（亿元）',
  '主导产业产值占集群总产值比重（%）',
  '中小企业数量（家）',
  '专精特新中小企业数量（家）',
  '评审得分',
  '联系人及电话',
] as const;

export interface NationalSummaryRow {
  clusterName: string;
  place: string;
  leadingIndustry: string | null;
  operator: string | null;
  totalOutput: number | null;
  leadingIndustryOutput: number | null;
  leadingIndustryShare: number | null;
  smeCount: number | null;
  specializedSmeCount: number | null;
  score: number | null;
  contact: string | null;
}

const numberOr = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const textOr = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);

/**
 * One line of the 推荐汇总表 from the application's form: the figures of the last year before the call
 * (二、主导产业情况), the leading industry's output as total × share, the contact of the cover (or
 * the operator's contact when the cover names none).
 */
export function nationalSummaryRow(
  form: ApplicationForm,
  application: {
    callYear: number;
    clusterName: string;
    province: string;
    prefecture: string | null;
    county: string | null;
    leadingIndustry: string | null;
    score: number | null;
  },
): NationalSummaryRow {
  const years = form.leadingIndustry?.years ?? [];
  const last = years.find((row) => row?.year === application.callYear - 1) ?? years[years.length - 1];
  const totalOutput = numberOr(last?.totalOutput);
  const share = numberOr(last?.leadingIndustryShare);
  const operator = form.basic?.operator;
  const operatorContact = [textOr(operator?.contactName), textOr(operator?.contactPhone)].filter(Boolean).join(' ');
  return {
    clusterName: application.clusterName,
    place: [application.province, application.prefecture, application.county].filter(Boolean).join('/'),
    leadingIndustry: application.leadingIndustry,
    operator: textOr(operator?.name),
    totalOutput,
    leadingIndustryOutput: totalOutput !== null && share !== null ? Math.round(totalOutput * share) / 100 : null,
    leadingIndustryShare: share,
    smeCount: numberOr(last?.smeCount),
    specializedSmeCount: numberOr(last?.specializedSmeCount),
    score: application.score,
    contact: textOr(form.cover?.contact) ?? (operatorContact || null),
  };
}
