import fs from 'fs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { bootApp, DEMO_PASSWORD, type TestApp } from '../helpers/strapi';
import { fillApplicationForm } from './helpers/applicationForm';
import { consoleSession, ensureConsoleBuilt, launchChromium, listen, screenshot } from './helpers/console';

// The cycle of one application through the console in a real Chromium: a county fills every field
// and submits (the test writes nothing through the API), its city evaluates and recommends, the
// province sees the recommendation.
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

describe('the staff console in Chromium', () => {
  test('a county declarant creates an application, is told which fields are open, fills every field in the console, uploads the evidence and submits', async () => {
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
    await page.waitForURL((url) => /\/console\/applications\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/create'));
    applicationId = page.url().split('/').pop()!;
    const jwt = await page.evaluate(() => localStorage.getItem('sme-console.jwt'));
    const read = async () => (await app.as(jwt!).get(`/api/console/applications/${applicationId}`).expect(200)).body;
    const created = await read();
    // The cover's region is the county's own, set by the server and only shown.
    expect(created.form.cover.region).toEqual({ city: '520100', county: '520115' });
    await page.getByRole('tab', { name: /封面 · 一、基本情况/ }).waitFor();
    expect(await page.locator('[data-field="form.cover.region.county"] input').isDisabled()).toBe(true);
    // Every tab counts its open items; the new draft has some on 二.
    expect(await page.getByRole('tab', { name: /二、主导产业 \(\d+\)/ }).count()).toBe(1);
    await screenshot(page, '03-county-new-draft-open-counts');

    // 提交 too early: the refusal lists each open field by section and label, each a link to its input.
    await page.goto(`${baseUrl}/console/applications/${applicationId}/show`);
    await page.getByRole('button', { name: '提交', exact: true }).click();
    await page.getByRole('button', { name: '确认' }).click();
    const openFields = page.getByTestId('open-fields');
    await openFields.waitFor();
    // The closing dialog keeps the page hidden from assistive technology until it is gone.
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const linkText = `二、主导产业情况 · 集群总产值（亿元）（${created.callYear - 2}年）：必填项未填写（无内容请填“无”）`;
    expect(await openFields.getByRole('link').count()).toBeGreaterThan(100);
    expect(await openFields.getByRole('link', { name: /所属地区/ }).count()).toBe(0);
    await screenshot(page, '04-county-submit-refused-open-fields');
    await openFields.getByRole('link', { name: linkText }).click();
    await page.waitForURL((url) => url.pathname.endsWith(`/applications/${applicationId}/1`));
    expect(await page.getByRole('tab', { name: /二、主导产业/ }).getAttribute('aria-selected')).toBe('true');
    await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'form.leadingIndustry.years.1.totalOutput');
    await screenshot(page, '05-county-open-field-focused');

    // A narrative over 200 characters: the counter turns red and the shared message shows.
    const narrative = page.locator('[name="form.leadingIndustry.chainCultivation"]');
    await narrative.fill('链'.repeat(201));
    await page.getByText('最多200字（现有201字，换行不计）').waitFor();
    await screenshot(page, '06-county-form-section2-too-long');

    // Every field of the form, from the eligible example, through the console's own inputs.
    const form = { ...example.form, basic: { ...example.form.basic, clusterName: CLUSTER } };
    const filled = await fillApplicationForm(page, form, async (index) => screenshot(page, `07-county-form-tab-${index + 1}-filled`));
    expect(filled).toBeGreaterThan(150);
    // Nothing is left open on any tab.
    expect(await page.getByRole('tab', { name: /\(\d+\)/ }).count()).toBe(0);
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByText('草稿已保存').waitFor();
    await screenshot(page, '08-county-draft-saved');

    const saved = await read();
    const { recommendation: _city, ...expected } = stripFiles(form);
    expect(stripFiles(saved.form)).toMatchObject(withYears(expected, saved.callYear));
    expect(countFiles(saved.form)).toBe(countFiles(form));

    await page.goto(`${baseUrl}/console/applications/${applicationId}/show`);
    await page.getByRole('button', { name: '提交', exact: true }).click();
    await page.getByRole('dialog').waitFor();
    await screenshot(page, '09-county-submit-dialog');
    await page.getByRole('button', { name: '确认' }).click();
    await page.getByText('已提交', { exact: true }).first().waitFor();
    await expectNoButton(page, '提交');
    expect((await read()).status).toBe('submitted');
    await screenshot(page, '10-county-submitted');
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
    await screenshot(page, '11-city-review-started');

    // 九: the city writes only its recommendation opinion.
    await page.getByRole('link', { name: '填写申报表' }).click();
    await page.getByRole('tab', { name: '九、声明及推荐意见' }).click();
    await page.fill('[name="form.recommendation.opinion"]', '经初审，该集群主导产业突出、创新能力较强，同意推荐。');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByText('草稿已保存').waitFor();
    await screenshot(page, '12-city-opinion-saved');

    await page.goto(`${baseUrl}/console/applications/${applicationId}/show/report`);
    await page.getByRole('button', { name: '评估' }).click();
    const badge = page.getByTestId('verdict-badge');
    await badge.waitFor();
    expect(['符合条件', '需人工复核', '材料不全', '不符合条件']).toContain(await badge.textContent());
    await page.getByTestId('rule-output.min').waitFor();
    expect(await page.getByTestId('rule-output.min').textContent()).toContain('第十一条（一）');
    // The report reads as policy: Chinese titles, labelled figures with units, thresholds in words.
    const outputRule = page.getByTestId('rule-output.min');
    expect(await outputRule.textContent()).toContain('集群近三年产值均在20亿元以上');
    expect(await outputRule.textContent()).toContain('不低于20亿元');
    expect(await page.getByTestId('rule-rd.growth').textContent()).toContain('高于5%');
    // No sideways scrolling on an office screen, 1280 or 1440 px wide.
    for (const width of [1280, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      await screenshot(page, `13-city-rule-report-${width}px`);
    }

    await page.getByRole('button', { name: '推荐', exact: true }).click();
    await page.getByRole('button', { name: '确认' }).click();
    await page.getByText('已推荐', { exact: true }).first().waitFor();
    await expectNoButton(page, '推荐');
    await page.getByRole('tab', { name: '审核记录' }).click();
    await page.getByText('经初审').or(page.getByText('推荐').first()).first().waitFor();
    await screenshot(page, '14-city-recommended-history');
    await context.close();
  });

  test('the province sees the recommended application and may start its review', async () => {
    const { context, page } = await sessionFor(PROVINCE);
    await page.goto(`${baseUrl}/console/applications`);
    const row = page.getByRole('row').filter({ hasText: CLUSTER });
    await row.waitFor();
    expect(await row.textContent()).toContain('已推荐');
    await screenshot(page, '15-province-list');
    await row.click();
    await page.getByRole('button', { name: '开始省级评审' }).waitFor();
    await expectNoButton(page, '推荐');
    await screenshot(page, '16-province-show');
    await context.close();
  });
});

async function expectNoButton(page: Page, name: string): Promise<void> {
  expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0);
}

