import type { Browser, Page } from 'playwright-core';
import { addDays, addYears, todayInShanghai } from '@sme-cluster/rules';
import { bootApp, DEMO_PASSWORD, type TestApp } from '../helpers/strapi';
import { consoleSession, ensureConsoleBuilt, launchChromium, listen, screenshot } from './helpers/console';
import { openFromList } from './helpers/journey';
import { applicationRow } from './helpers/seed';
import { formTabs } from '../../admin/src/applications/form/formModel';

// A county's jobs after its application exists, in Chromium through the console's screens: answer
// the city's return and submit again, file a major change of its recognized cluster (which its city
// forwards), and request the re-review of a cluster whose recognition is about to expire, which its
// city forwards to the province with its opinion.
jest.setTimeout(600_000);

const SHOTS = 'journey-county';
const RENHUAI = 'county-520382@demo.local';
const ZUNYI = 'city-520300@demo.local';
const GUANSHANHU = 'county-520115@demo.local';
const RETURNED = '中小企业特色产业集群（仁怀市酱香白酒配套产业）';
const RETURN_REASON = '请核对联系人电话，并补充主导产业产值的统计部门证明。';
const RENHUAI_CLUSTER = '中小企业特色产业集群（仁怀市酱香白酒产业）';
const EXPIRING_CLUSTER = '中小企业特色产业集群（观山湖区大数据电子信息产业）';

let app: TestApp;
let baseUrl: string;
let browser: Browser;
let returnedId: string;

