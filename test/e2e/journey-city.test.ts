import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { bootApp, DEMO_PASSWORD, type TestApp } from '../helpers/strapi';
import { consoleSession, ensureConsoleBuilt, launchChromium, listen, screenshot } from './helpers/console';
import { decide, openFromList } from './helpers/journey';
import { applicationRow, seedApplication, updateCallNotice } from './helpers/seed';

// The city reviewer's whole job in Chromium, only through the console's screens: start the review,
// evaluate, write the opinion, recommend within the quota and be refused beyond it, return with a
// reason, reject, and import the year's annual reports from the Excel template.
jest.setTimeout(600_000);

const CITY = 'city-520400@demo.local';
const SHOTS = 'journey-city';
const TO_RECOMMEND = '中小企业特色产业集群（西秀区精密铸造产业）';
const BEYOND_QUOTA = '中小企业特色产业集群（西秀区航空装备配套产业）';
const TO_RETURN = '中小企业特色产业集群（西秀区新能源电池产业）';
const TO_REJECT = '中小企业特色产业集群（西秀区刺绣工艺品产业）';
const RECOGNIZED = '中小企业特色产业集群（西秀区蜡染服饰产业）';

let app: TestApp;
let baseUrl: string;
let browser: Browser;
let page: Page;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ensureConsoleBuilt();
  app = await bootApp();
  // 安顺市 may recommend one application this year: the demo's 航空装备 (already in city review)
  // is then the one beyond the quota.
  await updateCallNotice(app.strapi, { cityQuotaMax: 1 });
  for (const name of [TO_RECOMMEND, TO_RETURN, TO_REJECT])
    ids[name] = await seedApplication(app.strapi, { example: 'needs-review', status: 'submitted', clusterName: name });
  ids[BEYOND_QUOTA] = (
    (await app.strapi.db.query('api::application.application').findOne({ where: { clusterName: BEYOND_QUOTA } })) as { documentId: string }
  ).documentId;
  // The city's recognized cluster, which owes the annual report of last year.
  await app.strapi.db
    .query('api::cluster.cluster')
    .update({ where: { name: RECOGNIZED }, data: { status: 'recognized', recognizedAt: '2025-06-30', validUntil: '2028-06-30' } });
  baseUrl = await listen(app.strapi.server.httpServer);
  browser = await launchChromium();
  page = (await consoleSession(browser, baseUrl, CITY, DEMO_PASSWORD)).page;
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const openApplication = (name: string) => openFromList(page, baseUrl, 'applications', name, ids[name]);

/** Evaluates the rules on the report tab and writes the city's opinion on the form's tab 九. */
async function evaluateAndWriteOpinion(name: string, opinion: string, shot: string): Promise<void> {
  await page.goto(`${baseUrl}/console/applications/${ids[name]}/show/report`);
  await page.getByRole('button', { name: '评估', exact: true }).click();
  await page.getByTestId('verdict-badge').waitFor();
  await screenshot(page, `${shot}-rule-report`, SHOTS);
  await page.goto(`${baseUrl}/console/applications/${ids[name]}/show`);
  await page.getByRole('link', { name: '填写申报表' }).click();
  await page.getByRole('tab', { name: '九、声明及推荐意见' }).click();
  await page.fill('[name="form.recommendation.opinion"]', opinion);
  await page.getByRole('button', { name: '保存草稿' }).click();
  await page.getByText('草稿已保存').waitFor();
  await screenshot(page, `${shot}-opinion`, SHOTS);
}

test('starts the review, evaluates, writes the opinion and recommends within the quota', async () => {
  await openApplication(TO_RECOMMEND);
  await screenshot(page, '01-submitted', SHOTS);
  await decide(page, '开始初审');
  await page.getByText('市级初审', { exact: true }).first().waitFor();
  await screenshot(page, '02-review-started', SHOTS);

  await evaluateAndWriteOpinion(TO_RECOMMEND, '经初审，该集群主导产业突出，同意推荐。', '03');
  const evaluated = await applicationRow(app.strapi, ids[TO_RECOMMEND]);
  expect(evaluated.reportAt).toBeTruthy();

  await page.goto(`${baseUrl}/console/applications/${ids[TO_RECOMMEND]}/show`);
  await decide(page, '推荐');
  await page.getByText('已推荐', { exact: true }).first().waitFor();
  await screenshot(page, '04-recommended', SHOTS);
  expect((await applicationRow(app.strapi, ids[TO_RECOMMEND])).status).toBe('recommended');
});

