import fs from 'fs';
import path from 'path';
import { applicationActionsFor, applicationStatesAwaiting } from './workflow/application';
import { DEFAULT_NATIONAL_QUOTA, nationalQuotaLeft, nationalSummaryRow } from './national-recommendation';
import type { ApplicationForm } from './form';

const example = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'examples', 'eligible.json'), 'utf8')) as { callYear?: number; form: ApplicationForm };

describe('the national quota', () => {
  test('defaults to 8, as the national notices set it', () => {
    expect(DEFAULT_NATIONAL_QUOTA).toBe(8);
  });

  test.each([
    [8, 0, 8],
    [8, 7, 1],
    [8, 8, 0],
    [8, 9, 0],
    [1, 0, 1],
  ])('quota %i with %i marked leaves %i', (quota, marked, left) => {
    expect(nationalQuotaLeft(quota, marked)).toBe(left);
  });
});

describe('marking for national recommendation', () => {
  test('the province marks an unmarked recognized application and unmarks a marked one', () => {
    expect(applicationActionsFor('province_admin', { status: 'recognized', nationalRecommended: false })).toEqual(['markNational']);
    expect(applicationActionsFor('province_admin', { status: 'recognized', nationalRecommended: true })).toEqual(['unmarkNational']);
  });

  test('nobody else, and not before recognition', () => {
    expect(applicationActionsFor('city_reviewer', { status: 'recognized', nationalRecommended: false })).toEqual([]);
    expect(applicationActionsFor('county_declarant', { status: 'recognized', nationalRecommended: true })).toEqual([]);
    expect(applicationActionsFor('province_admin', { status: 'public_notice', nationalRecommended: false })).not.toContain('markNational');
  });

  test('a recognized application is not a to-do of the province', () => {
    expect(applicationStatesAwaiting('province_admin')).not.toContain('recognized');
  });
});

describe('a line of the 推荐汇总表', () => {
  const form = example.form;
  const years = form.leadingIndustry!.years!;
  const last = years[years.length - 1]!;
  const callYear = (last.year as number) + 1;
  const context = { callYear, clusterName: '集群甲', province: '贵州省', prefecture: '贵阳市', county: '观山湖区', leadingIndustry: '电子信息', score: 85.5 };

  test('takes the last year before the call, the operator and the cover contact from the form', () => {
    const row = nationalSummaryRow(form, context);
    expect(row).toMatchObject({
      clusterName: '集群甲',
      place: '贵州省/贵阳市/观山湖区',
      leadingIndustry: '电子信息',
      operator: form.basic!.operator!.name,
      totalOutput: last.totalOutput,
      leadingIndustryShare: last.leadingIndustryShare,
      smeCount: last.smeCount,
      specializedSmeCount: last.specializedSmeCount,
      score: 85.5,
      contact: form.cover!.contact,
    });
  });

  test('the leading industry output is total × share, to the cent of 亿元', () => {
    const withFigures: ApplicationForm = {
      ...form,
      leadingIndustry: { ...form.leadingIndustry, years: [{ ...last, year: callYear - 1, totalOutput: 52.3, leadingIndustryShare: 65.5 }] },
    };
    expect(nationalSummaryRow(withFigures, context)).toMatchObject({ totalOutput: 52.3, leadingIndustryShare: 65.5, leadingIndustryOutput: 34.26 });
  });

  test("without a cover contact, the operator's contact; blank figures stay blank", () => {
    const bare: ApplicationForm = {
      cover: { ...form.cover, contact: ' ' },
      basic: { ...form.basic, operator: { name: '运营公司', contactName: '张三', contactPhone: '13800000000' } },
      leadingIndustry: { years: [{ year: callYear - 1 }] },
    };
    expect(nationalSummaryRow(bare, { ...context, county: null, score: null })).toMatchObject({
      place: '贵州省/贵阳市',
      contact: '张三 13800000000',
      totalOutput: null,
      leadingIndustryOutput: null,
      smeCount: null,
      score: null,
    });
  });
});
