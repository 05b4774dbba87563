import fs from 'fs';
import path from 'path';
import type { AddressInfo } from 'net';
import { chromium, type Browser } from 'playwright-core';
import { bootApp, type TestApp } from '../helpers/strapi';

/** The public home page in a real browser, with JavaScript off: the demo's published lists and its open public notice. */
let app: TestApp;
let browser: Browser;
let base: string;
const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'test-results');

beforeAll(async () => {
  app = await bootApp();
  await new Promise<void>((resolve) => app.strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(app.strapi.server.httpServer.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

it("shows the demo's published lists and its running public notice, and filters with a plain GET form", async () => {
  // Read, not written: the demo publishes a list a year of the clusters in effect and runs a 公示 (issue 18 item 7).
  const [application] = (await app.strapi.db.query('api::application.application').findMany({ where: { status: 'public_notice' } })) as Array<{
    clusterName: string;
  }>;
  const listOf = async (name: string) =>
    (await app.strapi.db.query('api::recognized-list.recognized-list').findOne({
      where: { clusters: { name }, publishedAt: { $notNull: true } },
    })) as { title: string; documentNumber: string };
  const renhuai = await listOf('中小企业特色产业集群（仁怀市酱香白酒产业）');
  const guanshanhu = await listOf('中小企业特色产业集群（观山湖区大数据电子信息产业）');

  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const external: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(base)) external.push(request.url());
  });
  await page.goto(`${base}/`);

  expect(await page.locator('h1').textContent()).toBe('贵州省中小企业特色产业集群');
  const notices = page.locator('section[aria-labelledby="notices"]');
  await notices.getByRole('cell', { name: String(application.clusterName) }).waitFor();
  expect(await notices.textContent()).toEqual(expect.stringMatching(/公示期：[\s\S]*异议方式：/));
  const lists = page.locator('section[aria-labelledby="lists"]');
  await lists.getByRole('heading', { level: 4, name: renhuai.title }).waitFor();
  expect(await lists.textContent()).toContain(renhuai.documentNumber);
  await lists.getByRole('link', { name: '中小企业特色产业集群（仁怀市酱香白酒产业）' }).waitFor();

  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, 'public-home.png'), fullPage: true });

  // The filter form works without JavaScript: a GET to / with the chosen prefecture.
  await page.getByLabel('市（州）').selectOption('520100');
  await page.getByRole('button', { name: '查询' }).click();
  await page.waitForURL(/prefecture=520100/);
  await lists.getByRole('link', { name: '中小企业特色产业集群（观山湖区大数据电子信息产业）' }).waitFor();
  expect(await lists.getByRole('link', { name: '中小企业特色产业集群（仁怀市酱香白酒产业）' }).count()).toBe(0);

  await lists.getByRole('link', { name: '中小企业特色产业集群（观山湖区大数据电子信息产业）' }).click();
  await page.waitForURL(/\/public\/clusters\//);
  expect(await page.locator('h1').textContent()).toBe('中小企业特色产业集群（观山湖区大数据电子信息产业）');
  expect(await page.locator('main').textContent()).toContain(guanshanhu.documentNumber);
  expect(external).toEqual([]);
  await context.close();
}, 60_000);
