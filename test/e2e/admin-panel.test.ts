import type { Browser, Page } from 'playwright-core';
import { bootApp, DEMO_PASSWORD, type TestApp } from '../helpers/strapi';
import { ensureAdminPanelBuilt, launchChromium, listen, screenshot } from './helpers/console';

// Strapi's admin panel (/admin) as an administrator first opens it: in Simplified Chinese, with
// no product tour, release notices or video tutorials over the work, and every field of the
// records named as the console and the form name it.
jest.setTimeout(600_000);

const ADMIN = 'admin@demo.local';

let app: TestApp;
let baseUrl: string;
let browser: Browser;
let page: Page;

const shot = (name: string) => screenshot(page, name, 'admin-panel');

beforeAll(async () => {
  ensureAdminPanelBuilt();
  app = await bootApp({ adminPanel: true });
  baseUrl = await listen(app.strapi.server.httpServer);
  browser = await launchChromium();
  // An English-speaking browser: the panel's language is the product's choice, not the browser's.
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 1000 } });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

test('the sign-in page of a first visit is in Chinese', async () => {
  await page.goto(`${baseUrl}/admin/auth/login`);
  await page.getByRole('button', { name: '登录' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
  await shot('01-login');
});

test('signed in, the Content Manager is in Chinese and no guided tour or release notice covers it', async () => {
  await page.fill('input[name="email"]', ADMIN);
  await page.fill('input[name="password"]', DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));
  await page.goto(`${baseUrl}/admin/content-manager/collection-types/api::call-notice.call-notice`);
  await page.getByRole('heading', { level: 1, name: '年度申报通知' }).waitFor();
  await shot('02-call-notices');
  const text = await page.locator('body').innerText();
  // The Content Manager's own words, in Chinese.
  // The demo's open call and the closed calls its recognized clusters answered.
  const notices = await app.strapi.db.query('api::call-notice.call-notice').count({});
  for (const chinese of ['创建新条目', '集合类型', '单个类型', `找到 ${notices} 条`]) expect(text).toContain(chinese);
  for (const english of ['Create new entry', 'COLLECTION TYPES', 'entries found', 'Guided tour', 'Skip']) expect(text).not.toContain(english);
  // The call's year as written, not grouped as a number (2,026).
  expect(text).toContain(String(new Date().getFullYear()));
  expect(text).not.toMatch(/\b\d,\d{3}\b/);
  expect(await page.evaluate(() => window.localStorage.getItem('STRAPI_GUIDED_TOUR'))).toContain('"enabled":false');
});

/**
 * Latin words in what the page shows. Not words: ids mixing letters and digits; Strapi, the panel's own
 * name (its logo); date and time, the screen-reader labels Strapi's date-time picker fixes in English.
 */
const ALLOWED = ['Strapi', 'date', 'time'];
const englishWords = (text: string) => (text.match(/[A-Za-z0-9_.@-]+/g) ?? []).filter((token) => /^[A-Za-z]{2,}$/.test(token) && !ALLOWED.includes(token));

const editView = async (uid: string, where: Record<string, unknown>) => {
  const row = (await app.strapi.db.query(uid).findOne({ where })) as { documentId: string };
  await page.goto(`${baseUrl}/admin/content-manager/collection-types/${uid}/${row.documentId}`);
};

test("an application's edit view names its fields, its form's sections and its verdict in Chinese, with no English word", async () => {
  await editView('api::application.application', { status: 'public_notice' });
  // The whole form, a few hundred fields: slow to render on a loaded machine.
  await page
    .getByRole('heading', { level: 1, name: '中小企业特色产业集群（观山湖区新能源电池材料产业）' })
    .waitFor({ timeout: 120_000 })
    .catch(async (error: Error) => {
      await shot('03-application-failed');
      throw error;
    });
  // Its relations load after the form.
  await page.getByText('Loading', { exact: true }).first().waitFor({ state: 'detached', timeout: 60_000 });
  const text = await page.locator('main').innerText();
  await shot('03-application');
  // Record fields (rules/src/record-labels.ts), the form's sections (its description) and the state's word (rules/src/domain.ts).
  for (const label of [
    '集群名称',
    '所属市（州）',
    '所属县（市、区）',
    '申报单位',
    '公示开始日期',
    '核验结论',
    '一、基本情况',
    '八、未来三年中小企业特色产业集群发展规划',
    '符合条件',
  ]) {
    expect(text).toContain(label);
  }
  for (const key of ['clusterName', 'publicNoticeStartsOn', 'leadingIndustry', 'eligible']) expect(text).not.toContain(key);
  expect(englishWords(await page.locator('body').innerText())).toEqual([]);
});

test("a cluster's edit view names its fields and its industry type in Chinese, with no English word", async () => {
  await editView('api::cluster.cluster', { name: '中小企业特色产业集群（凯里市特色食品产业）' });
  await page.getByRole('heading', { level: 1, name: '中小企业特色产业集群（凯里市特色食品产业）' }).waitFor();
  const text = await page.locator('main').innerText();
  await shot('04-cluster');
  for (const label of ['主导产业', '产业类型', '运营管理机构', '认定日期', '有效期至', '复核记录', '第二产业']) expect(text).toContain(label);
  for (const key of ['leadingIndustry', 'validUntil', 'renewal_pending', 'secondary']) expect(text).not.toContain(key);
  expect(englishWords(await page.locator('body').innerText())).toEqual([]);
});
