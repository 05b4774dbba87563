import fs from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { addDays, personName, todayInShanghai } from '@sme-cluster/rules';
import { bootApp, DEMO_PASSWORD, type TestApp } from '../helpers/strapi';
import { consoleSession, ensureConsoleBuilt, launchChromium, listen, screenshot } from './helpers/console';
import { decide, openFromList } from './helpers/journey';
import { applicationRow, assignExpert, expertAccount, seedApplication } from './helpers/seed';

// The province's whole job in Chromium, only through the console's screens: start the provincial
// review, assign experts, rank, shortlist, open the 公示, register an objection, recognize, publish
// the recognized list, revoke a cluster on an Art. 20 ground, dry-run a job, export, and decide the
// revocation proposals the sweeps put on record.
jest.setTimeout(600_000);

const PROVINCE = 'province@demo.local';
const SHOTS = 'journey-province';
const RECOMMENDED = '中小企业特色产业集群（碧江区锰基新材料产业）';
const RANKED_FIRST = '中小企业特色产业集群（观山湖区智能制造产业）';
const RANKED_SECOND = '中小企业特色产业集群（观山湖区软件信息服务产业）';
const NOTICE_ENDED = '中小企业特色产业集群（观山湖区数字内容产业）';
const TO_REVOKE = '中小企业特色产业集群（仁怀市酱香白酒产业）';
const RENEWAL_PENDING = '中小企业特色产业集群（凯里市特色食品产业）';
const CHANGED = '中小企业特色产业集群（观山湖区大数据电子信息产业）';
// A lenient expert scored three candidates only, a strict one two others (rules/src/fair-scores.test.ts tells the same story):
// by the plain mean the strict expert's best candidate is 6th, by per-expert z-scores 3rd; the lenient one's last falls from 4th to 7th.
const LENIENT = [
  ['中小企业特色产业集群（观山湖区绿色食品产业）', 85],
  ['中小企业特色产业集群（观山湖区生物医药产业）', 84],
  ['中小企业特色产业集群（观山湖区现代物流产业）', 83],
] as const;
const STRICT = [
  ['中小企业特色产业集群（观山湖区新型建材产业）', 60],
  ['中小企业特色产业集群（观山湖区文化旅游产业）', 40],
] as const;
const MOVERS = [STRICT[0][0], LENIENT[2][0]];
let filingId: string;
const CRITERIA = ['leadingIndustry', 'qualitySmes', 'supplyChain', 'innovation', 'digital', 'green', 'openness', 'governance'];

let app: TestApp;
let baseUrl: string;
let browser: Browser;
let page: Page;
const ids: Record<string, string> = {};

/** A submitted sheet giving every criterion the same score, so its weighted score is that score. */
const sheetOf = (score: number) => ({ scores: CRITERIA.map((criterionKey) => ({ criterionKey, score, comment: '材料翔实。' })), weightedScore: score });

