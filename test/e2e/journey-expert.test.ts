import type { Browser, Page } from 'playwright-core';
import { bootApp, DEMO_PASSWORD, type TestApp } from '../helpers/strapi';
import { consoleSession, ensureConsoleBuilt, launchChromium, listen, screenshot } from './helpers/console';
import { assignExpert, seedApplication } from './helpers/seed';

// An expert's whole job in Chromium: declare no conflict of interest and score an assigned
// application, submit the sheet; declare a conflict on another, which ends that sheet.
jest.setTimeout(600_000);

const EXPERT = 'expert1@demo.local';
const SHOTS = 'journey-expert';
const TO_SCORE = '中小企业特色产业集群（观山湖区电子信息制造产业）';
const CONFLICTED = '中小企业特色产业集群（观山湖区软件信息服务产业）';
const SCORES = [82, 75, 68, 90, 70.5, 66, 72, 80];

let app: TestApp;
let baseUrl: string;
let browser: Browser;
let page: Page;
const sheets: Record<string, string> = {};

beforeAll(async () => {
  ensureConsoleBuilt();
  app = await bootApp();
  // The demo's 电子信息制造 is in province review; the province assigned both to this expert.
  const toScore = ((await app.strapi.db.query('api::application.application').findOne({ where: { clusterName: TO_SCORE } })) as { documentId: string })
    .documentId;
  const conflicted = await seedApplication(app.strapi, { example: 'eligible', status: 'province_review', clusterName: CONFLICTED });
  sheets[TO_SCORE] = await assignExpert(app.strapi, toScore, EXPERT);
  sheets[CONFLICTED] = await assignExpert(app.strapi, conflicted, EXPERT);
  baseUrl = await listen(app.strapi.server.httpServer);
  browser = await launchChromium();
  page = (await consoleSession(browser, baseUrl, EXPERT, DEMO_PASSWORD)).page;
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const sheetRow = (id: string) =>
  app.strapi.db.query('api::expert-review.expert-review').findOne({ where: { documentId: id }, populate: { scores: true } }) as Promise<
    Record<string, unknown> & { scores: Array<{ criterionKey: string; score: number | string; comment: string }> }
  >;

/** Opens an assigned sheet from the expert's list of assignments. */
async function openSheet(name: string): Promise<void> {
  await page.goto(`${baseUrl}/console/expert-reviews`);
  await page.getByRole('row').filter({ hasText: name }).click();
  await page.waitForURL(new RegExp(`/console/expert-reviews/${sheets[name]}`));
  await page.getByRole('heading', { name }).first().waitFor();
}

test('declares no conflict, scores every criterion with a comment, saves and submits', async () => {
  await openSheet(TO_SCORE);
  // Before the declaration the sheet names the candidate's place and organizations, not the way to its form.
  await page.getByText('申报地区：贵阳市 观山湖区').waitFor();
  await page.getByText('请先根据以上信息声明利益冲突情况并保存').waitFor();
  expect(await page.getByRole('link', { name: TO_SCORE }).count()).toBe(0);
  await screenshot(page, '01-assigned-sheet', SHOTS);
  await page.getByLabel('无利益冲突').check();
  const rows = page
    .getByRole('table', { name: '评分表' })
    .getByRole('row')
    .filter({ has: page.getByRole('spinbutton') });
  expect(await rows.count()).toBe(SCORES.length);
  for (const [index, score] of SCORES.entries()) {
    await rows.nth(index).getByRole('spinbutton').fill(String(score));
    await rows
      .nth(index)
      .getByRole('textbox')
      .fill(`第${index + 1}项：材料翔实，依据充分。`);
  }
  await page.getByTestId('weighted-total').filter({ hasText: '加权总分：76.80 / 100' }).waitFor();
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByText('评分表已保存').waitFor();
  // Declared free of conflict: the application's form opens from the sheet.
  await page.getByRole('link', { name: TO_SCORE }).waitFor();
  await screenshot(page, '02-scores-saved', SHOTS);
  const saved = await sheetRow(sheets[TO_SCORE]);
  expect(saved.conflictOfInterest).toBe('none');
  expect(saved.submitted).toBe(false);
  expect(saved.scores.map((score) => Number(score.score))).toEqual(SCORES);

  await page.getByRole('button', { name: '提交评分（提交后不可修改）' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
  await page.getByText('评分表已提交，不能再修改。').waitFor();
  await screenshot(page, '03-submitted', SHOTS);
  const submitted = await sheetRow(sheets[TO_SCORE]);
  expect(submitted.submitted).toBe(true);
  expect(Number(submitted.weightedScore)).toBe(76.8);
  // A submitted sheet offers nothing more to do.
  expect(await page.getByRole('button', { name: '保存', exact: true }).count()).toBe(0);
});

test('declares a conflict of interest, which ends the sheet without scores', async () => {
  await openSheet(CONFLICTED);
  await page.getByLabel('存在利益冲突').check();
  await page.getByText('存在利益冲突，不参与该申报的评分。').waitFor();
  expect(await page.getByRole('spinbutton').count()).toBe(0);
  await page.getByRole('button', { name: '保存声明' }).click();
  await page.getByText('评分表已保存').waitFor();
  await screenshot(page, '04-conflict-declared', SHOTS);
  const declared = await sheetRow(sheets[CONFLICTED]);
  expect(declared.conflictOfInterest).toBe('conflicted');
  expect(declared.scores).toEqual([]);

  await page.goto(`${baseUrl}/console/expert-reviews`);
  await page.getByRole('row').filter({ hasText: CONFLICTED }).getByText('存在利益冲突').waitFor();
  await screenshot(page, '05-assignments', SHOTS);
});
