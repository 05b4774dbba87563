import eligible from '../examples/eligible.json';
import { evaluate } from './engine';
import { fieldPlace, type ApplicationForm } from './form';
import { openItems, openItemsOf } from './open-items';
import { displayRule } from './report-display';
import { scoreProblem } from './scoring';

const form = eligible.form as unknown as ApplicationForm;

describe('open items of a draft', () => {
  test('a complete form has none', () => {
    expect(openItems(form, 2026)).toEqual([]);
  });

  test('each blank required field is named by section and label, with its year, and addressed as the console does', () => {
    const items = openItems(
      {
        ...form,
        leadingIndustry: {
          ...form.leadingIndustry!,
          years: form.leadingIndustry!.years!.map((row, i) => (i === 1 ? { ...row, totalOutput: undefined } : row)),
        },
      },
      2026,
    );
    expect(items).toEqual([
      expect.objectContaining({
        path: 'leadingIndustry.years.1.totalOutput',
        source: 'leadingIndustry.years.1.totalOutput',
        problem: 'blank',
        message: {
          zh: '二、主导产业情况 · 集群总产值（亿元）（2024年）：必填项未填写（无内容请填“无”）',
          en: '二、主导产业情况 · 集群总产值（亿元）（2024年）: Required field is blank (write “无” when nothing applies)',
        },
      }),
    ]);
  });

  test('target rows by their printed row and real years; standards by year and level', () => {
    expect(fieldPlace('plan.targets[rdInvestment].target', 2026)).toMatchObject({
      label: '创新 · 研发经费投入 · 2028年目标值',
      source: 'plan.targets.2.target',
      sectionLabel: '八、未来三年中小企业特色产业集群发展规划',
    });
    expect(fieldPlace('plan.targets.2.baseline', 2026)?.label).toBe('创新 · 研发经费投入 · 2025年基准值');
    expect(fieldPlace('innovation.years.0.standards.1.ledCount', 2026)?.label).toBe('2023年 国家标准 · 主持数量');
    expect(fieldPlace('plan.stagedGoals.p2', 2026)?.label).toBe('2.阶段性目标 · （2）2027年度');
    // A part of a value belongs to its field; a path outside the form names nothing.
    expect(fieldPlace('innovation.platforms.national.count', 2026)?.source).toBe('innovation.platforms.national');
    expect(fieldPlace('nothing.here', 2026)).toBeUndefined();
  });

  test('an empty draft lists every required field once, the report lists the same', () => {
    const report = evaluate({}, { callYear: 2026 });
    const blank = report.rules.find((rule) => rule.id === 'form.complete')!.values.blank as string[];
    expect(openItemsOf(report).map((item) => item.path)).toEqual(blank);
  });
});

describe('a rule report worded for an official', () => {
  const report = evaluate(form, { callYear: 2026 });
  const shown = (id: string) =>
    displayRule(
      report.rules.find((rule) => rule.id === id)!,
      2026,
    );

  test('title, figures with labels and units per year, threshold in words, years', () => {
    const output = shown('output.min');
    expect(output.title).toBe('集群近三年产值均在20亿元以上');
    expect(output.years).toBe('2023年、2024年、2025年');
    expect(output.thresholds).toEqual(['不低于20亿元']);
    expect(output.figures[0]).toMatchObject({ key: 'leadingIndustry.years[].totalOutput', label: '集群总产值（亿元）' });
    expect(output.figures[0].text).toMatch(/^2023年 [\d.]+亿元、2024年 [\d.]+亿元、2025年 [\d.]+亿元$/);
  });

  test('exclusive, maximum, tolerance and warn-below thresholds read as such', () => {
    expect(shown('rd.growth').thresholds).toEqual(['高于5%']);
    expect(shown('area.max').thresholds).toEqual(['不超过100平方公里']);
    expect(shown('consistency.leading_growth').thresholds).toEqual(['填报值与计算值相差不超过0.5个百分点']);
    expect(shown('plan.iip').thresholds).toEqual(['不低于27%（低于时需人工复核）']);
    expect(shown('negative.industry').thresholds).toEqual(['应为“是”']);
    expect(shown('quality_smes.min').figures.find((f) => f.key === 'qualitySmeTotal')?.text).toMatch(/^\d+家$/);
  });
});

describe('scoreProblem', () => {
  test('0 and the maximum pass, just outside fails; two decimals pass, three fail', () => {
    expect(scoreProblem(0, 50)).toBeUndefined();
    expect(scoreProblem(50, 50)).toBeUndefined();
    expect(scoreProblem(50.01, 50)?.zh).toBe('分值应在0到50之间');
    expect(scoreProblem(-0.01, 50)?.zh).toBe('分值应在0到50之间');
    expect(scoreProblem(12.35, 50)).toBeUndefined();
    expect(scoreProblem(12.345, 50)).toEqual({ zh: '分值最多保留两位小数', en: 'At most 2 decimal places' });
    expect(scoreProblem(Number.NaN, 50)?.zh).toBe('请填写数字分值');
  });
});
