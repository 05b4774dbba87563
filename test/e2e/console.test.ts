import fs from 'fs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { bootApp, DEMO_PASSWORD, type TestApp } from '../helpers/strapi';
import { consoleSession, ensureConsoleBuilt, launchChromium, listen, screenshot } from './helpers/console';

// The cycle of one application through the console in a real Chromium: a county fills and
// submits, its city evaluates and recommends, the province sees the recommendation.
jest.setTimeout(600_000);

const example = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'rules', 'examples', 'eligible.json'), 'utf8'));
const CLUSTER = '中小企业特色产业集群（观山湖区智能终端产业）';
const COUNTY = 'county-520115@demo.local';
const CITY = 'city-520100@demo.local';
const PROVINCE = 'province@demo.local';

let app: TestApp;
let baseUrl: string;
let browser: Browser;
let applicationId: string;
let uploadedFileId: number;

beforeAll(async () => {
    ensureConsoleBuilt();
    app = await bootApp();
    baseUrl = await listen(app.strapi.server.httpServer);
    browser = await launchChromium();
});

afterAll(async () => {
    await browser?.close();
    await app?.stop();
});

const sessionFor = (email: string) => consoleSession(browser, baseUrl, email, DEMO_PASSWORD);

/** Points every file reference of the example at the evidence this test uploaded. */
function withUploadedFile(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(item => (item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'number' ? { id: uploadedFileId } : withUploadedFile(item)));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withUploadedFile(inner)]));
    return value;
}

