import type { Browser, Page } from 'playwright-core';
import { addDays, todayInShanghai } from '@sme-cluster/rules';
import { bootApp, DEMO_PASSWORD, type TestApp } from '../helpers/strapi';
import { consoleSession, ensureConsoleBuilt, launchChromium, listen, screenshot } from './helpers/console';
import { assignExpert, seedApplication } from './helpers/seed';

// An expert's whole job in Chromium: find the assignments by due date, declare no conflict of
// interest and score an assigned application beside its form against each criterion's bands,
// submit the sheet; declare a conflict on another, which ends that sheet.
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
  // The province gave each a due date when it assigned them (dates in China).
  const dueOn: Record<string, string> = { [TO_SCORE]: addDays(todayInShanghai(), 5), [CONFLICTED]: addDays(todayInShanghai(), 1) };
  for (const name of [TO_SCORE, CONFLICTED]) {
    await app.strapi.db.query('api::expert-review.expert-review').update({ where: { documentId: sheets[name] }, data: { dueOn: dueOn[name] } });
  }
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

/** The sheet's region and the form's on the page, for where each sits. */
const boxes = async () => {
  const form = await page.getByRole('region', { name: '申报材料（只读）' }).boundingBox();
  const sheet = await page.getByRole('table', { name: '评分表' }).boundingBox();
  return { form: form!, sheet: sheet! };
};

test('lists the assignments nearest due date first, with the days left', async () => {
  await page.goto(`${baseUrl}/console/expert-reviews`);
  const names = [CONFLICTED, TO_SCORE];
  const rows = names.map((name) => page.getByRole('row').filter({ hasText: name }));
  await rows[1].getByText('剩余 5 天').waitFor();
  await rows[0].getByText('剩余 1 天').waitFor();
  const allRows = await page.getByRole('row').allTextContents();
  const at = (name: string) => allRows.findIndex((text) => text.includes(name));
  expect(at(CONFLICTED)).toBeLessThan(at(TO_SCORE));
  await screenshot(page, '00-assignments-by-due-date', SHOTS);
});

test('declares no conflict, scores every criterion with a comment, saves and submits', async () => {
  await openSheet(TO_SCORE);
  await page.getByText(`请于 ${addDays(todayInShanghai(), 5)} 前提交评分表（剩余 5 天）。`).waitFor();
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
  // Each criterion says what its bands mean; the band of the score typed is marked: 82 is 良, 90 is 优, 66 is 中.
  const bands = (name: string) => page.getByRole('list', { name: `“${name}”各档评分标准` });
  await bands('主导产业优势').getByText('优（90–100分）：').waitFor();
  const marked = async (name: string) => (await bands(name).locator('[aria-current="true"]').textContent())?.slice(0, 1);
  expect(await marked('主导产业优势')).toBe('良');
  expect(await marked('协同创新能力')).toBe('优');
  expect(await marked('绿色化发展')).toBe('中');
  expect(
    await bands('协同创新能力')
      .getByText(/^良（75–89\.99分）：.*年均增长高于5%/)
      .count(),
  ).toBe(1);
  await screenshot(page, '02-bands-of-scores', SHOTS);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByText('评分表已保存').waitFor();
  // Declared free of conflict: the application's form opens from the sheet, and beside it.
  await page.getByRole('link', { name: TO_SCORE }).waitFor();
  const form = page.getByRole('region', { name: '申报材料（只读）' });
  await form.getByRole('tab', { name: '二、主导产业' }).click();
  await form.getByRole('tab', { name: '二、主导产业', selected: true }).waitFor();
  await form.getByRole('textbox').first().waitFor();
  // Read-only: no input of the form can be typed into.
  for (const box of await form.getByRole('textbox').all()) expect(await box.isEditable()).toBe(false);
  const wide = await boxes();
  expect(wide.form.x + wide.form.width).toBeLessThanOrEqual(wide.sheet.x);
  expect(wide.form.y).toBeLessThan(wide.sheet.y + wide.sheet.height);
  await screenshot(page, '02-form-beside-sheet', SHOTS);
  // On a narrow screen the form comes first and the sheet under it.
  await page.setViewportSize({ width: 900, height: 900 });
  await page.waitForFunction(() => {
    const form = document.querySelector('[data-testid="application-beside"]')?.getBoundingClientRect();
    const sheet = document.querySelector('table[aria-label="评分表"]')?.getBoundingClientRect();
    return form && sheet && form.bottom <= sheet.top;
  });
  await screenshot(page, '02-form-above-sheet-narrow', SHOTS);
  await page.setViewportSize({ width: 1440, height: 900 });
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
