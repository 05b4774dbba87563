import eligible from './engine/fixtures/eligible.json';
import { ANNUAL_SECTIONS, type AnnualMetrics, type EarlierFigures } from './annual';
import type { ApplicationForm } from './form';
import { filledShare, renewalForm } from './renewal-data';

const form = eligible.form as unknown as ApplicationForm;
const REGION = { city: '520100', county: '520115' };
/** An annual report of `year` as a county files it: the application's sections 二–五, its own year in row y3. */
const reportOf = (year: number, output: number): EarlierFigures => {
  const metrics = Object.fromEntries(ANNUAL_SECTIONS.map((section) => [section, structuredClone(form[section])])) as AnnualMetrics;
  const rows = (metrics.leadingIndustry as unknown as { years: Array<Record<string, unknown>> }).years;
  rows[0] = {};
  rows[1] = {};
  rows[2] = { ...rows[2], totalOutput: output };
  return { reportYear: year, metrics };
};
const outputs = (data: ApplicationForm) => (data.leadingIndustry as unknown as { years: Array<{ year?: number; totalOutput?: number }> }).years;

describe('the re-review data (Art. 17)', () => {
  test('year rows are the three years before the re-review, each from the report of that year', () => {
    const data = renewalForm({ form, callYear: 2023 }, [reportOf(2023, 201), reportOf(2024, 202), reportOf(2025, 203)], 2026, REGION);
    expect(outputs(data).map((row) => [row.year, row.totalOutput])).toEqual([
      [2023, 201],
      [2024, 202],
      [2025, 203],
    ]);
  });

  test('a year no report holds stays blank, and a year the application held comes from its form', () => {
    const data = renewalForm({ form, callYear: 2024 }, [reportOf(2025, 203)], 2026, REGION);
    const fromApplication = outputs(form)[2].totalOutput;
    expect(outputs(data).map((row) => row.totalOutput)).toEqual([fromApplication, undefined, 203]);
  });

  test('a report of the re-review year itself or later is not read', () => {
    const data = renewalForm({ form, callYear: 2023 }, [reportOf(2026, 999)], 2026, REGION);
    expect(outputs(data).map((row) => row.totalOutput)).not.toContain(999);
  });

  test('the declaration and the city’s recommendation are asked anew; three-year averages are left blank', () => {
    const data = renewalForm({ form, callYear: 2023 }, [], 2026, REGION);
    expect(data.declaration).toBeUndefined();
    expect(data.recommendation).toBeUndefined();
    expect(data.leadingIndustry?.leadingGrowthAvg3y).toBeUndefined();
    expect(data.basic).toEqual(form.basic);
    expect(data.plan).toEqual(form.plan);
  });

  test('with the three reports a cluster owes, at least 80 % of the county’s fields are pre-filled', () => {
    const data = renewalForm({ form, callYear: 2023 }, [reportOf(2023, 201), reportOf(2024, 202), reportOf(2025, 203)], 2026, REGION);
    const { filled, total } = filledShare(data);
    expect(filled / total).toBeGreaterThanOrEqual(0.8);
    // Only what the re-review asks anew or the later years left no trace of stays blank.
    const whole = filledShare(form);
    expect(total).toBe(whole.total);
    expect(filled).toBeLessThan(whole.filled);
  });

  test("the cover names the cluster's own county, whatever the recognized form said", () => {
    expect(renewalForm({ form, callYear: 2023 }, [], 2026, REGION).cover?.region).toEqual(REGION);
    expect(renewalForm({ form: {} as ApplicationForm, callYear: 2023 }, [], 2026, REGION).cover?.region).toEqual(REGION);
  });

  test('an empty form has nothing filled', () => {
    const { filled, total } = filledShare({} as ApplicationForm);
    expect(filled).toBe(0);
    expect(total).toBeGreaterThan(100);
  });
});
