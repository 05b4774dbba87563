import fs from 'fs';
import path from 'path';
import type { ApplicationForm } from './form';
import {
  behindIndicators,
  parseTargetActuals,
  targetActualLabel,
  targetPlanOf,
  trackTargets,
  TARGET_INDICATOR_INFO,
  type TargetActuals,
  type TargetPlan,
} from './targets';

const plan = (rows: TargetPlan['rows']): TargetPlan => ({ baselineYear: 2025, rows });
const one = (indicator: keyof TargetPlan['rows'], rows: TargetPlan['rows'], actuals: Array<[number, number | null]>) =>
  trackTargets(
    plan(rows),
    actuals.map(([year, value]) => ({ year, actuals: { [indicator]: value } as TargetActuals })),
  ).find((track) => track.indicator === indicator)!;
const statuses = (track: ReturnType<typeof one>) => track.years.map((entry) => entry.status);

describe('the seven indicators of the target table', () => {
  test('carry the table’s names and units and their direction', () => {
    expect(TARGET_INDICATOR_INFO.qualitySmes).toEqual({ name: '优质中小企业数量', actualName: '优质中小企业数量', unit: '家', direction: 'growth' });
    expect(TARGET_INDICATOR_INFO.co2Emissions.direction).toBe('reduction');
    expect(TARGET_INDICATOR_INFO.energyIntensity).toMatchObject({ unit: '吨标准煤/万元', direction: 'reduction' });
    expect(targetActualLabel('rdInvestment')).toBe('研发经费投入（亿元）');
    expect(targetActualLabel('outputGrowth')).toBe('集群产值增速（%）');
  });
});

describe('a growth indicator follows the geometric path', () => {
  // 8 → 27 over three years is ×1.5 a year: 12, 18, 27.
  const rows = { qualitySmes: { baseline: 8, target: 27 } };

  test('exactly on the path is on track, the first year and the target year included', () => {
    const track = one('qualitySmes', rows, [
      [2026, 12],
      [2027, 18],
      [2028, 27],
    ]);
    expect(track.years).toEqual([
      { year: 2026, expected: 12, actual: 12, status: 'on_track' },
      { year: 2027, expected: 18, actual: 18, status: 'on_track' },
      { year: 2028, expected: 27, actual: 27, status: 'on_track' },
    ]);
    expect(track).toMatchObject({ path: 'geometric', baselineYear: 2025, targetYear: 2028, behind: false });
  });

  test('a hair below the path is behind, a hair above on track', () => {
    const rd = { rdInvestment: { baseline: 1000, target: 1331 } };
    expect(statuses(one('rdInvestment', rd, [[2026, 1099.99]]))[0]).toBe('behind');
    expect(statuses(one('rdInvestment', rd, [[2026, 1100.01]]))[0]).toBe('on_track');
    expect(statuses(one('rdInvestment', rd, [[2028, 1330.99]]))[2]).toBe('behind');
    expect(statuses(one('rdInvestment', rd, [[2028, 1331]]))[2]).toBe('on_track');
  });

  test('the path value shown never rounds onto the actual it was compared with', () => {
    const track = one('qualitySmes', { qualitySmes: { baseline: 42, target: 60 } }, [
      [2026, 47],
      [2027, 54],
    ]);
    expect(track.years.map(({ expected, status }) => [expected, status])).toEqual([
      [47.3024, 'behind'],
      [53.2742, 'on_track'],
      [60, 'not_reported'],
    ]);
  });

  test('from a baseline of 0 the path is a straight line', () => {
    const track = one('inventionPatents', { inventionPatents: { baseline: 0, target: 30 } }, [
      [2026, 10],
      [2027, 19.99],
    ]);
    expect(track.path).toBe('linear');
    expect(statuses(track)).toEqual(['on_track', 'behind', 'not_reported']);
  });

  test('a negative output growth baseline runs linearly to its target rate', () => {
    const track = one('outputGrowth', { outputGrowth: { baseline: -2, target: 4 } }, [
      [2026, 0],
      [2027, 1.99],
    ]);
    expect(track.years.map(({ expected, status }) => [expected, status])).toEqual([
      [0, 'on_track'],
      [2, 'behind'],
      [4, 'not_reported'],
    ]);
  });
});

