import { z } from 'zod';
import type { TargetStatus } from './domain';
import type { PlanRowId } from './engine/facts';
import { computedFigure, geometricPathSign, linearPathSign, shownFigure, type Sign } from './engine/numbers';
import { describeProblem, formSections, type ApplicationForm } from './form';
import { checkValue, type TargetRowSpec } from './form/nodes';
import { fieldErrorsFromZod, type FieldError } from './validation';

/*
 * Target tracking (Art. 5 跟踪监测, docs/domain.md §3): the plan's target table (form section 八,
 * notes a–g) gives each indicator a baseline (the year before the call) and a target (the third plan
 * year); each annual report gives the year's actual value. An indicator is behind in a year when its
 * actual is worse than the straight path from baseline to target for that year.
 */

/** The seven numeric indicators of the target table, in printed order. */
export const TARGET_INDICATORS = [
  'outputGrowth',
  'qualitySmes',
  'rdInvestment',
  'inventionPatents',
  'iipPenetration',
  'co2Emissions',
  'energyIntensity',
] as const satisfies readonly PlanRowId[];
export type TargetIndicator = (typeof TARGET_INDICATORS)[number];

/**
 * `growth`: more is better, the path is geometric (a steady yearly rate, as notes a–e measure growth).
 * `reduction`: less is better, the path is linear (notes f and g measure a share of the baseline cut).
 */
export type TargetDirection = 'growth' | 'reduction';

const TARGET_ROWS = formSections.plan.children.targets.rows as unknown as Readonly<Record<TargetIndicator, TargetRowSpec>>;

const DIRECTIONS: Readonly<Record<TargetIndicator, TargetDirection>> = {
  outputGrowth: 'growth',
  qualitySmes: 'growth',
  rdInvestment: 'growth',
  inventionPatents: 'growth',
  iipPenetration: 'growth',
  co2Emissions: 'reduction',
  energyIntensity: 'reduction',
};

/** The target table names a three-year average; a yearly report gives that year's growth. */
const ACTUAL_NAMES: Partial<Record<TargetIndicator, string>> = { outputGrowth: '集群产值增速' };

export interface TargetIndicatorInfo {
  /** The indicator as the target table prints it (优质中小企业数量). */
  name: string;
  /** What an annual report asks for: the year's value of the indicator. */
  actualName: string;
  unit: string;
  direction: TargetDirection;
}

/** Names and units from the form's own target table, so the plan and the reports speak of one indicator. */
export const TARGET_INDICATOR_INFO = Object.fromEntries(
  TARGET_INDICATORS.map((id) => {
    const row = TARGET_ROWS[id];
    return [id, { name: row.indicator, actualName: ACTUAL_NAMES[id] ?? row.indicator, unit: row.target.unit ?? '', direction: DIRECTIONS[id] }];
  }),
) as Readonly<Record<TargetIndicator, TargetIndicatorInfo>>;

/** "研发经费投入（亿元）": how a table header or an input names an indicator's actual. */
export const targetActualLabel = (id: TargetIndicator) => `${TARGET_INDICATOR_INFO[id].actualName}（${TARGET_INDICATOR_INFO[id].unit}）`;

/** One year's actual values, as an annual report carries them; blank = not reported. */
export type TargetActuals = Partial<Record<TargetIndicator, number | null>>;

const NOT_A_NUMBER = { zh: '应填写数字', en: 'Expected a number' };

/** The same value checks as the target table's cells (range, integer counts, two decimals); a blank is allowed, "无" is not a value. */
const actualSchema = (id: TargetIndicator) =>
  z
    .unknown()
    .superRefine((value, ctx) => {
      if (value === null || value === undefined) return;
      const problems =
        typeof value === 'number' ? checkValue(TARGET_ROWS[id].target.value, value).map(({ problem }) => describeProblem(problem)) : [NOT_A_NUMBER];
      for (const message of problems) ctx.addIssue({ code: 'custom', message: message.en, params: message });
    })
    .transform((value) => value as number | null | undefined)
    .optional();

export const targetActualsSchema = z.strictObject(
  Object.fromEntries(TARGET_INDICATORS.map((id) => [id, actualSchema(id)])) as Record<TargetIndicator, ReturnType<typeof actualSchema>>,
);

/** The actuals of a body or a sheet, or the field errors (in both languages) under `prefix`. */
export function parseTargetActuals(
  input: unknown,
  prefix = 'targetActuals',
): { success: true; data: TargetActuals } | { success: false; errors: FieldError[] } {
  const result = targetActualsSchema.safeParse(input ?? {});
  if (result.success) return { success: true, data: result.data };
  return { success: false, errors: fieldErrorsFromZod(result.error).map((error) => ({ ...error, path: error.path ? `${prefix}.${error.path}` : prefix })) };
}

/** Baseline year → target year: three plan years, as the target table is printed (2022年基准值 / 2025年目标值). */
export const PLAN_STEPS = 3;

/** A cluster's plan: the year of its baselines and each indicator's baseline and target (blank cells undefined). */
export interface TargetPlan {
  baselineYear: number;
  rows: Partial<Record<TargetIndicator, { baseline?: number; target?: number }>>;
}

