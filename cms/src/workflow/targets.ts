// Target tracking (Art. 5 跟踪监测, docs/domain.md §3): a cluster's plan is the target table of the
// application that recognized it; its actuals are those of its submitted annual reports.
import {
  IN_EFFECT_STATUSES,
  TARGET_INDICATORS,
  annualReportDeadline,
  behindIndicators,
  formFromStrapi,
  formPopulate,
  targetPlanOf,
  todayInShanghai,
  trackTargets,
  type ClusterTargets,
} from '@sme-cluster/rules';
import type { Filters } from '../records/resource';
import { codeOf, regionPopulate } from '../records/regions';
import { findScoped } from '../records/access';
import { actualsFromEntity } from './annual-figures';
import { lifecycle } from './config';
import { appendTo } from '../lib/collections';

type Entity = Record<string, unknown>;

const CLUSTER = 'api::cluster.cluster';
const named = (region: unknown) => (region as { name?: string } | null)?.name ?? null;

/** Each cluster's recognized plan: the application recognized for it, with its call's year. */
async function plansOf(clusterIds: string[]) {
  const applications = (await strapi.documents('api::application.application').findMany({
    filters: { cluster: { documentId: { $in: clusterIds } }, status: 'recognized' } as never,
    populate: { callNotice: { fields: ['year'] }, cluster: { fields: ['documentId'] }, plan: formPopulate.plan } as never,
  })) as Entity[];
  const plans = new Map<string, { callYear: number; plan: ReturnType<typeof targetPlanOf> }>();
  for (const entity of applications) {
    const callYear = Number((entity.callNotice as { year: number }).year);
    const clusterId = (entity.cluster as { documentId: string }).documentId;
    // A cluster recognized again after a failed re-review reads against its latest plan.
    if ((plans.get(clusterId)?.callYear ?? -Infinity) < callYear) plans.set(clusterId, { callYear, plan: targetPlanOf(formFromStrapi(entity), callYear) });
  }
  return plans;
}

/** Each cluster's actuals, from its submitted reports only: a draft is not yet on record. */
async function actualsOf(clusterIds: string[]) {
  const reports = (await strapi.documents('api::annual-report.annual-report').findMany({
    filters: { cluster: { documentId: { $in: clusterIds } }, status: 'submitted' } as never,
    fields: ['year'],
    populate: { cluster: { fields: ['documentId'] }, targetActuals: true } as never,
  })) as Entity[];
  const byCluster = new Map<string, Array<{ year: number; actuals: NonNullable<ReturnType<typeof actualsFromEntity>> }>>();
  for (const entity of reports) {
    const actuals = actualsFromEntity(entity);
    if (!actuals) continue;
    const clusterId = (entity.cluster as { documentId: string }).documentId;
    appendTo(byCluster, clusterId, { year: Number(entity.year), actuals });
  }
  return byCluster;
}

async function targetsOf(clusters: Entity[]): Promise<ClusterTargets[]> {
  const ids = clusters.map((cluster) => String(cluster.documentId));
  const [plans, actuals] = await Promise.all([plansOf(ids), actualsOf(ids)]);
  // A year's report is owed from its deadline on (10 March of the next year, plus the grace days).
  const today = todayInShanghai();
  const dates = lifecycle();
  const reportDue = (year: number) => today > annualReportDeadline(year + 1, dates);
  return clusters.map((cluster) => {
    const id = String(cluster.documentId);
    const recognized = plans.get(id);
    const tracks = recognized ? trackTargets(recognized.plan, actuals.get(id) ?? [], reportDue) : [];
    return {
      clusterId: id,
      clusterName: String(cluster.name),
      prefectureCode: codeOf(cluster.prefecture),
      prefectureName: named(cluster.prefecture),
      countyCode: codeOf(cluster.county),
      countyName: named(cluster.county),
      callYear: recognized?.callYear ?? null,
      baselineYear: recognized ? recognized.plan.baselineYear : null,
      targetYear: tracks[0]?.targetYear ?? null,
      tracks,
      behind: behindIndicators(tracks),
    };
  });
}

/** One cluster's targets, if it lies in the caller's scope (404 otherwise). */
export async function clusterTargets(clusterId: string, scoped: Filters): Promise<ClusterTargets> {
  const cluster = await findScoped({ uid: CLUSTER, idField: 'documentId' }, clusterId, scoped, regionPopulate);
  const [targets] = await targetsOf([cluster]);
  return targets;
}

/** The clusters in effect in the caller's scope (and the prefecture asked for) behind on one indicator or more, by prefecture and name. */
export async function clustersBehind(scoped: Filters, prefectureCode?: string): Promise<ClusterTargets[]> {
  const clusters = (await strapi.documents(CLUSTER).findMany({
    filters: {
      $and: [scoped, { status: { $in: IN_EFFECT_STATUSES } }, ...(prefectureCode ? [{ prefecture: { code: prefectureCode } }] : [])],
    } as never,
    populate: regionPopulate as never,
    sort: ['name:asc'] as never,
  })) as Entity[];
  const targets = await targetsOf(clusters);
  return targets
    .filter((cluster) => cluster.behind.length > 0)
    .sort((a, b) => (a.prefectureCode ?? '').localeCompare(b.prefectureCode ?? '') || a.clusterName.localeCompare(b.clusterName, 'zh'));
}

/** The year each behind indicator is behind in (its latest reported plan year), for lists and the export. */
export function behindYears(cluster: ClusterTargets) {
  return cluster.tracks
    .filter((track) => track.behind)
    .map((track) => ({ track, year: track.years.filter((entry) => entry.actual !== null).at(-1)! }))
    .sort((a, b) => TARGET_INDICATORS.indexOf(a.track.indicator) - TARGET_INDICATORS.indexOf(b.track.indicator));
}
