import { JOB_NAMES, addDays, annualReportDeadline, parseLifecycle, todayInShanghai } from '@sme-cluster/rules';
import lifecycleJson from '../config/lifecycle.json';
import { bootApp, type TestApp } from './helpers/strapi';

// The demo data must survive its first nights: no scheduled job would expire or revoke a seeded
// cluster tomorrow, nor the day after the next annual-report deadline (every cluster owing a
// report has one filed on time). Asked through the province's own dry run, the way an official would.
jest.setTimeout(300_000);

let app: TestApp;
let province: string;

beforeAll(async () => {
  app = await bootApp();
  province = await app.login('province@demo.local');
});

afterAll(async () => {
  await app?.stop();
});

const lifecycle = parseLifecycle(lifecycleJson);
const today = todayInShanghai();
const year = Number(today.slice(0, 4));
const nextDeadline = [year, year + 1].map((y) => annualReportDeadline(y, lifecycle)).find((deadline) => deadline >= today)!;
const days = { tomorrow: addDays(today, 1), 'the day after the next annual-report deadline': addDays(nextDeadline, 1) };

describe.each(Object.entries(days))('the demo data %s (%s)', (_when, day) => {
  it.each([...JOB_NAMES])('%s would expire or revoke no cluster', async (job) => {
    const dry = await app
      .as(province)
      .post(`/api/jobs/${job}/run`)
      .send({ dryRun: true, at: `${day}T02:00:00+08:00` })
      .expect(201);
    expect(dry.body.run).toMatchObject({ job, dryRun: true, outcome: 'succeeded' });
    // A validity reminder (提前提醒) leaves the cluster as it is: only a change of state would break the demo.
    const moves = (dry.body.changes as Array<{ fromState: string; toState: string }>).filter((change) => change.toState !== change.fromState);
    expect(moves).toEqual([]);
  });
});
