import { loadExamples } from '../../examples/load';
import { applicationFormSchema, fieldKeys, validateForm, validateFormShape } from './schema';

const examples = loadExamples();

const eligible = () => structuredClone(examples.find((e) => e.name === 'eligible.json')!.form) as Record<string, any>;

function errorsOf(input: unknown) {
  const result = validateForm(input);
  if (result.success) throw new Error('expected errors');
  return result.errors;
}

function pathsOf(input: unknown): string[] {
  return errorsOf(input).map((e) => e.path);
}

describe('applicationFormSchema', () => {
  test.each(examples.map((e) => [e.name, e.form]))('accepts example %s', (_name, form) => {
    const result = validateForm(form);
    expect(result.success ? [] : result.errors).toEqual([]);
  });

  test('accepts an empty draft and a single section', () => {
    expect(validateForm({}).success).toBe(true);
    expect(validateForm({ basic: { areaKm2: 12.5 } }).success).toBe(true);
  });

  test('rejects a wrong type at its path', () => {
    const form = eligible();
    form.leadingIndustry.years[1].totalOutput = '57.45';
    expect(errorsOf(form)).toEqual([{ path: 'leadingIndustry.years.1.totalOutput', message: { zh: '应填写数字', en: 'Expected a number' } }]);
  });

  test('rejects 3 decimals, accepts binary noise of 2 decimals and stores it rounded', () => {
    expect(errorsOf({ basic: { areaKm2: 20.123 } })).toEqual([{ path: 'basic.areaKm2', message: { zh: '最多保留两位小数', en: 'At most 2 decimal places' } }]);
    const result = validateForm({ basic: { areaKm2: 0.1 + 0.2 } });
    expect(result).toEqual({ success: true, data: { basic: { areaKm2: 0.3 } } });
    expect(pathsOf({ plan: { targets: [{ id: 'co2Emissions', target: 0.455 }] } })).toEqual(['plan.targets[co2Emissions].target']);
  });

  test('counts text in code points without line breaks', () => {
    const withBreaks = '集'.repeat(100) + '\n\r\n' + '群'.repeat(100);
    expect(validateForm({ leadingIndustry: { qualityBrand: withBreaks } }).success).toBe(true);
    expect(validateForm({ leadingIndustry: { qualityBrand: '𠀀'.repeat(200) } }).success).toBe(true);
    const errors = errorsOf({ leadingIndustry: { qualityBrand: '集'.repeat(201) } });
    expect(errors).toEqual([
      {
        path: 'leadingIndustry.qualityBrand',
        message: { zh: '最多200字（现有201字，换行不计）', en: 'At most 200 characters (now 201; line breaks not counted)' },
      },
    ]);
  });

  test('limits the plan narrative and staged goals to 3000 together, reported at plan.narrative', () => {
    const form = eligible();
    form.plan.narrative = '规'.repeat(2001);
    form.plan.stagedGoals = { p1: '一'.repeat(333), p2: '二'.repeat(333), p3: '三'.repeat(334) };
    expect(pathsOf(form)).toEqual(['plan.narrative']);
    form.plan.narrative = '规'.repeat(2000);
    expect(validateForm(form).success).toBe(true);
    expect(pathsOf({ plan: { narrative: '规'.repeat(3001) } })).toEqual(['plan.narrative']);
  });

  test('rejects an unknown choice with the options', () => {
    expect(errorsOf({ basic: { energyEfficiency: '不适用' } })).toEqual([
      {
        path: 'basic.energyEfficiency',
        message: { zh: '应为以下选项之一：是、否、不涉及', en: 'Must be one of: 是, 否, 不涉及' },
      },
    ]);
    expect(validateForm({ green: { solidWasteAboveAvg: '非工业集群，不适用' } }).success).toBe(true);
  });

  test('rejects a per-year table without exactly 3 rows', () => {
    const form = eligible();
    form.digital.years.pop();
    expect(errorsOf(form)).toEqual([{ path: 'digital.years', message: { zh: '应填写3行（现有2行）', en: 'Must have exactly 3 rows (now 2)' } }]);
    form.innovation.years[0].standards.pop();
    expect(pathsOf(form)).toContain('innovation.years.0.standards');
  });

  test('rejects unknown keys where they are', () => {
    const form = eligible();
    form.basic.areaKM2 = 12;
    form.leadingIndustry.sharingWork.sharedFactory = { checked: true, evidence: [] };
    form.innovation.years[2].standards[0].ledcount = 1;
    expect(pathsOf(form).sort()).toEqual(['basic.areaKM2', 'innovation.years.2.standards.0.ledcount', 'leadingIndustry.sharingWork.sharedFactory']);
    expect(pathsOf({ foo: {} })).toEqual(['foo']);
  });

  test('accepts "无" for text, numbers, count+names and files; "无" typed as text becomes the sentinel', () => {
    const none = { none: true };
    const result = validateForm({
      basic: { clusterName: ' 无 ', areaKm2: none },
      innovation: { platforms: { national: none }, standardsList: none, smeEmployees: none },
      green: { solidWasteUtilization: none },
    });
    expect(result.success && result.data.basic).toEqual({ clusterName: none, areaKm2: none });
    expect(pathsOf({ basic: { industryType: none } })).toEqual(['basic.industryType']);
    expect(pathsOf({ basic: { areaKm2: { none: true, value: 3 } } })).toEqual(['basic.areaKm2']);
  });

  test('checks ranges, integers, SME ≤ firms, county in city, dates, file refs and target rows', () => {
    const form = eligible();
    form.leadingIndustry.years[0].smeOutputShare = 100.5;
    form.leadingIndustry.years[0].smeCount = form.leadingIndustry.years[0].firmCount + 1;
    form.leadingIndustry.years[1].leadingIndustryGrowth = -12.5;
    form.innovation.smeEmployees = 15800.5;
    form.cover.region.county = '520402';
    form.cover.submittedOn = '2026-02-30';
    form.declaration.countySeal = [{ id: 0 }];
    form.plan.targets.push({ id: 'outputGrowth', target: 6 }, { id: 'salesGrowth' });
    form.innovation.years[0].standards[1].level = '国际';
    expect(pathsOf(form).sort()).toEqual([
      'cover.region.county',
      'cover.submittedOn',
      'declaration.countySeal.0.id',
      'innovation.smeEmployees',
      'innovation.years.0.standards.1.level',
      'leadingIndustry.years.0.smeCount',
      'leadingIndustry.years.0.smeOutputShare',
      'plan.targets.10.id',
    ]);
    form.plan.targets.pop();
    expect(pathsOf(form)).toContain('plan.targets.9.id'); // a repeated id keeps its position
    // A row with a fixed id is named by it, as the rules name it.
    form.plan.targets.pop();
    form.plan.targets.find((row: { id: string }) => row.id === 'co2Emissions').target = -1;
    expect(pathsOf(form)).toContain('plan.targets[co2Emissions].target');
  });

  test('treats null as not filled', () => {
    expect(validateForm({ basic: { areaKm2: null, clusterName: null } })).toEqual({ success: true, data: { basic: {} } });
  });

  test('validateFormShape keeps what form.decimals and form.text_length judge; validateForm (saving) refuses it', () => {
    const form = eligible();
    form.basic.areaKm2 = 12.345;
    form.plan.targets.find((row: { id: string }) => row.id === 'co2Emissions').target = 0.555;
    form.leadingIndustry.qualityBrand = '集'.repeat(201);
    form.plan.narrative = '规'.repeat(3001);
    form.basic.clusterName = ' 无 ';
    expect(pathsOf(form).sort()).toEqual(['basic.areaKm2', 'leadingIndustry.qualityBrand', 'plan.narrative', 'plan.targets[co2Emissions].target']);
    const shape = validateFormShape(form);
    expect(shape.success).toBe(true);
    if (!shape.success) return;
    const data = shape.data as Record<string, any>;
    expect(data.basic.areaKm2).toBe(12.345);
    expect(data.basic.clusterName).toEqual({ none: true }); // the other values as validateForm gives them
    expect(data.plan.targets.find((row: { id: string }) => row.id === 'co2Emissions').target).toBe(0.555);
    expect(data.leadingIndustry.qualityBrand).toHaveLength(201);
    expect(data.plan.narrative).toHaveLength(3001);
    // Wrong types and the other checks are refused as when saving, and only they are listed.
    form.leadingIndustry.years[1].totalOutput = '57.45';
    form.leadingIndustry.years[0].smeOutputShare = 100.5;
    const refused = validateFormShape(form);
    expect(refused.success ? [] : refused.errors.map((error) => error.path).sort()).toEqual([
      'leadingIndustry.years.0.smeOutputShare',
      'leadingIndustry.years.1.totalOutput',
    ]);
  });

  test('fieldKeys leads from an error path to the value, finding a target row by its id', () => {
    const form = { plan: { targets: [{ id: 'outputGrowth' }, { id: 'co2Emissions', target: 0.655 }] } };
    expect(fieldKeys(form, 'plan.targets[co2Emissions].target')).toEqual(['plan', 'targets', 1, 'target']);
    expect(fieldKeys(form, 'plan.targets.0.id')).toEqual(['plan', 'targets', 0, 'id']);
    expect(fieldKeys(eligible(), 'leadingIndustry.years.2.totalOutput')).toEqual(['leadingIndustry', 'years', 2, 'totalOutput']);
  });

  test('is a zod schema usable directly', () => {
    expect(applicationFormSchema.safeParse({ basic: { areaKm2: 3 } }).success).toBe(true);
  });
});
