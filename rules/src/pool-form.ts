import { withDerivedYears, type ApplicationForm } from './form';

/*
 * An application started from the cultivation pool (培育库, Art. 7): what the county said of its
 * cluster when it was admitted is what the form starts from, so it is not typed twice.
 */

/** What a pool record holds that the form asks for. */
export interface PoolFigures {
  name: string;
  industryType?: string | null;
  declarantName?: string | null;
  operatorName?: string | null;
  areaKm2?: number | null;
  figuresYear: number;
  totalOutput?: number | null;
  firmCount?: number | null;
  smeCount?: number | null;
}

const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined && value !== '';
const only = (entries: Record<string, unknown>) => Object.fromEntries(Object.entries(entries).filter(([, value]) => present(value)));

/**
 * The form of an application called in `callYear` pre-filled from a pool record: the cover of 一, and
 * the key figures in the year row they belong to when that year is one of the three the form asks for.
 */
export function poolForm(pool: PoolFigures, callYear: number): ApplicationForm {
  const basic = only({
    clusterName: pool.name,
    industryType: pool.industryType,
    areaKm2: pool.areaKm2,
    declarant: present(pool.declarantName) ? { name: pool.declarantName } : undefined,
    operator: present(pool.operatorName) ? { name: pool.operatorName } : undefined,
  });
  const index = pool.figuresYear - (callYear - 3);
  const form: Record<string, unknown> = { basic };
  if (index >= 0 && index <= 2) {
    const years: Array<Record<string, unknown>> = [{}, {}, {}];
    years[index] = only({ totalOutput: pool.totalOutput, firmCount: pool.firmCount, smeCount: pool.smeCount });
    form.leadingIndustry = { years };
  }
  return withDerivedYears(form as ApplicationForm, callYear);
}