beforeAll(async () => {
  ensureConsoleBuilt();
  app = await bootApp();
  // The demo's returned application, with the reason its city gave.
  const returned = (await app.strapi.db.query('api::application.application').findOne({ where: { clusterName: RETURNED } })) as {
    id: number;
    documentId: string;
  };
  await app.strapi.db.query('api::application.application').update({ where: { id: returned.id }, data: { decisionComment: RETURN_REASON } });
  returnedId = returned.documentId;
  // The re-review window (90 days before the end of validity) is open: the cluster's three years end in a month.
  const today = todayInShanghai(new Date());
  await app.strapi.db
    .query('api::cluster.cluster')
    .update({ where: { name: EXPIRING_CLUSTER }, data: { validUntil: addDays(today, 30), recognizedAt: addDays(addYears(today, -3), 30) } });
  baseUrl = await listen(app.strapi.server.httpServer);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const sessionFor = async (email: string): Promise<Page> => (await consoleSession(browser, baseUrl, email, DEMO_PASSWORD)).page;

test('reads why the city returned its application, corrects the form and submits it again', async () => {
  const page = await sessionFor(RENHUAI);
  await openFromList(page, baseUrl, 'applications', RETURNED, returnedId);
  await page
    .getByTestId('decision-reason')
    .filter({ hasText: `退回理由：${RETURN_REASON}` })
    .waitFor();
  await screenshot(page, '01-returned-with-reason', SHOTS);

  await page.getByRole('link', { name: '填写申报表' }).click();
  await page.getByRole('tab', { name: '封面 · 一、基本情况' }).waitFor();
  await page.fill('[name="form.basic.declarant.contactPhone"]', '0851-22236688');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await page.getByText('草稿已保存').waitFor();
  await screenshot(page, '02-corrected', SHOTS);

  await page.goto(`${baseUrl}/console/applications/${returnedId}/show`);
  await page.getByTestId('workflow-actions').getByRole('button', { name: '提交', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
  await page.getByText('已提交', { exact: true }).first().waitFor();
  await screenshot(page, '03-resubmitted', SHOTS);
  const row = await applicationRow(app.strapi, returnedId);
  expect(row.status).toBe('submitted');
  expect(row.contactPhone).toContain('0851-22236688');
});

test('files a major change of its recognized cluster; its city forwards the filing', async () => {
  const page = await sessionFor(RENHUAI);
  await page.goto(`${baseUrl}/console/change-filings`);
  await page.getByRole('link', { name: '新建' }).click();
  await page.getByLabel('集群').click();
  await page.getByRole('option', { name: RENHUAI_CLUSTER }).click();
  await page.getByLabel('变动类型').click();
  await page.getByRole('option', { name: '运营管理机构' }).click();
  await page.getByLabel('变动前').fill('集群运营管理机构：仁怀市名酒工业园区管理委员会');
  await page.getByLabel('变动后').fill('集群运营管理机构：仁怀市酱香酒产业发展中心');
  await page.getByLabel('变动日期').fill(todayInShanghai(new Date()));
  await screenshot(page, '04-change-filing', SHOTS);
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForURL((url) => /\/console\/change-filings\/[^/]+\/show$/.test(url.pathname));
  await page.getByText('已备案', { exact: true }).first().waitFor();
  await screenshot(page, '05-change-filed', SHOTS);
  const filingId = page.url().split('/').slice(-2)[0];
  const filed = (await app.strapi.db.query('api::change-filing.change-filing').findOne({ where: { documentId: filingId }, populate: { cluster: true } })) as {
    status: string;
    kind: string;
    late: boolean;
    cluster: { name: string };
  };
  expect(filed).toMatchObject({ status: 'filed', kind: 'operator', late: false, cluster: { name: RENHUAI_CLUSTER } });

  const city = await sessionFor(ZUNYI);
  await city.goto(`${baseUrl}/console/change-filings/${filingId}/show`);
  await city.getByRole('button', { name: '转报省厅' }).click();
  await city.getByText('已转报', { exact: true }).first().waitFor();
  await screenshot(city, '06-change-forwarded-by-city', SHOTS);
  expect(((await app.strapi.db.query('api::change-filing.change-filing').findOne({ where: { documentId: filingId } })) as { status: string }).status).toBe(
    'forwarded',
  );
});

test('requests the re-review of a cluster inside its window', async () => {
  const page = await sessionFor(GUANSHANHU);
  await page.goto(`${baseUrl}/console/clusters`);
  await page.getByRole('row').filter({ hasText: EXPIRING_CLUSTER }).click();
  await page.getByRole('button', { name: '申请复核' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('集群近三年主导产业持续增长，申请复核。');
  await screenshot(page, '07-renewal-request', SHOTS);
  await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
  await page.getByText('复核中', { exact: true }).first().waitFor();
  await page
    .getByRole('table', { name: '复核（第十七条）' })
    .getByRole('row')
    .filter({ hasText: '待市（州）审核' })
    .filter({ hasText: '集群近三年主导产业持续增长，申请复核。' })
    .waitFor();
  await screenshot(page, '08-renewal-pending', SHOTS);
  const cluster = (await app.strapi.db.query('api::cluster.cluster').findOne({ where: { name: EXPIRING_CLUSTER }, populate: { renewals: true } })) as {
    status: string;
    renewals: Array<{ outcome: string }>;
  };
  expect(cluster.status).toBe('renewal_pending');
  expect(cluster.renewals.map((renewal) => renewal.outcome)).toEqual(['pending']);
});

test("corrects the pre-filled re-review data in the form's own tabs before its city acts", async () => {
  const page = await sessionFor(GUANSHANHU);
  await page.goto(`${baseUrl}/console/clusters`);
  await page.getByRole('row').filter({ hasText: EXPIRING_CLUSTER }).click();
  await page.getByRole('link', { name: '更正复核材料' }).click();
  await page.getByText('复核材料已根据认定时的申报表和历年年度发展情况预填').waitFor();
  // The cover comes from the application that recognized the cluster.
  expect(await page.locator('[name="form.basic.clusterName"]').inputValue()).toBe(EXPIRING_CLUSTER);
  await page
    .getByRole('tab')
    .nth(formTabs.findIndex((tab) => tab.key === 'leadingIndustry'))
    .click();
  const lastYearOutput = page.locator('[name="form.leadingIndustry.years.2.totalOutput"]');
  // The last year came pre-filled from the cluster's annual report; the county corrects it.
  expect(await lastYearOutput.inputValue()).not.toBe('');
  await lastYearOutput.fill('61.25');
  await screenshot(page, '08b-renewal-data-corrected', SHOTS);
  await page.getByRole('button', { name: '保存复核材料' }).click();
  await page.getByText('复核材料已保存，规则核验结果已更新。').waitFor();
  await page.getByRole('table', { name: '复核（第十七条）' }).waitFor();
  const cluster = (await app.strapi.db.query('api::cluster.cluster').findOne({ where: { name: EXPIRING_CLUSTER }, populate: { renewals: true } })) as {
    renewals: Array<{ outcome: string; data: { form: { basic: { clusterName: string }; leadingIndustry: { years: Array<{ totalOutput: number }> } } } }>;
  };
  expect(cluster.renewals[0].outcome).toBe('pending');
  expect(cluster.renewals[0].data.form.basic.clusterName).toBe(EXPIRING_CLUSTER);
  expect(cluster.renewals[0].data.form.leadingIndustry.years[2].totalOutput).toBe(61.25);
  const events = (await app.strapi.db.query('api::audit-event.audit-event').findMany({ where: { action: 'amendRenewal' } })) as Array<{
    details: { sections: string[] };
  }>;
  // Only the corrected section is on record as changed.
  expect(events.map((event) => event.details.sections)).toEqual([['leadingIndustry']]);
});

test("its city reads the request and forwards it to the province with the city's opinion (Art. 17)", async () => {
  const page = await sessionFor('city-520100@demo.local');
  await page.goto(`${baseUrl}/console/clusters`);
  await page.getByRole('row').filter({ hasText: EXPIRING_CLUSTER }).click();
  const renewals = page.getByRole('table', { name: '复核（第十七条）' });
  await renewals.getByRole('row').filter({ hasText: '待市（州）审核' }).filter({ hasText: '集群近三年主导产业持续增长，申请复核。' }).waitFor();
  await page.getByRole('button', { name: '审核转报省厅' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('经审核，该集群主导产业持续增长，同意转报省厅复核。');
  await screenshot(page, '09-renewal-city-opinion', SHOTS);
  await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
  await renewals.getByRole('row').filter({ hasText: '待省级审核' }).filter({ hasText: '经审核，该集群主导产业持续增长，同意转报省厅复核。' }).waitFor();
  await screenshot(page, '10-renewal-forwarded', SHOTS);
  // Forwarded, the request waits on the province: the city has nothing more to do with it.
  expect(await page.getByRole('button', { name: '审核转报省厅' }).count()).toBe(0);
  const cluster = (await app.strapi.db.query('api::cluster.cluster').findOne({ where: { name: EXPIRING_CLUSTER }, populate: { renewals: true } })) as {
    status: string;
    renewals: Array<{ outcome: string; cityOpinion: string }>;
  };
  expect(cluster.status).toBe('renewal_pending');
  expect(cluster.renewals).toEqual([expect.objectContaining({ outcome: 'forwarded', cityOpinion: '经审核，该集群主导产业持续增长，同意转报省厅复核。' })]);
});