test('is refused a recommendation beyond the quota, in Chinese, and nothing changes', async () => {
  await evaluateAndWriteOpinion(BEYOND_QUOTA, '经初审，同意推荐。', '05');
  await page.goto(`${baseUrl}/console/applications/${ids[BEYOND_QUOTA]}/show`);
  await decide(page, '推荐');
  await page.getByText('本市（州）推荐名额已用完（上限 1 个）', { exact: true }).waitFor();
  await screenshot(page, '06-quota-refused', SHOTS);
  expect((await applicationRow(app.strapi, ids[BEYOND_QUOTA])).status).toBe('city_review');
});

test('returns an application with its reason', async () => {
  await openApplication(TO_RETURN);
  await decide(page, '开始初审');
  await page.getByText('市级初审', { exact: true }).first().waitFor();
  await page.getByTestId('workflow-actions').getByRole('button', { name: '退回修改', exact: true }).click();
  // Without a reason the dialog cannot be confirmed.
  expect(await page.getByRole('dialog').getByRole('button', { name: '确认' }).isDisabled()).toBe(true);
  await page.getByRole('dialog').getByRole('textbox').fill('近三年主导产业产值证明材料不清晰，请补充统计部门出具的证明。');
  await screenshot(page, '07-return-reason', SHOTS);
  await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
  await page.getByText('已退回', { exact: true }).first().waitFor();
  await screenshot(page, '08-returned', SHOTS);
  const row = await applicationRow(app.strapi, ids[TO_RETURN]);
  expect(row.status).toBe('returned');
  expect(row.decisionComment).toBe('近三年主导产业产值证明材料不清晰，请补充统计部门出具的证明。');
});

test('rejects an application with its reason', async () => {
  await openApplication(TO_REJECT);
  await decide(page, '不予通过', '集群主导产业集中度不足百分之五十，不符合申报条件。');
  await page.getByText('未通过', { exact: true }).first().waitFor();
  await screenshot(page, '09-rejected', SHOTS);
  const row = await applicationRow(app.strapi, ids[TO_REJECT]);
  expect(row.status).toBe('rejected');
  expect(row.decisionComment).toBe('集群主导产业集中度不足百分之五十，不符合申报条件。');
});