describe('a reduction follows the linear path, and above it is behind', () => {
  // 0.54 → 0.45: 0.51, 0.48, 0.45.
  const rows = { co2Emissions: { baseline: 0.54, target: 0.45 } };

  test('on the path is on track', () => {
    const track = one('co2Emissions', rows, [
      [2026, 0.51],
      [2027, 0.48],
      [2028, 0.45],
    ]);
    expect(track.years.map(({ expected, status }) => [expected, status])).toEqual([
      [0.51, 'on_track'],
      [0.48, 'on_track'],
      [0.45, 'on_track'],
    ]);
    expect(track.path).toBe('linear');
  });

  test('a hair above the path (more emission) is behind, a hair below on track', () => {
    expect(statuses(one('co2Emissions', rows, [[2026, 0.5101]]))[0]).toBe('behind');
    expect(statuses(one('co2Emissions', rows, [[2026, 0.5099]]))[0]).toBe('on_track');
    expect(statuses(one('energyIntensity', { energyIntensity: { baseline: 0.3, target: 0.27 } }, [[2027, 0.2801]]))[1]).toBe('behind');
    expect(statuses(one('energyIntensity', { energyIntensity: { baseline: 0.3, target: 0.27 } }, [[2027, 0.28]]))[1]).toBe('on_track');
    expect(statuses(one('energyIntensity', { energyIntensity: { baseline: 0.3, target: 0.27 } }, [[2028, 0.2701]]))[2]).toBe('behind');
  });
});

describe('years and blanks', () => {
  test('a missing actual is not reported and still shows the path', () => {
    const track = one('qualitySmes', { qualitySmes: { baseline: 8, target: 27 } }, [[2026, null]]);
    expect(track.years[0]).toEqual({ year: 2026, expected: 12, actual: null, status: 'not_reported' });
    expect(track.behind).toBe(false);
  });

  test('without a baseline or a target there is no path', () => {
    const track = one('iipPenetration', { iipPenetration: { baseline: 20 } }, [[2026, 25]]);
    expect(track.years[0]).toEqual({ year: 2026, expected: null, actual: 25, status: 'no_target' });
    expect(track.behind).toBe(false);
  });

  test('years outside the plan are not read', () => {
    const track = one('qualitySmes', { qualitySmes: { baseline: 8, target: 27 } }, [
      [2025, 1],
      [2029, 1],
    ]);
    expect(track.years.map((entry) => entry.year)).toEqual([2026, 2027, 2028]);
    expect(statuses(track)).toEqual(['not_reported', 'not_reported', 'not_reported']);
  });

  test('a year whose report is not due yet reads 未到报送期, an earlier one without its report 未报送', () => {
    const [track] = trackTargets(plan({ outputGrowth: { baseline: 9, target: 10 } }), [], (year) => year < 2027);
    expect(statuses(track)).toEqual(['not_reported', 'not_due', 'not_due']);
  });

  test('a cluster is behind on an indicator when its latest reported year is', () => {
    const rows = { qualitySmes: { baseline: 8, target: 27 }, co2Emissions: { baseline: 0.54, target: 0.45 } };
    const tracks = trackTargets(plan(rows), [
      { year: 2026, actuals: { qualitySmes: 11, co2Emissions: 0.5 } },
      { year: 2027, actuals: { qualitySmes: 18, co2Emissions: 0.49 } },
    ]);
    expect(behindIndicators(tracks)).toEqual(['co2Emissions']);
  });
});

describe('the plan of the recognizing application', () => {
  test('reads the baselines and targets of the seven numeric rows, its baseline the year before the call', () => {
    const example = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'examples', 'eligible.json'), 'utf8')) as { callYear: number; form: ApplicationForm };
    const read = targetPlanOf(example.form, example.callYear);
    expect(read.baselineYear).toBe(example.callYear - 1);
    expect(read.rows.qualitySmes).toEqual({ baseline: 42, target: 60 });
    expect(read.rows.co2Emissions).toEqual({ baseline: 0.54, target: 0.46 });
    expect(Object.keys(read.rows)).toHaveLength(7);
  });
});

describe('actual values as a report gives them', () => {
  test('blanks are allowed and numbers pass', () => {
    expect(parseTargetActuals({ qualitySmes: 12, co2Emissions: null })).toEqual({ success: true, data: { qualitySmes: 12, co2Emissions: null } });
  });

  test('each wrong value is a field error in Chinese and English', () => {
    const result = parseTargetActuals({ qualitySmes: 8.5, rdInvestment: 1.234, iipPenetration: 101, co2Emissions: 'x', other: 1 });
    expect(result.success).toBe(false);
    if (result.success) return;
    const byPath = Object.fromEntries(result.errors.map((error) => [error.path, error.message.zh]));
    expect(byPath).toEqual({
      'targetActuals.qualitySmes': '应填写整数',
      'targetActuals.rdInvestment': '最多保留两位小数',
      'targetActuals.iipPenetration': '应在0到100之间',
      'targetActuals.co2Emissions': '应填写数字',
      targetActuals: '不允许的字段：other',
    });
    expect(result.errors.every((error) => error.message.en.length > 0)).toBe(true);
  });
});
