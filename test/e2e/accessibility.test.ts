import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../helpers/strapi';
import { consoleFixture, consoleSession } from './helpers/console';

// axe-core on the screens officials and the public use most: the sign-in page, a dashboard, a list, an
// application with each tab of its form, an expert's score sheet and the public site. No critical or
// serious violation may remain.
jest.setTimeout(600_000);

const fixture = consoleFixture();

/** The critical and serious violations on the page as it is now, each with the elements it names. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'critical' || violation.impact === 'serious')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ') + ' ' + JSON.stringify((node.any[0] ?? node.all[0] ?? node.none[0])?.data ?? '')).join(' | ')}`,
    );
}

const sessionFor = async (email: string): Promise<Page> => (await consoleSession(fixture.browser(), fixture.baseUrl(), email, DEMO_PASSWORD)).page;

test('the sign-in page', async () => {
  const context = await fixture.browser().newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${fixture.baseUrl()}/console/login`);
  await page.locator('input[name="email"]').waitFor();
  expect(await violations(page)).toEqual([]);
  await context.close();
});

test("the province's dashboard and the list of applications", async () => {
  const page = await sessionFor('province@demo.local');
  await page.getByText('待办事项').first().waitFor();
  expect(await violations(page)).toEqual([]);
  await page.goto(`${fixture.baseUrl()}/console/applications`);
  await page.getByRole('row').nth(1).waitFor();
  expect(await violations(page)).toEqual([]);
});

test('an application with each tab of its form', async () => {
  const page = await sessionFor('county-520115@demo.local');
  await page.goto(`${fixture.baseUrl()}/console/applications`);
  await page.getByRole('row').nth(1).click();
  await page.waitForURL(/\/show/);
  const tabs = page.getByRole('tab');
  await tabs.first().waitFor();
  const found: string[] = [];
  for (let index = 0; index < (await tabs.count()); index++) {
    await tabs.nth(index).click();
    found.push(...(await violations(page)).map((violation) => `tab ${index + 1}: ${violation}`));
  }
  expect(found).toEqual([]);
});

test("an expert's score sheet", async () => {
  const page = await sessionFor('expert1@demo.local');
  await page.goto(`${fixture.baseUrl()}/console/expert-reviews`);
  await page.getByRole('row').nth(1).click();
  await page.waitForURL(/expert-reviews\/[^/]+/);
  await page.getByRole('table').first().waitFor();
  // A sheet declared free of conflict has the application's form beside it: checked once loaded.
  await page.getByRole('region', { name: '申报材料（只读）' }).getByRole('tab', { selected: true }).waitFor();
  await page.locator('.MuiCircularProgress-root').first().waitFor({ state: 'detached' });
  expect(await violations(page)).toEqual([]);
});

test('the public site', async () => {
  const context = await fixture.browser().newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${fixture.baseUrl()}/`);
  expect(await violations(page)).toEqual([]);
  await context.close();
});

test("a cluster's plan targets and the province's list of clusters behind their plan", async () => {
  const city = await sessionFor('city-520300@demo.local');
  await city.goto(`${fixture.baseUrl()}/console/clusters`);
  await city.getByRole('row').filter({ hasText: '仁怀市酱香白酒产业' }).click();
  await city.getByTestId('cluster-targets').waitFor();
  expect(await violations(city)).toEqual([]);
  const province = await sessionFor('province@demo.local');
  await province.goto(`${fixture.baseUrl()}/console/targets-behind`);
  await province.getByRole('row').nth(1).waitFor();
  expect(await violations(province)).toEqual([]);
});

test("a city's yearly report, in its list and on its page", async () => {
  const page = await sessionFor('city-520100@demo.local');
  await page.goto(`${fixture.baseUrl()}/console/city-reports`);
  await page.getByRole('row').nth(1).waitFor();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('row').nth(1).click();
  await page.waitForURL(/city-reports\/[^/]+\/show/);
  await page.getByRole('table').first().waitFor();
  expect(await violations(page)).toEqual([]);
});
