import { staffRoute } from '../../../records/routes';

// "Run now" and dry runs of the scheduled jobs write a job run.
export default {
  routes: [staffRoute('POST', '/jobs/:job/run', 'api::job-run.jobs.run', { resource: 'job-runs', action: 'create' })],
};
