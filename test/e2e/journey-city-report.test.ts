import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../helpers/strapi';
import { consoleFixture, consoleSession, screenshot } from './helpers/console';

// A city's yearly report (Art. 19) in Chromium through the console's screens: 遵义市, the demo's city
// without last year's report, writes it — its recognized cluster's figures already there — and submits
// it; the province finds it submitted among every city's reports.
jest.setTimeout(600_000);

const SHOTS = 'journey-city-report';
const NARRATIVE = '遵义市建立集群培育工作台账，组织酱香白酒产业集群企业参加产需对接活动。';
const CLUSTER = '中小企业特色产业集群（仁怀市酱香白酒产业）';
const lastYear = new Date().getFullYear() - 1;
const fixture = consoleFixture();

const sessionFor = async (email: string): Promise<Page> => (await consoleSession(fixture.browser(), fixture.baseUrl(), email, DEMO_PASSWORD)).page;
const stored = async () =>
  (await fixture
    .app()
    .strapi.db.query('api::city-report.city-report')
    .findOne({ where: { year: lastYear, prefecture: { code: '520300' } } })) as { status: string; narrative: string; figures: unknown[] } | null;

test('the city writes its report of last year, its cluster’s figures pre-filled, and submits it', async () => {
  const page = await sessionFor('city-520300@demo.local');
  await page.goto(`${fixture.baseUrl()}/console/city-reports`);
  await page.getByRole('link', { name: '新建' }).click();
  await page.locator('[name="narrative"]').fill(NARRATIVE);
  await screenshot(page, '01-city-writes', SHOTS);
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByText(CLUSTER).waitFor();
  await screenshot(page, '02-draft-with-figures', SHOTS);
  expect(await stored()).toMatchObject({ status: 'draft', narrative: NARRATIVE });

  await page.getByRole('button', { name: '提交年度报告', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: '确认' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText('已提交').first().waitFor();
  await screenshot(page, '03-submitted', SHOTS);
  const report = await stored();
  expect(report).toMatchObject({ status: 'submitted' });
  expect(report!.figures).toHaveLength(1);
});

test('the province sees it submitted among every city’s reports', async () => {
  const page = await sessionFor('province@demo.local');
  await page.goto(`${fixture.baseUrl()}/console/city-reports`);
  const row = page
    .getByRole('row')
    .filter({ hasText: '遵义市' })
    .filter({ hasText: String(lastYear) });
  await row.getByText('已提交').waitFor();
  await row.click();
  await page.getByText(NARRATIVE).waitFor();
  await page.getByRole('button', { name: '退回市（州）修改' }).waitFor();
  await screenshot(page, '04-province-reads', SHOTS);
});
