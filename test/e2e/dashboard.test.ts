import type { Page } from 'playwright-core';
import { IN_EFFECT_STATUSES, STATUS_LABELS, applicationStatesAwaiting, type Role } from '@sme-cluster/rules';
import { DEMO_PASSWORD } from '../helpers/strapi';
import { consoleFixture, consoleSession, screenshot } from './helpers/console';

// Each role's dashboard lists what waits on it; each count is the total of the list it opens,
// read back from the API as that same user (the demo data has applications in several states).
jest.setTimeout(600_000);

const fixture = consoleFixture();

/** The total the console's list shows for this filter, as the user sees it (simple-rest Content-Range). */
async function listTotal(email: string, resource: string, filter: Record<string, unknown>): Promise<number> {
  const jwt = await fixture.app().login(email, DEMO_PASSWORD);
  const response = await fixture
    .app()
    .as(jwt)
    .get(`/api/console/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}&range=${encodeURIComponent('[0,0]')}`);
  expect(response.status).toBe(200);
  return Number(String(response.headers['content-range']).split('/')[1]);
}

describe('the dashboard of each role in Chromium', () => {
  test.each<[string, Role, string]>([
    ['county', 'county_declarant', 'county-520382@demo.local'],
    ['city', 'city_reviewer', 'city-520400@demo.local'],
    ['province', 'province_admin', 'province@demo.local'],
  ])('the %s dashboard counts the applications waiting on it, each opening its filtered list', async (name, role, email) => {
    const { context, page } = await consoleSession(fixture.browser(), fixture.baseUrl(), email, DEMO_PASSWORD);
    await page.getByText('待办事项').waitFor();
    let waiting = 0;
    for (const status of applicationStatesAwaiting(role)) {
      const expected = await listTotal(email, 'applications', { status });
      waiting += expected;
      await countItem(page, `${STATUS_LABELS[status].zh}的申报`, expected).waitFor();
    }
    expect(waiting).toBeGreaterThan(0);
    await screenshot(page, `dashboard-${name}`);

    // The first non-empty count opens the list filtered to that state, showing exactly that many rows.
    const status = await firstNonEmpty(email, role);
    await page.getByRole('link', { name: new RegExp(`^${STATUS_LABELS[status].zh}的申报`) }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/applications') && decodeURIComponent(url.search).includes(`"status":"${status}"`));
    const rows = await listTotal(email, 'applications', { status });
    await page
      .locator('tbody tr')
      .nth(rows - 1)
      .waitFor();
    expect(await page.locator('tbody tr').count()).toBe(rows);
    await context.close();
  });

  test('the expert dashboard counts the reviews assigned to the expert', async () => {
    const email = 'expert1@demo.local';
    const { context, page } = await consoleSession(fixture.browser(), fixture.baseUrl(), email, DEMO_PASSWORD);
    await countItem(page, '分配给我的评审', await listTotal(email, 'expert-reviews', {})).waitFor();
    await context.close();
  });
});

test("the province's progress toward its target: clusters in effect by prefecture, each count opening its list", async () => {
  const email = 'province@demo.local';
  const { context, page } = await consoleSession(fixture.browser(), fixture.baseUrl(), email, DEMO_PASSWORD);
  const inEffect = await listTotal(email, 'clusters', { status: IN_EFFECT_STATUSES });
  expect(inEffect).toBeGreaterThan(0);
  await page.getByText(`有效期内的认定集群 ${inEffect} / 30 个`).waitFor();
  await screenshot(page, 'dashboard-province-progress');
  // The first prefecture with clusters in effect opens the clusters list filtered to it, as many rows as its count.
  const prefectures = page.getByRole('navigation', { name: '按市（州）' }).getByRole('link');
  await prefectures.first().waitFor();
  const [, name, count] = /^(.+?)\s*(\d+)$/.exec((await prefectures.first().innerText()).replace(/\n/g, ' ')) ?? [];
  await prefectures.first().click();
  await page.waitForURL((url) => url.pathname.endsWith('/clusters') && decodeURIComponent(url.search).includes('prefectureCode'));
  await page
    .locator('tbody tr')
    .nth(Number(count) - 1)
    .waitFor();
  expect(await page.locator('tbody tr').count()).toBe(Number(count));
  expect(name).toBeTruthy();
  await context.close();
});

async function firstNonEmpty(email: string, role: Role) {
  for (const status of applicationStatesAwaiting(role)) if ((await listTotal(email, 'applications', { status })) > 0) return status;
  throw new Error(`nothing waits on ${email}`);
}

/** A dashboard line: its label and, once loaded, its count. */
const countItem = (page: Page, label: string, count: number) => page.getByRole('link', { name: new RegExp(`^${label}\\s*${count}$`) });
