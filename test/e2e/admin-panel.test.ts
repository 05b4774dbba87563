import type { Browser, Page } from 'playwright-core';
import { bootApp, DEMO_PASSWORD, type TestApp } from '../helpers/strapi';
import { ensureAdminPanelBuilt, launchChromium, listen, screenshot } from './helpers/console';

// Strapi's admin panel (/admin) as an administrator first opens it: in Simplified Chinese, with
// no product tour, release notices or video tutorials over the work.
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
  await page.getByRole('heading', { level: 1, name: '年度申报通知 Call notice' }).waitFor();
  await shot('02-call-notices');
  const text = await page.locator('body').innerText();
  // The Content Manager's own words, in Chinese.
  for (const chinese of ['创建新条目', '集合类型', '单个类型', '找到 1 条']) expect(text).toContain(chinese);
  for (const english of ['Create new entry', 'COLLECTION TYPES', 'entries found', 'Guided tour', 'Skip']) expect(text).not.toContain(english);
  expect(await page.evaluate(() => window.localStorage.getItem('STRAPI_GUIDED_TOUR'))).toContain('"enabled":false');
});
