export default {
  routes: [{ method: 'POST', path: '/jobs/:job/run', handler: 'api::job-run.jobs.run', config: { policies: [] } }],
};
