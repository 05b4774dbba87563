import { IN_EFFECT_STATUSES, scopeOf, todayInShanghai } from '@sme-cluster/rules';
import { roleMatrix } from '../lib/config';
import { forbidden } from '../lib/errors';
import { joinTableOf } from '../lib/join-table';
import type { StaffPrincipal } from '../lib/principal';
import { currentSettings } from '../settings/store';
import { overdueCityReports } from './city-reports';

type Row = Record<string, unknown>;

const tableOf = (uid: string) => strapi.db.metadata.get(uid as never).tableName;
const columnOf = (uid: string, attribute: string) =>
  (strapi.db.metadata.get(uid as never).attributes[attribute] as unknown as { columnName?: string }).columnName ?? attribute;

/** Counts come back as numbers on SQLite and as strings (bigint) on PostgreSQL. */
const countsBy = (rows: Row[], key: string) => Object.fromEntries(rows.map((row) => [String(row[key]), Number(row.count)]));

/**
 * Recognized clusters in effect, and clusters still cultivated, by prefecture and recognition date:
 * one grouped query over the clusters and their prefecture link.
 */
async function clusterCounts() {
  const uid = 'api::cluster.cluster';
  const clusters = tableOf(uid);
  const link = joinTableOf(uid, 'prefecture');
  const regions = tableOf('api::region.region');
  const status = `${clusters}.${columnOf(uid, 'status')}`;
  const recognizedAt = `${clusters}.${columnOf(uid, 'recognizedAt')}`;
  const rows = (await strapi.db
    .connection(clusters)
    .leftJoin(link.name, `${link.name}.${link.joinColumn.name}`, `${clusters}.id`)
    .leftJoin(regions, `${regions}.id`, `${link.name}.${link.inverseJoinColumn.name}`)
    .whereIn(status, [...IN_EFFECT_STATUSES, 'cultivating'])
    .groupBy(status, `${regions}.code`, recognizedAt)
    .select({ status, prefectureCode: `${regions}.code`, recognizedAt })
    .count({ count: '*' })) as Row[];
  const inEffect = rows.filter((row) => (IN_EFFECT_STATUSES as readonly string[]).includes(String(row.status)));
  const byPrefecture = new Map<string, number>();
  const byYear = new Map<number, number>();
  for (const row of inEffect) {
    const count = Number(row.count);
    const prefecture = row.prefectureCode == null ? '' : String(row.prefectureCode);
    byPrefecture.set(prefecture, (byPrefecture.get(prefecture) ?? 0) + count);
    // A date column reads back as "YYYY-MM-DD" on both databases; a cluster recognized before the system kept the date has none.
    const year = row.recognizedAt == null ? 0 : Number(String(row.recognizedAt).slice(0, 4));
    byYear.set(year, (byYear.get(year) ?? 0) + count);
  }
  return {
    inEffect: inEffect.reduce((sum, row) => sum + Number(row.count), 0),
    byPrefecture,
    byYear: [...byYear.entries()].sort(([a], [b]) => a - b).map(([year, count]) => ({ year: year || null, count })),
    cultivating: rows.filter((row) => row.status === 'cultivating').reduce((sum, row) => sum + Number(row.count), 0),
  };
}

/** The call notice the province is running: this year's, else the latest one published. */
async function currentCall(): Promise<{ id: string; year: number; title: string } | null> {
  const thisYear = Number(todayInShanghai().slice(0, 4));
  const notice = ((await strapi.db.query('api::call-notice.call-notice').findOne({
    where: { year: thisYear },
    select: ['documentId', 'year', 'title'],
  })) ??
    (await strapi.db.query('api::call-notice.call-notice').findOne({
      where: { status: { $ne: 'draft' } },
      orderBy: { year: 'desc' },
      select: ['documentId', 'year', 'title'],
    }))) as Row | null;
  return notice ? { id: String(notice.documentId), year: Number(notice.year), title: String(notice.title) } : null;
}

/** The current call's applications by state (archived ones are no longer in it): one grouped query. */
async function callApplications(year: number) {
  const uid = 'api::application.application';
  const applications = tableOf(uid);
  const link = joinTableOf(uid, 'callNotice');
  const notices = tableOf('api::call-notice.call-notice');
  const status = `${applications}.${columnOf(uid, 'status')}`;
  const rows = (await strapi.db
    .connection(applications)
    .join(link.name, `${link.name}.${link.joinColumn.name}`, `${applications}.id`)
    .join(notices, `${notices}.id`, `${link.name}.${link.inverseJoinColumn.name}`)
    .where(`${notices}.year`, year)
    .whereNull(`${applications}.${columnOf(uid, 'archivedAt')}`)
    .groupBy(status)
    .select({ status })
    .count({ count: '*' })) as Row[];
  return countsBy(rows, 'status');
}

async function poolCandidates() {
  const uid = 'api::pool-candidate.pool-candidate';
  const rows = (await strapi.db
    .connection(tableOf(uid))
    .groupBy(columnOf(uid, 'status'))
    .select({ status: columnOf(uid, 'status') })
    .count({ count: '*' })) as Row[];
  return countsBy(rows, 'status');
}

/**
 * The province's progress toward its goal of recognized clusters (Art. 5, docs/domain.md §3): the
 * clusters in effect against the target by prefecture and year of recognition, the cultivation pool
 * behind them, the current call's pipeline and the cities whose yearly report (Art. 19) is overdue. It reads the whole province, so it is the province's only.
 */
export async function provinceProgress(principal: StaffPrincipal) {
  if (scopeOf(roleMatrix(), principal.role, 'clusters', 'read') !== 'all')
    forbidden('只有省工业和信息化厅可以查看全省认定进度 / Only the province sees its progress');
  const [{ settings }, clusters, candidates, call] = await Promise.all([currentSettings(), clusterCounts(), poolCandidates(), currentCall()]);
  const prefectures = (await strapi.db.query('api::region.region').findMany({
    where: { level: 'prefecture' },
    select: ['code', 'name'],
    orderBy: { code: 'asc' },
  })) as Array<{ code: string; name: string }>;
  return {
    target: settings.lifecycle.recognizedClusterTarget,
    inEffect: clusters.inEffect,
    byPrefecture: prefectures.map(({ code, name }) => ({ code, name, count: clusters.byPrefecture.get(code) ?? 0 })),
    byYear: clusters.byYear,
    pool: { candidates, cultivating: clusters.cultivating },
    call: call && { ...call, applications: await callApplications(call.year) },
    cityReports: await overdueCityReports(prefectures),
  };
}