describe('the staff console in Chromium', () => {
    test('a county declarant creates an application, fills and saves a draft, uploads evidence and submits', async () => {
        const { context, page } = await sessionFor(COUNTY);
        // The dashboard's charts (a lazily loaded chunk) draw this year's applications.
        await page.getByText('申报按状态').waitFor();
        await page.locator('.recharts-bar-rectangle').first().waitFor();
        await screenshot(page, '01-county-dashboard');

        await page.goto(`${baseUrl}/console/applications/create`);
        await page.getByLabel('申报通知').click();
        await page.getByRole('option').first().click();
        await page.getByLabel('集群名称').fill(CLUSTER);
        await screenshot(page, '02-county-create');
        await page.getByRole('button', { name: '保存' }).click();
        // The create page's own URL matches /applications/<x> too: wait until the saved record's replaces it.
        await page.waitForURL(url => /\/console\/applications\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/create'));
        applicationId = page.url().split('/').pop()!;
        const jwt = await page.evaluate(() => localStorage.getItem('sme-console.jwt'));
        const created = await app.as(jwt!).get(`/api/console/applications/${applicationId}`).expect(200);
        const callYear: number = created.body.callYear;

        // 封面 · 一: the tab the form opens on; its cover region is the county itself.
        await page.getByRole('tab', { name: '封面 · 一、基本情况' }).waitFor();
        await page.fill('[name="form.basic.declarant.contactName"]', '王敏');
        await page.fill('[name="form.basic.declarant.contactPhone"]', '0851-84813216');
        await page.fill('[name="form.basic.areaKm2"]', '12.5');

        // 二: the year table prints the three years before the call year.
        await page.getByRole('tab', { name: '二、主导产业' }).click();
        const table = page.getByRole('table', { name: '主导产业情况（近三年）' });
        await expectText(table.getByRole('columnheader'), [`${callYear - 3}年`, `${callYear - 2}年`, `${callYear - 1}年`]);
        for (const [index, value] of ['28.6', '31.2', '35.8'].entries()) {
            await page.fill(`[name="form.leadingIndustry.years.${index}.totalOutput"]`, value);
        }
        // A narrative over 200 characters: the counter turns red and the shared message shows.
        const narrative = page.locator('[name="form.leadingIndustry.chainCultivation"]');
        await narrative.fill('链'.repeat(201));
        await page.getByText('最多200字（现有201字，换行不计）').waitFor();
        await screenshot(page, '03-county-form-section2-too-long');
        await narrative.fill('围绕智能终端整机及零部件开展延链补链招商，引进配套企业12家。');

        // Evidence for a ticked item: uploaded through Strapi's upload, referenced by id.
        await page.getByLabel('建立共享车间、共享工厂').check();
        await page.locator('label[aria-label="上传：建立共享车间、共享工厂"] input[type="file"]').setInputFiles({
            name: '共享车间建设证明.pdf',
            mimeType: 'application/pdf',
            buffer: Buffer.from('%PDF-1.4\n% evidence\n'),
        });
        await page.getByRole('button', { name: '共享车间建设证明.pdf' }).or(page.getByText('共享车间建设证明.pdf')).first().waitFor();
        await page.getByRole('button', { name: '保存草稿' }).click();
        await page.getByText('草稿已保存').waitFor();
        await screenshot(page, '04-county-draft-saved-with-evidence');

        const saved = await app.as(jwt!).get(`/api/console/applications/${applicationId}`).expect(200);
        expect(saved.body.form.basic.declarant.contactName).toBe('王敏');
        expect(saved.body.form.leadingIndustry.years.map((row: { totalOutput: number }) => row.totalOutput)).toEqual([28.6, 31.2, 35.8]);
        const evidence = saved.body.form.leadingIndustry.sharingWork.sharedFactories;
        expect(evidence.checked).toBe(true);
        expect(evidence.evidence).toHaveLength(1);
        uploadedFileId = evidence.evidence[0].id;

        // The rest of the 163 fields come from the eligible example (typing them all would only
        // slow the test down), saved through the same draft endpoint the form uses.
        const rest = withUploadedFile({ ...example.form, basic: { ...example.form.basic, clusterName: CLUSTER } }) as Record<string, unknown>;
        delete rest.recommendation;
        await app.as(jwt!).put(`/api/console/applications/${applicationId}`).send({ form: rest, version: saved.body.version }).expect(200);

        await page.goto(`${baseUrl}/console/applications/${applicationId}/show`);
        await page.getByRole('button', { name: '提交' }).click();
        await page.getByRole('dialog').waitFor();
        await screenshot(page, '05-county-submit-dialog');
        await page.getByRole('button', { name: '确认' }).click();
        await page.getByText('已提交', { exact: true }).first().waitFor();
        await expectNoButton(page, '提交');
        await screenshot(page, '06-county-submitted');
        await context.close();
    });

    test('the city reviewer starts the review, writes its opinion, evaluates and recommends', async () => {
        const { context, page } = await sessionFor(CITY);
        await page.goto(`${baseUrl}/console/applications`);
        await page.getByText(CLUSTER).click();
        await page.waitForURL(new RegExp(`/console/applications/${applicationId}/show`));
        await page.getByRole('button', { name: '开始初审' }).click();
        await page.getByRole('button', { name: '确认' }).click();
        await page.getByText('市级初审', { exact: true }).first().waitFor();
        await screenshot(page, '07-city-review-started');

        // 九: the city writes only its recommendation opinion.
        await page.getByRole('link', { name: '填写申报表' }).click();
        await page.getByRole('tab', { name: '九、声明及推荐意见' }).click();
        await page.fill('[name="form.recommendation.opinion"]', '经初审，该集群主导产业突出、创新能力较强，同意推荐。');
        await page.getByRole('button', { name: '保存草稿' }).click();
        await page.getByText('草稿已保存').waitFor();
        await screenshot(page, '08-city-opinion-saved');

        await page.goto(`${baseUrl}/console/applications/${applicationId}/show/report`);
        await page.getByRole('button', { name: '评估' }).click();
        const badge = page.getByTestId('verdict-badge');
        await badge.waitFor();
        expect(['符合条件', '需人工复核', '材料不全', '不符合条件']).toContain(await badge.textContent());
        await page.getByTestId('rule-output.min').waitFor();
        expect(await page.getByTestId('rule-output.min').textContent()).toContain('第十一条（一）');
        await screenshot(page, '09-city-rule-report');

        await page.getByRole('button', { name: '推荐', exact: true }).click();
        await page.getByRole('button', { name: '确认' }).click();
        await page.getByText('已推荐', { exact: true }).first().waitFor();
        await expectNoButton(page, '推荐');
        await page.getByRole('tab', { name: '审核记录' }).click();
        await page.getByText('经初审').or(page.getByText('推荐').first()).first().waitFor();
        await screenshot(page, '10-city-recommended-history');
        await context.close();
    });

    test('the province sees the recommended application and may start its review', async () => {
        const { context, page } = await sessionFor(PROVINCE);
        await page.goto(`${baseUrl}/console/applications`);
        const row = page.getByRole('row').filter({ hasText: CLUSTER });
        await row.waitFor();
        expect(await row.textContent()).toContain('已推荐');
        await screenshot(page, '11-province-list');
        await row.click();
        await page.getByRole('button', { name: '开始省级评审' }).waitFor();
        await expectNoButton(page, '推荐');
        await screenshot(page, '12-province-show');
        await context.close();
    });
});

async function expectText(locator: import('playwright-core').Locator, expected: string[]): Promise<void> {
    const texts = await locator.allTextContents();
    expect(texts).toEqual(expect.arrayContaining(expected));
}

async function expectNoButton(page: Page, name: string): Promise<void> {
    expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0);
}
