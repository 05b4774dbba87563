import fs from 'fs';
import path from 'path';
import type { AddressInfo } from 'net';
import { chromium, type Browser } from 'playwright-core';
import { bootApp, type TestApp } from '../helpers/strapi';

/** The public home page in a real browser, with JavaScript off: a freshly published list and an open public notice. */
let app: TestApp;
let browser: Browser;
let base: string;
const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'test-results');
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const shift = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

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

it('shows the freshly published list and the open public notice, and filters with a plain GET form', async () => {
  const province = await app.login('province@demo.local');
  const recognized = (await app.strapi.db.query('api::cluster.cluster').findMany({ where: { status: 'recognized' }, select: ['documentId'] })) as Array<{
    documentId: string;
  }>;
  const list = (
    await app
      .as(province)
      .post('/api/console/recognized-lists')
      .send({
        year: 2025,
        title: '2025年贵州省中小企业特色产业集群名单',
        documentNumber: '黔工信中小〔2025〕66号',
        issuedOn: today,
        clusterIds: recognized.map((c) => c.documentId),
      })
      .expect(201)
  ).body;
  await app.as(province).post(`/api/console/recognized-lists/${list.id}/publish`).expect(200);

  const [application] = await app.strapi
    .documents('api::application.application')
    .findMany({ filters: { status: 'recommended' } as never, fields: ['clusterName'] as never });
  await app.strapi.documents('api::application.application').update({
    documentId: application.documentId,
    data: { status: 'public_notice', publicNoticeStartsOn: today, publicNoticeEndsOn: shift(6) } as never,
  });

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
  await lists.getByRole('heading', { level: 4, name: '2025年贵州省中小企业特色产业集群名单' }).waitFor();
  expect(await lists.textContent()).toContain('黔工信中小〔2025〕66号');
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
  expect(await page.locator('main').textContent()).toContain('黔工信中小〔2025〕66号');
  expect(external).toEqual([]);
  await context.close();
}, 60_000);