beforeAll(async () => {
  ensureConsoleBuilt();
  app = await bootApp();
  ids[RECOMMENDED] = (
    (await app.strapi.db.query('api::application.application').findOne({ where: { clusterName: RECOMMENDED } })) as { documentId: string }
  ).documentId;
  // Two candidates in province review, each scored by both experts.
  for (const [name, scores] of [
    [RANKED_FIRST, [88, 86]],
    [RANKED_SECOND, [71, 69]],
  ] as const) {
    ids[name] = await seedApplication(app.strapi, { example: 'eligible', status: 'province_review', clusterName: name });
    await assignExpert(app.strapi, ids[name], 'expert1@demo.local', sheetOf(scores[0]));
    await assignExpert(app.strapi, ids[name], 'expert2@demo.local', sheetOf(scores[1]));
  }
  const lenient = await expertAccount(app.strapi, 'expert-lenient', '贵州师范大学', DEMO_PASSWORD);
  const strict = await expertAccount(app.strapi, 'expert-strict', '贵州财经大学', DEMO_PASSWORD);
  // An expert of 铜仁市, the prefecture of the recommended application: never offered it.
  await expertAccount(app.strapi, 'expert-tongren', '铜仁学院', DEMO_PASSWORD, ['520600']);
  for (const [expert, scored] of [
    [lenient, LENIENT],
    [strict, STRICT],
  ] as const) {
    for (const [name, score] of scored) {
      ids[name] = await seedApplication(app.strapi, { example: 'eligible', status: 'province_review', clusterName: name });
      await assignExpert(app.strapi, ids[name], expert, sheetOf(score));
    }
  }
  // Changed a month ago: the list's first page (latest changes first) keeps the applications this journey opens.
  await app.strapi.db
    .connection('applications')
    .whereIn(
      'document_id',
      [...LENIENT, ...STRICT].map(([name]) => ids[name]),
    )
    .update({ updated_at: new Date(Date.now() - 30 * 86_400_000) });
  // A 公示 that ended yesterday, without objection: ready to recognize.
  const today = todayInShanghai(new Date());
  ids[NOTICE_ENDED] = await seedApplication(app.strapi, {
    example: 'eligible',
    status: 'public_notice',
    clusterName: NOTICE_ENDED,
    fields: { publicNoticeStartsOn: addDays(today, -8), publicNoticeEndsOn: addDays(today, -1) },
  });
  // The demo's cluster in re-review, with the request its county made and its city forwarded.
  const pending = (await app.strapi.db.query('api::cluster.cluster').findOne({ where: { name: RENEWAL_PENDING } })) as {
    documentId: string;
    validUntil: string;
  };
  await app.strapi.documents('api::cluster.cluster').update({
    documentId: pending.documentId,
    data: {
      renewals: [
        {
          requestedOn: addDays(today, -10),
          forwardedOn: addDays(today, -4),
          cityOpinion: '经审核，同意转报省厅复核。',
          outcome: 'forwarded',
          previousValidUntil: pending.validUntil,
          effective: false,
          comment: '集群发展良好，申请复核。',
        },
      ],
    } as never,
  });
  // A change filing its city forwarded.
  const changed = (await app.strapi.db.query('api::cluster.cluster').findOne({ where: { name: CHANGED } })) as { documentId: string };
  filingId = (
    await app.strapi.documents('api::change-filing.change-filing').create({
      data: {
        cluster: changed.documentId,
        kind: 'spatial_scope',
        before: '规划面积42.3平方公里',
        after: '规划面积48.6平方公里',
        changedOn: addDays(today, -12),
        filedOn: addDays(today, -5),
        status: 'forwarded',
        forwardedAt: new Date().toISOString(),
      } as never,
    })
  ).documentId;
  baseUrl = await listen(app.strapi.server.httpServer);
  browser = await launchChromium();
  page = (await consoleSession(browser, baseUrl, PROVINCE, DEMO_PASSWORD)).page;
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const openApplication = (name: string) => openFromList(page, baseUrl, 'applications', name, ids[name]);

const statusShown = (label: string) => page.getByText(label, { exact: true }).first().waitFor();

test('starts the provincial review of a recommended application and assigns two experts', async () => {
  await openApplication(RECOMMENDED);
  await decide(page, '开始省级评审');
  await statusShown('省级评审');
  await screenshot(page, '01-province-review-started', SHOTS);

  await page.getByRole('button', { name: '指派专家' }).click();
  const dialog = page.getByRole('dialog');
  const tied = dialog.getByRole('listitem').filter({ hasText: 'expert-tongren@demo.local' });
  await tied.getByText('存在关联，不予推荐：专家与申报市（州）有关联').waitFor();
  expect(await tied.getByRole('button', { name: '指派', exact: true }).count()).toBe(0);
  await tied.getByRole('button', { name: '例外指派' }).waitFor();
  for (const expert of ['expert1@demo.local', 'expert2@demo.local']) {
    const item = dialog.getByRole('listitem').filter({ hasText: expert });
    await item.getByRole('button', { name: '指派' }).click();
    await item.getByText('已指派').waitFor();
  }
  await screenshot(page, '02-experts-assigned', SHOTS);
  await dialog.getByRole('button', { name: '关闭' }).click();
  const sheets = (await app.strapi.db.query('api::expert-review.expert-review').findMany({
    where: { application: { documentId: ids[RECOMMENDED] } },
    populate: { expert: true },
  })) as Array<{ expert: { email: string } }>;
  expect(sheets.map((sheet) => sheet.expert.email).sort()).toEqual(['expert1@demo.local', 'expert2@demo.local']);
});

test('assigns two experts to every application of the call in province review in one step', async () => {
  const inReview = (await app.strapi.db.query('api::application.application').findMany({
    where: { status: 'province_review' },
    populate: { expertReviews: true },
  })) as Array<{ documentId: string; expertReviews: unknown[] }>;
  const missing = inReview.reduce((sum, application) => sum + Math.max(0, 2 - application.expertReviews.length), 0);
  expect(missing).toBeGreaterThan(0);
  await page.goto(`${baseUrl}/console/applications`);
  await page.getByRole('button', { name: '一键指派专家' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('每个申报的专家人数').fill('2');
  await dialog.getByRole('button', { name: '开始指派' }).click();
  await dialog.getByText(`已指派 ${missing} 份评分表。`).waitFor();
  await dialog.getByRole('list', { name: '指派结果' }).getByText(STRICT[1][0]).waitFor();
  await screenshot(page, '02b-assigned-in-one-step', SHOTS);
  await dialog.getByRole('button', { name: '关闭' }).click();
  for (const application of inReview) {
    expect(await app.strapi.db.query('api::expert-review.expert-review').count({ where: { application: { documentId: application.documentId } } })).toBe(
      Math.max(2, application.expertReviews.length),
    );
  }
});

test('ranks the candidates under the three methods side by side and marks those whose rank depends on the method', async () => {
  await page.goto(`${baseUrl}/console`);
  await page
    .getByRole('menuitem', { name: '专家评审排名' })
    .or(page.getByRole('link', { name: '专家评审排名' }))
    .first()
    .click();
  const table = page.getByRole('table', { name: '专家评审排名' });
  await table.waitFor();
  const rows = table.getByRole('row');
  await rows.filter({ hasText: RANKED_SECOND }).waitFor();
  const texts = await rows.allTextContents();
  const first = texts.findIndex((text) => text.includes(RANKED_FIRST));
  const second = texts.findIndex((text) => text.includes(RANKED_SECOND));
  expect(first).toBeGreaterThan(0);
  expect(second).toBeGreaterThan(first);
  expect(texts[first]).toContain('87.00');
  expect(texts[second]).toContain('70.00');
  // The three methods side by side, the call's own first; the candidates whose rank depends on the method marked.
  const header = texts.slice(0, 2).join(' ');
  for (const method of ['加权平均分（采用）', '去掉最高分和最低分后的平均分', '专家标准分（Z分数）']) expect(header).toContain(method);
  for (const name of MOVERS) await rows.filter({ hasText: name }).getByText('名次变动≥3').waitFor();
  const marked = await rows.filter({ hasText: '名次变动≥3' }).allTextContents();
  expect(marked).toHaveLength(MOVERS.length);
  expect(texts[first]).toContain('1.000');
  await page.getByText('同分时依次比较').waitFor();
  await screenshot(page, '03-ranking', SHOTS);
});

test('shortlists the first, opens its 公示, and registers an objection raised during it', async () => {
  await page.getByRole('table', { name: '专家评审排名' }).getByRole('link', { name: RANKED_FIRST }).click();
  await page.waitForURL(new RegExp(`/console/applications/${ids[RANKED_FIRST]}/show`));
  await decide(page, '拟入选');
  await statusShown('拟入选');
  await screenshot(page, '04-shortlisted', SHOTS);

  const openedOn = todayInShanghai(new Date());
  await decide(page, '开始公示');
  await statusShown('公示中');
  const opened = await applicationRow(app.strapi, ids[RANKED_FIRST]);
  expect(opened.status).toBe('public_notice');
  // The 公示 runs over working days from the day it opens, or the next working day; the console shows its period.
  expect(String(opened.publicNoticeStartsOn)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(String(opened.publicNoticeStartsOn) >= openedOn).toBe(true);
  await page.getByTestId('public-notice-period').filter({ hasText: '公示期：' }).waitFor();
  await screenshot(page, '05-public-notice', SHOTS);

  await decide(page, '登记异议', '收到实名异议：集群内企业数量统计口径存疑，需核实。');
  await statusShown('省级评审');
  await page.getByTestId('objection-open').filter({ hasText: '集群内企业数量统计口径存疑' }).waitFor();
  await screenshot(page, '06-objection', SHOTS);
  const objected = await applicationRow(app.strapi, ids[RANKED_FIRST]);
  expect(objected.status).toBe('province_review');
  expect(objected.objectionOpen).toBe(true);
  expect(objected.decisionComment).toBe('收到实名异议：集群内企业数量统计口径存疑，需核实。');
});

test('recognizes an application whose 公示 has ended; the cluster exists', async () => {
  await openApplication(NOTICE_ENDED);
  await decide(page, '认定');
  await statusShown('已认定');
  await screenshot(page, '07-recognized', SHOTS);
  const cluster = (await app.strapi.db.query('api::cluster.cluster').findOne({ where: { name: NOTICE_ENDED } })) as {
    status: string;
    validUntil: string;
  } | null;
  expect(cluster?.status).toBe('recognized');
});

test('marks the recognized application 拟推荐国家级, within the national quota', async () => {
  await openApplication(NOTICE_ENDED);
  await decide(page, '拟推荐国家级');
  await page.getByTestId('workflow-actions').getByRole('button', { name: '取消拟推荐国家级', exact: true }).waitFor();
  await screenshot(page, '07b-national', SHOTS);
  expect(Boolean((await applicationRow(app.strapi, ids[NOTICE_ENDED])).nationalRecommended)).toBe(true);
});

test('publishes a recognized list naming the new cluster', async () => {
  const year = new Date().getFullYear();
  await page.goto(`${baseUrl}/console/recognized-lists`);
  await page.getByRole('link', { name: '新建' }).click();
  await page.getByLabel('年度').fill(String(year));
  await page.getByLabel('标题').fill(`${year}年贵州省中小企业特色产业集群认定名单`);
  await page.getByLabel('文号').fill(`黔工信中小〔${year}〕30号`);
  await page.getByLabel('集群').click();
  await page.getByRole('option', { name: NOTICE_ENDED }).click();
  await screenshot(page, '08-list-create', SHOTS);
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForURL((url) => /\/console\/recognized-lists\/[^/]+\/show$/.test(url.pathname));
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByRole('button', { name: '撤回发布' }).waitFor();
  await screenshot(page, '09-list-published', SHOTS);
  const listId = page.url().split('/').slice(-2)[0];
  const published = (await app.http.get(`/api/public/recognized-lists/${listId}`).expect(200)).body;
  expect(JSON.stringify(published)).toContain(NOTICE_ENDED);
});

test('revokes a cluster on an Art. 20 ground with its reason', async () => {
  await page.goto(`${baseUrl}/console/clusters`);
  await page.getByRole('row').filter({ hasText: TO_REVOKE }).click();
  await page.getByRole('button', { name: '撤销认定' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('撤销情形（第二十条）').click();
  await page.getByRole('option', { name: '发生重大事故或失信行为' }).click();
  await dialog.getByRole('textbox', { name: '理由' }).fill('园区内企业发生较大安全生产事故，经核实予以撤销。');
  await screenshot(page, '10-revoke-dialog', SHOTS);
  await dialog.getByRole('button', { name: '确认' }).click();
  await page.getByText('已撤销', { exact: true }).first().waitFor();
  await screenshot(page, '11-revoked', SHOTS);
  const cluster = (await app.strapi.db.query('api::cluster.cluster').findOne({ where: { name: TO_REVOKE } })) as { status: string; revocationGround: string };
  expect(cluster.status).toBe('revoked');
  expect(cluster.revocationGround).toBe('incident');
});

test('approves a re-review after reading the request', async () => {
  await page.goto(`${baseUrl}/console/clusters`);
  await page.getByRole('row').filter({ hasText: RENEWAL_PENDING }).click();
  const renewals = page.getByRole('table', { name: '复核（第十七条）' });
  await renewals.getByRole('row').filter({ hasText: '待省级审核' }).filter({ hasText: '集群发展良好，申请复核。' }).waitFor();
  await page.getByRole('button', { name: '复核通过' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('经复核，仍符合认定标准。');
  await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
  await renewals.getByRole('row').filter({ hasText: '复核通过' }).filter({ hasText: '经复核，仍符合认定标准。' }).waitFor();
  await screenshot(page, '12-renewal-approved', SHOTS);
  const cluster = (await app.strapi.db.query('api::cluster.cluster').findOne({ where: { name: RENEWAL_PENDING }, populate: { renewals: true } })) as {
    status: string;
    renewals: Array<{ outcome: string; newValidUntil: string }>;
  };
  expect(cluster.status).toBe('recognized');
  expect(cluster.renewals.map((renewal) => renewal.outcome)).toEqual(['approved']);
});

test('acknowledges a change filing its city forwarded', async () => {
  await openFromList(page, baseUrl, 'change-filings', CHANGED, filingId);
  await page.getByRole('button', { name: '确认收悉' }).click();
  await page.getByText('已确认收悉').waitFor();
  await page.getByText('已收悉', { exact: true }).first().waitFor();
  await screenshot(page, '13-change-acknowledged', SHOTS);
  expect(((await app.strapi.db.query('api::change-filing.change-filing').findOne({ where: { documentId: filingId } })) as { status: string }).status).toBe(
    'acknowledged',
  );
});

test('dry-runs a scheduled job, reads what it would change, and nothing changes', async () => {
  // The demo's clusters carry the reports they owe; this one's report for last year is taken away.
  const changed = (await app.strapi.db.query('api::cluster.cluster').findOne({ where: { name: CHANGED } })) as { id: number };
  await app.strapi.db.query('api::annual-report.annual-report').deleteMany({ where: { cluster: changed.id, year: new Date().getFullYear() - 1 } });
  const clustersBefore = await app.strapi.db.query('api::cluster.cluster').findMany({ orderBy: { id: 'asc' } });
  await page.goto(`${baseUrl}/console/job-runs`);
  await page.getByLabel('要运行的任务').click();
  await page.getByRole('option', { name: '年度报告检查' }).click();
  await page.getByRole('button', { name: '试运行' }).click();
  await page.getByText('任务已运行，见新记录。').waitFor();
  // The run's row opens on what the sweep would do: propose revoking a recognized cluster without last
  // year's report (the province decides; the sweep revokes nothing).
  await page.getByRole('row').filter({ hasText: '年度报告检查' }).first().click();
  const wouldChange = page.getByRole('table', { name: '试运行：将发生的变更' });
  const row = wouldChange.getByRole('row').filter({ hasText: CHANGED });
  await row.waitFor();
  expect(await row.textContent()).toContain('建议撤销：第二十条（三）');
  expect(await row.textContent()).not.toContain('已撤销');
  await page.locator('.MuiCollapse-entered').first().waitFor();
  await screenshot(page, '14-job-dry-run', SHOTS);
  const [run] = (await app.strapi.db.query('api::job-run.job-run').findMany({ orderBy: { id: 'desc' }, limit: 1 })) as Array<{ job: string; dryRun: boolean }>;
  expect(run).toMatchObject({ job: 'annual_report_sweep', dryRun: true });
  expect(await app.strapi.db.query('api::cluster.cluster').findMany({ orderBy: { id: 'asc' } })).toEqual(clustersBefore);
});

test('reopens a submitted score sheet from the list of sheets, with its reason on the trail', async () => {
  await page.goto(`${baseUrl}/console/expert-reviews`);
  await page.getByPlaceholder('检索').fill('软件信息服务');
  const expert1 = await app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { email: 'expert1@demo.local' } });
  const row = page
    .getByRole('row')
    .filter({ hasText: RANKED_SECOND })
    .filter({ hasText: personName(expert1)! });
  await row.getByRole('button', { name: '重新开放评分表' }).click();
  await row.getByLabel('重新开放理由').fill('评语与分值不一致，请复核后重新提交。');
  await row.getByRole('button', { name: '确认重新开放' }).click();
  await page.getByText('评分表已重新开放，专家可修改后再次提交。').waitFor();
  await screenshot(page, '03b-sheet-reopened', SHOTS);
  const [sheet] = (await app.strapi.db.query('api::expert-review.expert-review').findMany({
    where: { application: { documentId: ids[RANKED_SECOND] }, expert: { email: 'expert1@demo.local' } },
  })) as Array<{ documentId: string; submitted: boolean }>;
  expect(sheet.submitted).toBe(false);
  const [event] = (await app.strapi.db.query('api::audit-event.audit-event').findMany({ where: { subjectId: sheet.documentId, action: 'reopen' } })) as Array<{
    comment: string;
    toState: string;
  }>;
  expect(event).toMatchObject({ comment: '评语与分值不一致，请复核后重新提交。', toState: 'scoring' });
});

test('exports the applications (.xlsx) and the recommendation package (.zip)', async () => {
  await page.goto(`${baseUrl}/console/applications`);
  await page.getByRole('row').filter({ hasText: RECOMMENDED }).waitFor();
  const total = (
    (
      await app
        .as(await app.login('province@demo.local'))
        .get('/api/console/applications')
        .query({ range: '[0,499]' })
        .expect(200)
    ).body as unknown[]
  ).length;
  await page.getByRole('button', { name: '导出' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(`全部 ${total} 份申报`).waitFor();
  const [sheet] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '确认' }).click()]);
  expect(sheet.suggestedFilename()).toBe('申报汇总.xlsx');
  // Every row of the list, every page, with the progress the server streamed and the summary.
  await dialog.getByTestId('batch-progress').getByText(`已处理 ${total} / ${total}`).waitFor();
  await dialog.getByTestId('batch-summary').getByText(`完成 ${total} 份： 已导出 ${total}`).waitFor();
  await screenshot(page, '15a-export-progress', SHOTS);
  await dialog.getByRole('button', { name: '关闭' }).click();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await sheet.path());
  const exported = book.worksheets[0].getColumn(2).values.map(String);
  expect(exported).toEqual(expect.arrayContaining([RECOMMENDED, RANKED_FIRST, NOTICE_ENDED]));

  const [archive] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载推荐材料包' }).click()]);
  const year = new Date().getFullYear();
  expect(archive.suggestedFilename()).toBe(`${year}年推荐材料.zip`);
  const zip = await JSZip.loadAsync(fs.readFileSync(await archive.path()));
  expect(Object.keys(zip.files)).toContain(`${year}年推荐汇总表.xlsx`);
  // The package holds exactly what the province marked: the application recognized above.
  expect(Object.keys(zip.files).filter((name) => name.endsWith('.pdf'))).toEqual([`01-${NOTICE_ENDED}.pdf`]);
  await screenshot(page, '15-exports', SHOTS);
});

test('marks ticked rows 拟推荐国家级 at once and reads why each one was refused', async () => {
  await page.goto(`${baseUrl}/console/applications`);
  const row = (name: string) => page.getByRole('row').filter({ hasText: name });
  await row(NOTICE_ENDED).getByRole('checkbox').check();
  await row(RECOMMENDED).getByRole('checkbox').check();
  await page.getByRole('button', { name: '标记拟推荐国家级', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('将把 2 份申报逐份标记为拟推荐国家级').waitFor();
  await dialog.getByRole('button', { name: '确认' }).click();
  await dialog.getByTestId('batch-progress').getByText('已处理 2 / 2').waitFor();
  await dialog.getByTestId('batch-summary').getByText('完成 0 份：').waitFor();
  const refused = dialog.getByRole('list', { name: '未处理的申报及原因' });
  // The one marked before keeps its mark; the one not yet recognized cannot take one.
  await refused.getByRole('listitem').filter({ hasText: NOTICE_ENDED }).getByText('该申报已标记为拟推荐国家级').waitFor();
  await refused.getByRole('listitem').filter({ hasText: RECOMMENDED }).getByText('不能执行此操作').waitFor();
  await screenshot(page, '15b-national-batch', SHOTS);
  await dialog.getByRole('button', { name: '关闭' }).click();
  const marks = (await app.strapi.db.query('api::application.application').findMany({
    where: { clusterName: { $in: [NOTICE_ENDED, RECOMMENDED] } },
    select: ['clusterName', 'nationalRecommended'],
  })) as Array<{ clusterName: string; nationalRecommended: boolean }>;
  expect(Object.fromEntries(marks.map((a) => [a.clusterName, a.nationalRecommended]))).toEqual({ [NOTICE_ENDED]: true, [RECOMMENDED]: false });
});

test('decides revocation proposals: dismisses one from the list and confirms another on its page; only the confirmed cluster is revoked', async () => {
  // Two proposals, as the annual-report sweep and a failing annual report put them on record.
  const propose = async (name: string, ground: string, note: string) => {
    const cluster = (await app.strapi.db.query('api::cluster.cluster').findOne({ where: { name } })) as { documentId: string };
    return (
      await app.strapi.documents('api::revocation-ground.revocation-ground').create({
        data: {
          cluster: cluster.documentId,
          ground,
          source: 'annual_report',
          sourceId: '2025',
          note,
          recordedAt: new Date().toISOString(),
          status: 'proposed',
        } as never,
      })
    ).documentId;
  };
  const toDismiss = await propose(RENEWAL_PENDING, 'no_longer_meets_criteria', '2025年度集群总产值低于认定标准');
  const toConfirm = await propose(CHANGED, 'annual_report_missing', '2025年度发展情况未在 2026-03-10 前报送');

  await page.goto(`${baseUrl}/console/revocation-grounds`);
  const row = (name: string) => page.getByRole('row').filter({ hasText: name });
  await row(RENEWAL_PENDING).waitFor();
  await screenshot(page, '20-revocation-proposals', SHOTS);
  await row(RENEWAL_PENDING).getByRole('checkbox').check();
  await page.getByRole('button', { name: '不予撤销' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('经核查，该集群2025年度产值统计口径有误，已更正，不予撤销。');
  await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
  await page.getByText('已处理 1 项，未处理 0 项。').waitFor();
  await row(RENEWAL_PENDING).waitFor({ state: 'detached' });

  await row(CHANGED).click();
  await page.waitForURL(new RegExp(`/console/revocation-grounds/${toConfirm}/show`));
  await page.getByRole('button', { name: '确认撤销' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('经核实，未按要求报送2025年度发展情况，予以撤销。');
  await screenshot(page, '21-confirm-revocation', SHOTS);
  await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
  await page.getByText('已确认撤销', { exact: true }).first().waitFor();
  await screenshot(page, '22-revocation-confirmed', SHOTS);

  const clusterOf = async (name: string) =>
    (await app.strapi.db.query('api::cluster.cluster').findOne({ where: { name } })) as { status: string; revocationGround: string | null };
  expect(await clusterOf(CHANGED)).toMatchObject({ status: 'revoked', revocationGround: 'annual_report_missing' });
  expect((await clusterOf(RENEWAL_PENDING)).status).toBe('recognized');
  const statusOf = async (documentId: string) =>
    ((await app.strapi.db.query('api::revocation-ground.revocation-ground').findOne({ where: { documentId } })) as { status: string }).status;
  expect([await statusOf(toDismiss), await statusOf(toConfirm)]).toEqual(['dismissed', 'confirmed']);
});

test('the county of the revoked cluster sees the notice in its app bar and opens the cluster from it', async () => {
  const county = (await consoleSession(browser, baseUrl, 'county-520115@demo.local', DEMO_PASSWORD)).page;
  // The count is asked once the screen is up: the bell shows 0 until it answers.
  const bell = county.getByRole('link', { name: /^[1-9]\d* 条未读消息$/ });
  await bell.waitFor();
  expect(Number(await bell.locator('.MuiBadge-badge').textContent())).toBeGreaterThanOrEqual(1);
  await bell.click();
  await county.waitForURL(/\/console\/notifications/);
  const notice = county.getByRole('row').filter({ hasText: `集群认定已撤销：${CHANGED}` });
  await notice.waitFor();
  await screenshot(county, '23-county-notice', SHOTS);
  await notice.getByRole('button', { name: '查看相关记录' }).click();
  await county.waitForURL(/\/console\/clusters\/[^/]+\/show/);
  await county.getByText('已撤销', { exact: true }).first().waitFor();
  const [read] = (await app.strapi.db.query('api::notification.notification').findMany({
    where: { kind: 'cluster_revoked', recipient: { email: 'county-520115@demo.local' } },
  })) as Array<{ readAt: string | null }>;
  expect(read.readAt).not.toBeNull();
  await county.context().close();
});
