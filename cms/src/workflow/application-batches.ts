import { z } from 'zod';
import {
  formPopulate,
  actsOn,
  applicationLifecycle,
  evaluate,
  formFromStrapi,
  mayStart,
  openStates,
  type ApplicationAction,
  type ApplicationStatus,
  type EligibilityReport,
} from '@sme-cluster/rules';
import type { Filters } from '../records/resource';
import type { ExportedReport } from '../documents/applications-sheet';
import { loadComponents, lockRows, writeComponentCopies } from '../records/component-copies';
import { valueById } from '../records/components';
import { codeOf } from '../records/regions';
import { recordAudits } from '../lib/audit';
import type { BatchOutcome, BatchPlan } from '../lib/batch-run';
import { messageOf, overlapped } from '../lib/batch-run';
import { forbidden, invalid, statusOf } from '../lib/errors';
import type { StaffPrincipal } from '../lib/principal';
import { parseBody, reportRefOf } from './access';
import { stateRefusal } from './actions';
import { transitionApplication } from './applications';
import { ruleSettings } from './config';

/**
 * The batch actions over the console's filtered list of applications (every page, not only the one
 * shown), each a plan the batch run streams with its progress: evaluate again, mark for (or
 * withdraw from) national recommendation; and the reading in batches an export uses.
 */

const UID = 'api::application.application';
/**
 * Applications read, evaluated and written per transaction. A hundred forms (~7,000 component rows)
 * are few enough that they die young in the heap: at 500 the re-evaluation of 10,000 took a third
 * more CPU, much of it the garbage collector promoting and then sweeping whole batches (see
 * docs/benchmarks.md, 6 December 2026); at 50 the statements' preparing outweighs the gain.
 */
const BATCH = 100;

export interface ListedApplication {
  id: number;
  documentId: string;
  clusterName: string | null;
  status: ApplicationStatus;
  callNotice: { year: number } | null;
}

/** Every application the filters find, in the list's order: ids, names and call years only. */
export async function listApplications(filters: Filters, sort: Record<string, string>): Promise<ListedApplication[]> {
  return (await strapi.documents(UID).findMany({
    filters: filters as never,
    fields: ['clusterName', 'status'],
    populate: { callNotice: { fields: ['year'] } } as never,
    sort: sort as never,
  })) as unknown as ListedApplication[];
}

/** An application as a batch reads it: its name and state, its regions, its call's year and its whole form. */
export type BatchEntity = Record<string, unknown> & {
  id: number;
  documentId: string;
  status: ApplicationStatus;
  clusterName: string | null;
  callNotice: { year: number };
  prefecture: { code: string; name: string } | null;
  county: { code: string; name: string } | null;
};

/**
 * The applications of `ids` in the order of `ids`, with the forms of those `withForm` keeps: a few
 * dozen statements for the lot.
 */
export async function readApplications(ids: number[], withForm = (_row: BatchEntity) => true): Promise<{ rows: BatchEntity[]; fromTables: BatchEntity[] }> {
  const found = (await strapi.db.query(UID).findMany({
    where: { id: { $in: ids } },
    select: ['id', 'documentId', 'status', 'clusterName', 'formCopy'],
    populate: { callNotice: { select: ['year'] }, prefecture: { select: ['code', 'name'] }, county: { select: ['code', 'name'] } },
  })) as BatchEntity[];
  for (const row of found) if (!withForm(row)) delete row.formCopy;
  const fromTables = (await loadComponents(UID, found.filter(withForm), Object.keys(formPopulate))) as BatchEntity[];
  const byId = new Map(found.map((row) => [row.id, row]));
  return { rows: ids.flatMap((id) => byId.get(id) ?? []), fromTables };
}

/** The ids of `listed` in batches of BATCH, in the list's order. */
export function idBatches(listed: ListedApplication[]): number[][] {
  const batches: number[][] = [];
  for (let start = 0; start < listed.length; start += BATCH) batches.push(listed.slice(start, start + BATCH).map((row) => row.id));
  return batches;
}

/**
 * The stored reports' verdicts and rule outcomes of the applications of `ids`, taken out of the JSON
 * by the database: the rest of a report (each rule's values and messages) is four fifths of its
 * 12 KB, which an export of 10,000 applications would otherwise parse and collect for nothing.
 * An application without a stored report is absent.
 */
