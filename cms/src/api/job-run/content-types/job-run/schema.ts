// Written in TypeScript, not JSON, so the enumerations come from the one declaration of the domain's vocabularies.
import { JOB_NAMES, JOB_OUTCOMES, RECORD_LABELS } from '@sme-cluster/rules';

export default {
  kind: 'collectionType',
  collectionName: 'job_runs',
  info: {
    singularName: 'job-run',
    pluralName: 'job-runs',
    displayName: RECORD_LABELS['job-run'].name,
    description:
      'One row per job execution; runKey (job and fire time) has a unique index in the database, so of several instances firing together exactly one does the work',
  },
  options: {
    draftAndPublish: false,
  },
  attributes: {
    job: { type: 'enumeration', enum: [...JOB_NAMES], required: true },
    runKey: { type: 'string', required: true, unique: true, column: { unique: true } },
    firedAt: { type: 'datetime', required: true },
    startedAt: { type: 'datetime' },
    finishedAt: { type: 'datetime' },
    outcome: { type: 'enumeration', enum: [...JOB_OUTCOMES], default: 'running', required: true },
    dryRun: { type: 'boolean', default: false, required: true },
    examined: { type: 'integer', default: 0 },
    changed: { type: 'integer', default: 0 },
    details: { type: 'json' },
  },
};