const numeric = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** The plan of the application that recognized a cluster: its call year's target table. */
export function targetPlanOf(form: ApplicationForm, callYear: number): TargetPlan {
  const table = (form.plan?.targets ?? []) as ReadonlyArray<{ id?: string; baseline?: unknown; target?: unknown }>;
  const rows: TargetPlan['rows'] = {};
  for (const id of TARGET_INDICATORS) {
    const row = table.find((entry) => entry?.id === id);
    if (row) rows[id] = { baseline: numeric(row.baseline), target: numeric(row.target) };
  }
  return { baselineYear: callYear - 1, rows };
}

export interface TargetYear {
  year: number;
  /** The path's value for the year (4 decimals, never rounded onto the actual it was compared with); null without baseline and target. */
  expected: number | null;
  actual: number | null;
  status: TargetStatus;
}

export interface TargetTrack {
  indicator: TargetIndicator;
  baseline: number | null;
  target: number | null;
  baselineYear: number;
  targetYear: number;
  path: 'geometric' | 'linear';
  years: TargetYear[];
  /** Behind in the latest plan year with an actual: a later year on the path catches up. */
  behind: boolean;
}

/**
 * The path of an indicator: geometric for a growth with a baseline above 0 (a geometric path from 0 or
 * from a negative rate never moves), linear otherwise.
 */
function pathOf(direction: TargetDirection, baseline: number): TargetTrack['path'] {
  return direction === 'growth' && baseline > 0 ? 'geometric' : 'linear';
}

/** The actual against the path's value for the year: −1 below, 0 on it, 1 above. */
function pathSign(path: TargetTrack['path'], actual: number, baseline: number, target: number, step: number): Sign {
  return path === 'geometric' && target >= 0
    ? geometricPathSign(actual, baseline, target, step, PLAN_STEPS)
    : linearPathSign(actual, baseline, target, step, PLAN_STEPS);
}

/** Worse than the path: below it for a growth; above it for a reduction (more emission or energy than planned). */
const worse = (direction: TargetDirection, sign: Sign) => (direction === 'growth' ? sign < 0 : sign > 0);

function expectedAt(path: TargetTrack['path'], baseline: number, target: number, step: number): number {
  return path === 'geometric' && target >= 0 ? baseline * Math.pow(target / baseline, step / PLAN_STEPS) : baseline + ((target - baseline) * step) / PLAN_STEPS;
}

/**
 * Per indicator and plan year (baseline year + 1 … + 3): the path's value, the actual and 正常 / 滞后.
 * Exactly on the path is on track; the comparison is exact on the decimals as typed (docs/domain.md §5).
 * Actuals of years outside the plan are not read. A year whose annual report is not due yet (`reportDue`
 * false) and has no actual is 未到报送期, not 未报送.
 */
export function trackTargets(
  plan: TargetPlan,
  actualsByYear: ReadonlyArray<{ year: number; actuals: TargetActuals }>,
  reportDue: (year: number) => boolean = () => true,
): TargetTrack[] {
  const targetYear = plan.baselineYear + PLAN_STEPS;
  return TARGET_INDICATORS.map((indicator) => {
    const { direction } = TARGET_INDICATOR_INFO[indicator];
    const baseline = plan.rows[indicator]?.baseline;
    const target = plan.rows[indicator]?.target;
    const planned = baseline !== undefined && target !== undefined;
    const path = pathOf(direction, baseline ?? 0);
    const years: TargetYear[] = [];
    for (let step = 1; step <= PLAN_STEPS; step += 1) {
      const year = plan.baselineYear + step;
      const actual = numeric(actualsByYear.find((entry) => entry.year === year)?.actuals[indicator]) ?? null;
      if (!planned) {
        years.push({ year, expected: null, actual, status: 'no_target' });
        continue;
      }
      const value = expectedAt(path, baseline, target, step);
      if (actual === null) {
        years.push({ year, expected: computedFigure(value), actual, status: reportDue(year) ? 'not_reported' : 'not_due' });
        continue;
      }
      const sign = pathSign(path, actual, baseline, target, step);
      const expected = shownFigure(value, actual, (0 - sign) as Sign);
      years.push({ year, expected, actual, status: worse(direction, sign) ? 'behind' : 'on_track' });
    }
    const latest = years.filter((entry) => entry.actual !== null && entry.status !== 'no_target').at(-1);
    return {
      indicator,
      baseline: baseline ?? null,
      target: target ?? null,
      baselineYear: plan.baselineYear,
      targetYear,
      path,
      years,
      behind: latest?.status === 'behind',
    };
  });
}

/** The indicators a cluster is behind on (its latest reported plan year below the path). */
export function behindIndicators(tracks: readonly TargetTrack[]): TargetIndicator[] {
  return tracks.filter((track) => track.behind).map((track) => track.indicator);
}

/** A cluster's targets as the server serves them (`GET /api/clusters/:id/targets`, the behind list) and the console reads them. */
export interface ClusterTargets {
  clusterId: string;
  clusterName: string;
  prefectureCode: string | null;
  prefectureName: string | null;
  countyCode: string | null;
  countyName: string | null;
  /** The call the cluster was recognized under; null when no recognized application holds its plan. */
  callYear: number | null;
  baselineYear: number | null;
  targetYear: number | null;
  tracks: TargetTrack[];
  /** Indicators behind in their latest reported plan year. */
  behind: TargetIndicator[];
}