test('imports the annual reports from the template it downloaded and filled in', async () => {
  const year = new Date().getFullYear() - 1;
  await page.goto(`${baseUrl}/console/annual-reports`);
  await page.getByRole('button', { name: 'Excel 导入' }).click();
  const dialog = page.getByRole('dialog');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '下载模板' }).click()]);
  expect(download.suggestedFilename()).toBe(`${year}年度集群发展情况.xlsx`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download.path());
  const sheet = book.getWorksheet('年度发展情况')!;
  expect(sheet.getCell('B4').value).toBe(RECOGNIZED);
  const headers = (sheet.getRow(3).values as unknown[]).slice(1) as string[];
  const set = (header: string, value: ExcelJS.CellValue) => (sheet.getCell(4, headers.indexOf(header) + 1).value = value);
  set('集群总产值（亿元）', 58.4);
  set('集群内中小企业产值占集群总产值比例（%）', 72.5);
  set('集群企业数量（家）', 186);
  set('其中：集群中小企业数量（家）', 171);
  set('国际标准主持数量（个）', 0);
  set('集群工业互联网平台应用普及率（%）', '无');
  await screenshot(page, '10-import-dialog', SHOTS);

  await dialog.locator('input[type="file"]').setInputFiles({
    name: `${year}年度集群发展情况.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await book.xlsx.writeBuffer()),
  });
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await dialog.getByText('导入完成：新建1份，更新0份。').waitFor();
  await screenshot(page, '11-imported', SHOTS);
  await dialog.getByRole('button', { name: '关闭' }).click();
  await page.getByRole('row').filter({ hasText: RECOGNIZED }).waitFor();
  await screenshot(page, '12-annual-report-list', SHOTS);

  const [report] = (await app.strapi.db
    .query('api::annual-report.annual-report')
    .findMany({ where: { year, cluster: { name: RECOGNIZED } }, populate: { cluster: true } })) as Array<{ cluster: { name: string }; status: string }>;
  expect(report.cluster.name).toBe(RECOGNIZED);
  expect(report.status).toBe('draft');
});

test('submits the imported annual report, which is re-evaluated against the hard criteria', async () => {
  await page.goto(`${baseUrl}/console/annual-reports`);
  await page.getByRole('row').filter({ hasText: RECOGNIZED }).click();
  await page.waitForURL((url) => /\/console\/annual-reports\/[^/]+\/show$/.test(url.pathname));
  await page.getByRole('button', { name: '报送' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
  // The notice says at once whether the cluster still meets the criteria; the re-evaluation shows below.
  await page.getByText(/^已报送[，：]/).waitFor();
  await page.getByText('已提交', { exact: true }).first().waitFor();
  await screenshot(page, '13-annual-report-submitted', SHOTS);
  const [report] = (await app.strapi.db.query('api::annual-report.annual-report').findMany({ where: { year: new Date().getFullYear() - 1 } })) as Array<{
    status: string;
    submittedAt: string | null;
  }>;
  expect(report.status).toBe('submitted');
  expect(report.submittedAt).toBeTruthy();
  expect(await page.getByRole('button', { name: '报送' }).count()).toBe(0);
});

test('starts the next annual report from the last one: the figures come pre-filled and say from which year', async () => {
  const lastYear = new Date().getFullYear() - 1;
  await page.goto(`${baseUrl}/console/annual-reports/create`);
  await page.getByRole('combobox', { name: '集群', exact: true }).fill('蜡染');
  await page.getByRole('option', { name: RECOGNIZED }).click();
  await page.locator('input[name="year"]').fill(String(lastYear + 1));
  await page.getByText(`已按${lastYear}年度报告预填，请逐项核对并更新为${lastYear + 1}年度的数据。`).waitFor();
  const totalOutput = page.getByTestId('figure-metrics.leadingIndustry.years.2.totalOutput').locator('input');
  expect(await totalOutput.inputValue()).toBe('58.4');
  await totalOutput.fill('61.2');
  await screenshot(page, '14-next-report-prefilled', SHOTS);
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForURL((url) => /\/console\/annual-reports\/[^/]+\/show$/.test(url.pathname));
  const city = await app.login(CITY);
  const [created] = (
    await app
      .as(city)
      .get('/api/console/annual-reports')
      .query({ filter: JSON.stringify({ year: lastYear + 1 }) })
      .expect(200)
  ).body as Array<{ id: string; clusterName: string }>;
  expect(created.clusterName).toBe(RECOGNIZED);
  const report = (await app.as(city).get(`/api/console/annual-reports/${created.id}`).expect(200)).body;
  expect(report.metrics.leadingIndustry.years[2]).toMatchObject({ year: lastYear + 1, totalOutput: 61.2, firmCount: 186 });
  expect(report.metrics.leadingIndustry.years[1]).toMatchObject({ year: lastYear, totalOutput: 58.4 });
});

test('evaluates every application of its filtered list at once and reads what each verdict counts', async () => {
  const city = await app.login(CITY);
  const listed = (await app.as(city).get('/api/console/applications').query({ range: '[0,499]' }).expect(200)).body as Array<{ id: string }>;
  const reportTimes = () =>
    Promise.all(
      listed.map(async ({ id }) => ((await app.as(city).get(`/api/applications/${id}/report`).expect(200)).body as { reportAt: string | null }).reportAt),
    );
  const before = await reportTimes();
  await page.goto(`${baseUrl}/console/applications`);
  await page.getByRole('button', { name: '重新评估筛选结果' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(`全部 ${listed.length} 份申报`).waitFor();
  await dialog.getByRole('button', { name: '确认' }).click();
  const summary = dialog.getByTestId('batch-summary');
  await summary.waitFor();
  // The progress the server streamed ends at every application of the list.
  await dialog.getByTestId('batch-progress').getByText(`已处理 ${listed.length} / ${listed.length}`).waitFor();
  await screenshot(page, '15-evaluated-all', SHOTS);
  const evaluated = Number(/完成 (\d+) 份/.exec(await summary.innerText())?.[1]);
  const refusedList = dialog.getByRole('list', { name: '未处理的申报及原因' });
  const refused = await refusedList.getByRole('listitem').count();
  if (refused) await refusedList.getByText('已作出决定，保留决定所依据的评估报告').first().waitFor();
  expect(evaluated + refused).toBe(listed.length);
  expect(evaluated).toBeGreaterThan(0);
  // Each evaluated application now carries a report dated after the click; the others kept theirs.
  const after = await reportTimes();
  expect(after.filter((time, index) => time !== before[index]).length).toBe(evaluated);
});
