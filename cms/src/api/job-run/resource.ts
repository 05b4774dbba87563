import type { JobOutcome } from '@sme-cluster/rules';
import type { RecordResource } from '../../records/resource';

export interface JobRunRecord {
  id: string;
  job: string;
  runKey: string;
  firedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  outcome: JobOutcome;
  dryRun: boolean;
  examined: number;
  changed: number;
  details: unknown;
}

const iso = (value: unknown) => (value == null ? null : new Date(value as string).toISOString());

export function jobRunRecord(entity: Record<string, unknown>): JobRunRecord {
  return {
    id: String(entity.documentId),
    job: String(entity.job),
    runKey: String(entity.runKey),
    firedAt: iso(entity.firedAt)!,
    startedAt: iso(entity.startedAt),
    finishedAt: iso(entity.finishedAt),
    outcome: entity.outcome as JobRunRecord['outcome'],
    dryRun: Boolean(entity.dryRun),
    examined: Number(entity.examined ?? 0),
    changed: Number(entity.changed ?? 0),
    details: entity.details ?? null,
  };
}

/** The job runs, read-only: they are written by the jobs (scheduled, or run from POST /api/jobs/:job/run). */
export const jobRunResource: RecordResource<JobRunRecord> = {
  resource: 'job-runs',
  uid: 'api::job-run.job-run',
  idField: 'documentId',
  toRecord: jobRunRecord,
  scopePaths: {},
  filters: { job: 'job', outcome: 'outcome', dryRun: 'dryRun' },
  searchFields: ['runKey'],
  sortable: { firedAt: 'firedAt', startedAt: 'startedAt', finishedAt: 'finishedAt', job: 'job', outcome: 'outcome', changed: 'changed' },
  defaultSort: ['startedAt', 'DESC'],
};
