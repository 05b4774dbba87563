import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../helpers/strapi';
import { consoleFixture, consoleSession, screenshot } from './helpers/console';

// The cultivation pool (培育库, Art. 7) in Chromium through the console's screens: a county proposes a
// candidate, its city confirms it with an opinion, the province admits it, and the county declares the
// pool cluster in the open call from the cluster's page, its form pre-filled from the pool record.
jest.setTimeout(600_000);

const SHOTS = 'journey-pool';
const NAME = '中小企业特色产业集群（西秀区屯堡文旅产业）';
const fixture = consoleFixture();

const sessionFor = async (email: string): Promise<Page> => (await consoleSession(fixture.browser(), fixture.baseUrl(), email, DEMO_PASSWORD)).page;
const candidate = async () =>
  (await fixture
    .app()
    .strapi.db.query('api::pool-candidate.pool-candidate')
    .findOne({ where: { name: NAME }, populate: { cluster: true } })) as {
    documentId: string;
    status: string;
    cityOpinion: string | null;
    totalOutput: number;
    cluster: { documentId: string; status: string } | null;
  } | null;

/** Confirms the open record's action in its dialog, with the opinion or reason when one is given. */
async function take(page: Page, action: string, comment?: string): Promise<void> {
  await page.getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog');
  if (comment) await dialog.getByRole('textbox').fill(comment);
  await dialog.getByRole('button', { name: '确认' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

test('a county proposes a candidate for the pool with its key figures', async () => {
  const page = await sessionFor('county-520402@demo.local');
  await page.goto(`${fixture.baseUrl()}/console/pool-candidates`);
  await page.getByRole('link', { name: '新建' }).click();
  await page.locator('[name="name"]').fill(NAME);
  await page.locator('[name="leadingIndustry"]').fill('屯堡文旅');
  await page.locator('[name="operatorName"]').fill('西秀区文旅投资有限公司');
  await page.locator('[name="totalOutput"]').fill('21.35');
  await page.locator('[name="firmCount"]').fill('88');
  await page.locator('[name="smeCount"]').fill('85');
  await page.locator('[name="notes"]').fill('已编制集群培育方案，组建运营管理机构。');
  await screenshot(page, '01-county-proposes', SHOTS);
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByText('待市（州）确认').first().waitFor();
  await screenshot(page, '02-awaiting-city', SHOTS);
  expect(await candidate()).toMatchObject({ status: 'awaiting_city', totalOutput: 21.35 });
});

test('its city confirms it to the province with an opinion', async () => {
  const page = await sessionFor('city-520400@demo.local');
  await page.goto(`${fixture.baseUrl()}/console/pool-candidates`);
  await page.getByRole('row').filter({ hasText: NAME }).click();
  await take(page, '确认推荐入库', '该集群文旅特色鲜明，同意推荐入库。');
  await page.getByText('待省级审核').first().waitFor();
  await screenshot(page, '03-city-confirmed', SHOTS);
  expect(await candidate()).toMatchObject({ status: 'awaiting_province', cityOpinion: '该集群文旅特色鲜明，同意推荐入库。' });
});

test('the province admits it: the cluster enters the pool as cultivating', async () => {
  const page = await sessionFor('province@demo.local');
  await page.goto(`${fixture.baseUrl()}/console/pool-candidates`);
  await page.getByRole('row').filter({ hasText: NAME }).click();
  await take(page, '纳入培育库');
  await page.getByText('已入库').first().waitFor();
  await screenshot(page, '04-province-admitted', SHOTS);
  expect((await candidate())?.cluster).toMatchObject({ status: 'cultivating' });
});

test('the county declares the pool cluster from its page; the form starts from the pool record', async () => {
  const page = await sessionFor('county-520402@demo.local');
  await page.goto(`${fixture.baseUrl()}/console/clusters`);
  await page.getByRole('row').filter({ hasText: NAME }).click();
  await page.getByRole('link', { name: '从培育库发起认定申报' }).click();
  await page.getByText(`从培育库集群“${NAME}”发起申报`).waitFor();
  await page.getByRole('combobox').first().click();
  await page.getByRole('option').first().click();
  await screenshot(page, '05-start-from-pool', SHOTS);
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForURL(/\/console\/applications\/[^/]+(\/\d+)?$/);
  await page.getByRole('tab').nth(1).click();
  await page.locator('[name="form.leadingIndustry.years.2.totalOutput"]').waitFor();
  expect(await page.locator('[name="form.leadingIndustry.years.2.totalOutput"]').inputValue()).toBe('21.35');
  await screenshot(page, '06-prefilled-form', SHOTS);
  const pool = await candidate();
  const application = (await fixture
    .app()
    .strapi.db.query('api::application.application')
    .findOne({ where: { cluster: { documentId: pool!.cluster!.documentId } } })) as { clusterName: string; status: string };
  expect(application).toMatchObject({ clusterName: NAME, status: 'draft' });
});