/** The form without its file references (ids and names are the uploads', not the example's) and unticked items (not stored). */
function stripFiles(value: unknown): Record<string, unknown> {
  const unticked = (v: unknown) => v !== null && typeof v === 'object' && (v as { checked?: unknown }).checked === false;
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.filter((item) => !(item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'number')).map(strip);
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v)
          .filter(([, inner]) => !unticked(inner))
          .map(([key, inner]) => [key, strip(inner)]),
      );
    return v;
  };
  return strip(value) as Record<string, unknown>;
}

function countFiles(value: unknown): number {
  if (Array.isArray(value))
    return value.reduce((sum: number, item) => sum + (item && typeof item === 'object' && typeof item.id === 'number' ? 1 : countFiles(item)), 0);
  if (value && typeof value === 'object') return Object.values(value).reduce((sum: number, inner) => sum + countFiles(inner), 0);
  return 0;
}

/** The example's year tables with the years of the call the application answers (the server fills them). */
function withYears(form: Record<string, unknown>, callYear: number): Record<string, unknown> {
  const years = [callYear - 3, callYear - 2, callYear - 1];
  return Object.fromEntries(
    Object.entries(form).map(([key, section]) => {
      const rows = (section as { years?: Array<Record<string, unknown>> }).years;
      return [key, rows ? { ...(section as object), years: rows.map((row, index) => ({ ...row, year: years[index] })) } : section];
    }),
  );
}