export async function storedOutcomes(ids: number[]): Promise<Map<number, ExportedReport>> {
  const { tableName } = strapi.db.metadata.get(UID);
  const knex = strapi.db.connection;
  const postgres = strapi.db.dialect.client === 'postgres';
  const result = (await knex.raw(
    postgres
      ? `SELECT id, report->>'verdict' AS verdict,
           (SELECT json_agg(json_build_array(rule->>'id', rule->>'outcome')) FROM jsonb_array_elements(report->'rules') AS rule) AS rules
         FROM ?? WHERE id = ANY(?::bigint[]) AND jsonb_typeof(report->'rules') = 'array'`
      : `SELECT id, json_extract(report, '$.verdict') AS verdict,
           (SELECT json_group_array(json_array(json_extract(value, '$.id'), json_extract(value, '$.outcome'))) FROM json_each(report, '$.rules')) AS rules
         FROM ?? WHERE id IN (SELECT value FROM json_each(?)) AND json_valid(report) AND json_type(report, '$.rules') = 'array'`,
    [strapi.db.getSchemaName() ? `${strapi.db.getSchemaName()}.${tableName}` : tableName, postgres ? `{${ids.join(',')}}` : JSON.stringify(ids)],
  )) as unknown;
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<{
    id: number | string;
    verdict: string | null;
    rules: unknown;
  }>;
  const outcomes = new Map<number, ExportedReport>();
  for (const row of rows) {
    if (!row.verdict) continue;
    const rules = (typeof row.rules === 'string' ? JSON.parse(row.rules) : (row.rules ?? [])) as Array<[string, string]>;
    outcomes.set(Number(row.id), { verdict: row.verdict as ExportedReport['verdict'], rules: rules.map(([id, outcome]) => ({ id, outcome })) });
  }
  return outcomes;
}

const listSchema = z.strictObject({
  /** The console list's filter: every application it finds, not only the page shown. */
  filter: z.record(z.string(), z.unknown()).optional(),
});

const DECIDED = { zh: '已作出决定，保留决定所依据的评估报告', en: 'Decided: it keeps the report its decision relied on' };

/**
 * Writes each evaluated application's report, verdict and time: one UPDATE for the batch, the
 * report and verdict chosen per row (one statement instead of one per application).
 */
async function writeReports(evaluated: Array<{ row: BatchEntity; report: EligibilityReport }>, evaluatedAt: string): Promise<void> {
  const meta = strapi.db.metadata.get(UID);
  const column = (attribute: string) => (meta.attributes[attribute] as { columnName?: string }).columnName ?? attribute;
  const ids = evaluated.map(({ row }) => row.id);
  await strapi.db.transaction(({ trx }) =>
    trx(meta.tableName)
      .whereIn('id', ids)
      .update({
        [column('report')]: valueById(
          trx as never,
          evaluated.map(({ row, report }) => ({ id: row.id, value: report })),
          'json',
        ),
        [column('verdict')]: valueById(
          trx as never,
          evaluated.map(({ row, report }) => ({ id: row.id, value: report.verdict })),
        ),
      }),
  );
  // The time as Strapi stores a datetime on each database, and the write every cache of the lists hears of.
  await strapi.db.query(UID).updateMany({ where: { id: { $in: ids } }, data: { reportAt: evaluatedAt } });
}

/**
 * Evaluates again every application of the filtered list in the caller's scope, as after a change of
 * thresholds: per batch one transaction reads the forms table by table, runs the rules, writes the
 * reports and one audit event per application. A decided application (认定 or 未通过) keeps the report
 * its decision relied on, so it is listed as refused with that reason rather than re-evaluated.
 */
