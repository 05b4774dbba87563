import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../helpers/strapi';
import { consoleFixture, consoleSession, screenshot } from './helpers/console';

// Target tracking (Art. 5 跟踪监测) in Chromium through the console's screens: a recognized cluster's
// page shows its plan targets year by year with 正常/滞后 and a chart; the province's list of clusters
// behind their plan names 仁怀 and its indicators behind, and narrows to a prefecture.
jest.setTimeout(600_000);

const SHOTS = 'journey-targets';
const RENHUAI = '中小企业特色产业集群（仁怀市酱香白酒产业）';
const fixture = consoleFixture();

const sessionFor = async (email: string): Promise<Page> => (await consoleSession(fixture.browser(), fixture.baseUrl(), email, DEMO_PASSWORD)).page;

test('a recognized cluster’s page shows baseline → yearly actuals → target, with 滞后 where it is behind', async () => {
  const page = await sessionFor('city-520300@demo.local');
  await page.goto(`${fixture.baseUrl()}/console/clusters`);
  await page.getByRole('row').filter({ hasText: RENHUAI }).click();
  const targets = page.getByTestId('cluster-targets');
  await targets.waitFor();
  await targets.getByText('最近一年滞后的指标：集群产值增速、研发经费投入、二氧化碳排放量').waitFor();
  const output = targets.getByTestId('target-outputGrowth');
  // Baseline and target of the recognized form's table, the second plan year's 7.2 below its path 9.7819.
  await output.getByText('9.36', { exact: true }).waitFor();
  await output.getByText('7.2', { exact: true }).waitFor();
  await output.getByText('规划值 9.7819').waitFor();
  expect(await output.getByText('滞后', { exact: true }).count()).toBe(1);
  // 0.29 lies exactly on the path of 单位工业产值能耗: on track.
  await targets.getByTestId('target-energyIntensity').getByText('规划值 0.29').waitFor();
  expect(await targets.getByTestId('target-energyIntensity').getByText('滞后', { exact: true }).count()).toBe(0);
  await targets.getByRole('img', { name: '集群产值年均增速：规划路径与实际值走势' }).waitFor();
  await targets.scrollIntoViewIfNeeded();
  await screenshot(page, '01-cluster-targets', SHOTS);
});

test('the province lists the clusters behind their plan and filters them by prefecture', async () => {
  const page = await sessionFor('province@demo.local');
  await page.goto(`${fixture.baseUrl()}/console`);
  await page.getByRole('menuitem', { name: '规划目标滞后集群' }).click();
  const row = page.getByRole('row').filter({ hasText: RENHUAI });
  await row.waitFor();
  await row.getByText(/^研发经费投入：\d{4}年实际 1\.58，规划 1\.6778（亿元）$/).waitFor();
  expect(await page.getByRole('row').count()).toBe(2);
  await screenshot(page, '02-province-behind-list', SHOTS);
  const prefecture = async (name: string) => {
    await page.getByRole('combobox', { name: /^市（州）/ }).click();
    await page.getByRole('option', { name }).click();
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
  };
  await prefecture('贵阳市');
  await page.getByText('暂无规划目标滞后的集群。').waitFor();
  await prefecture('遵义市');
  await page.getByRole('row').filter({ hasText: RENHUAI }).waitFor();
  await screenshot(page, '03-province-behind-zunyi', SHOTS);
});