export async function planEvaluations(
  principal: StaffPrincipal,
  scoped: Filters,
  body: unknown,
  listFilters: (filter: Record<string, unknown>) => Filters[],
): Promise<BatchPlan> {
  const input = parseBody(listSchema, body);
  const listed = await listApplications({ $and: [scoped, { archivedAt: { $null: true } }, ...listFilters(input.filter ?? {})] }, { clusterName: 'asc' });
  const open = new Set<string>(openStates(applicationLifecycle));
  return {
    total: listed.length,
    async execute(run) {
      const { thresholds, settingsVersion } = await ruleSettings();
      const evaluateBatch = (ids: number[]) =>
        strapi.db.transaction(async () => {
          // Read under the rows' lock inside the transaction that writes, so a decision or a save
          // taken meanwhile is seen here, and the forms read from the tables can be copied.
          await lockRows(UID, ids);
          const { rows, fromTables } = await readApplications(ids, (row) => open.has(row.status));
          await writeComponentCopies(UID, fromTables);
          const now = new Date();
          const evaluated = rows
            .filter((row) => open.has(row.status))
            .map((row) => ({ row, report: { ...evaluate(formFromStrapi(row), { callYear: row.callNotice.year, thresholds, now }), settingsVersion } }));
          if (evaluated.length) {
            await writeReports(evaluated, now.toISOString());
            await recordAudits(
              evaluated.map(({ row, report }) => ({
                actor: principal,
                action: 'evaluate',
                subjectType: 'application',
                subjectId: row.documentId,
                prefectureCode: codeOf(row.prefecture),
                countyCode: codeOf(row.county),
                fromState: row.status,
                toState: row.status,
                reportRef: reportRefOf(report),
                details: { verdict: report.verdict, settingsVersion },
                at: now,
              })),
            );
          }
          const verdicts = new Map(evaluated.map(({ row, report }) => [row.id, report.verdict]));
          return rows.map((row): BatchOutcome => {
            const named = { id: row.documentId, name: row.clusterName ?? '' };
            const verdict = verdicts.get(row.id);
            return verdict ? { ...named, done: verdict } : { ...named, refused: DECIDED };
          });
        });
      for await (const outcomes of overlapped(idBatches(listed), evaluateBatch)) await run.report(outcomes);
    },
  };
}

const NATIONAL_ACTIONS = ['markNational', 'unmarkNational'] as const satisfies readonly ApplicationAction[];

const nationalSchema = listSchema.extend({
  action: z.enum(NATIONAL_ACTIONS),
  /** The rows ticked in the list; without them, every application the filter finds. */
  ids: z.array(z.string().trim().min(1).max(64)).min(1).max(10_000).optional(),
  comment: z.string().trim().max(2000).optional().default(''),
});

/**
 * Marks (or unmarks) 拟推荐国家级 every application of the selection or of the filtered list, each
 * through its own transition: the call's quota counted under the lock of the call notice, the
 * record claimed at its version, one audit event each. What may not be marked is refused with the
 * workflow's own reason (not recognized, already marked, quota used up …); the others go on.
 */
export async function planNationalMarks(
  principal: StaffPrincipal,
  scoped: Filters,
  body: unknown,
  listFilters: (filter: Record<string, unknown>) => Filters[],
): Promise<BatchPlan> {
  const input = parseBody(nationalSchema, body);
  if (!actsOn(applicationLifecycle, principal.role, input.action)) forbidden(`当前角色不能执行此操作 / Your role cannot ${input.action}`);
  if (applicationLifecycle.steps[input.action].reason && !input.comment) invalid([{ path: 'comment', message: { zh: '请填写理由', en: 'Give the reason' } }]);
  const selection = input.ids ? [{ documentId: { $in: input.ids } }] : listFilters(input.filter ?? {});
  const listed = await listApplications({ $and: [scoped, { archivedAt: { $null: true } }, ...selection] }, { clusterName: 'asc' });
  const found = new Set(listed.map((row) => row.documentId));
  // A ticked id outside the caller's scope is reported as absent, as a 404 would.
  const absent = (input.ids ?? []).filter((id) => !found.has(id));
  return {
    total: listed.length + absent.length,
    async execute(run) {
      if (absent.length) await run.report(absent.map((id) => ({ id, name: '', refused: { zh: '记录不存在或无权访问', en: 'Not found' } })));
      for (const row of listed) {
        const named = { id: row.documentId, name: row.clusterName ?? '' };
        if (!mayStart(applicationLifecycle, principal.role, input.action, row.status)) {
          await run.report([{ ...named, refused: stateRefusal(applicationLifecycle, row.status, input.action) }]);
          continue;
        }
        try {
          await transitionApplication(principal, scoped, row.documentId, { action: input.action, comment: input.comment });
          await run.report([{ ...named, done: input.action }]);
        } catch (error) {
          if (statusOf(error) === undefined) throw error;
          await run.report([{ ...named, refused: messageOf(error) }]);
        }
      }
    },
  };
}
