// Every rule at its boundaries, starting from an application that passes everything.
import fixture from './fixtures/eligible.json';
import { evaluate, type RuleId } from '.';
import type { ApplicationForm } from '../form';

type Draft = any;
const NONE = { none: true };

function run(mutate: (form: Draft) => void = () => {}) {
  const form = structuredClone(fixture.form) as Draft;
  mutate(form);
  return evaluate(form as ApplicationForm, { callYear: fixture.callYear, now: new Date('2026-03-01T00:00:00Z') });
}

function rule(id: RuleId, mutate?: (form: Draft) => void) {
  const found = run(mutate).rules.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
}

const outcome = (id: RuleId, mutate?: (form: Draft) => void) => rule(id, mutate).outcome;
const target = (form: Draft, id: string) => form.plan.targets.find((row: { id: string }) => row.id === id);

test('the fixture passes every rule', () => {
  const report = run();
  expect(report.rules.filter((r) => r.outcome !== 'pass')).toEqual([]);
  expect(report.verdict).toBe('eligible');
});

describe('hard criteria (Art. 11)', () => {
  const eachYear =
    (field: string, value: unknown, year = 1) =>
    (form: Draft) => {
      form.leadingIndustry.years[year][field] = value;
    };

  test.each([
    ['output.min', 'totalOutput', 20, 19.99],
    ['output.sme_share', 'smeOutputShare', 60, 59.99],
    ['output.leading_share', 'leadingIndustryShare', 60, 59.99],
  ] as const)('%s: %d passes, %d fails, in any year', (id, field, passing, failing) => {
    for (const year of [0, 1, 2]) {
      expect(outcome(id, eachYear(field, passing, year))).toBe('pass');
      expect(outcome(id, eachYear(field, failing, year))).toBe('fail');
    }
    expect(outcome(id, eachYear(field, undefined))).toBe('missing');
    expect(outcome(id, eachYear(field, NONE))).toBe('missing');
    const failing0 = rule(id, (form) => {
      form.leadingIndustry.years[0][field] = failing;
      form.leadingIndustry.years[2][field] = undefined;
    });
    expect(failing0.outcome).toBe('fail'); // a known shortfall decides even with a blank year
    expect(failing0.values[`leadingIndustry.years[].${field}`]).toEqual([failing, expect.any(Number), null]);
  });

  test('quality_smes.min: the four y3 counts sum to at least 8', () => {
    const counts = (a: number, b: number, c: number, d: number) => (form: Draft) =>
      Object.assign(form.leadingIndustry.years[2], {
        specializedSmeCount: a,
        littleGiantCount: b,
        singleChampionCount: c,
        highTechInnovativeCount: d,
      });
    expect(outcome('quality_smes.min', counts(3, 2, 1, 2))).toBe('pass');
    expect(outcome('quality_smes.min', counts(3, 2, 0, 2))).toBe('fail');
    expect(rule('quality_smes.min', counts(3, 2, 0, 2)).values.qualitySmeTotal).toBe(7);
    // only y3 counts
    expect(outcome('quality_smes.min', (f) => (f.leadingIndustry.years[0].specializedSmeCount = 0))).toBe('pass');
    expect(outcome('quality_smes.min', (f) => (f.leadingIndustry.years[2].littleGiantCount = NONE))).toBe('missing');
  });

  test('rd.growth: the geometric mean must be above 5 (高于)', () => {
    const rates =
      (...g: unknown[]) =>
      (form: Draft) =>
        g.forEach((v, i) => (form.innovation.years[i].rdGrowth = v));
    expect(outcome('rd.growth', rates(5, 5, 5))).toBe('fail');
    expect(rule('rd.growth', rates(5, 5, 5)).values.rdGrowthAvg3yComputed).toBe(5);
    expect(outcome('rd.growth', rates(5.01, 5.01, 5.01))).toBe('pass');
    expect(outcome('rd.growth', rates(0, 0, 15.77))).toBe('pass'); // (1.1577)^(1/3) − 1 = 5.0002 %
    expect(outcome('rd.growth', rates(0, 0, 15.76))).toBe('fail');
    expect(outcome('rd.growth', rates(20, -100, 30))).toBe('fail');
    // 1.04 × 1.0435 × 1.0667 = 1.157625… just above 1.05³: 5.0000154 %, above 5 though it rounds to 5.
    const justAbove = rule('rd.growth', rates(4, 4.35, 6.67));
    expect(justAbove).toMatchObject({ outcome: 'pass', values: { rdGrowthAvg3yComputed: 5.00002 } });
    expect(outcome('rd.growth', rates(4, 4.35, 6.66))).toBe('fail');
    expect(outcome('rd.growth', rates(5, undefined, 5))).toBe('missing');
    expect(rule('rd.growth', rates(5, NONE, 5)).message.en).toContain('innovation.years.1.rdGrowth');
  });

  test('patents.growth: 5 passes, 4.99 fails', () => {
    expect(outcome('patents.growth', (f) => (f.innovation.patentGrowthAvg = 5))).toBe('pass');
    expect(outcome('patents.growth', (f) => (f.innovation.patentGrowthAvg = 4.99))).toBe('fail');
    expect(outcome('patents.growth', (f) => (f.innovation.patentGrowthAvg = NONE))).toBe('missing');
  });

  test('patents.per_10k: 7 passes, 6.99 fails; the computed value decides', () => {
    const data = (count: unknown, employees: unknown, reported: unknown) => (form: Draft) =>
      Object.assign(form.innovation, { smePatentCount: count, smeEmployees: employees, patentsPer10k: reported });
    expect(outcome('patents.per_10k', data(7, 10_000, 7))).toBe('pass');
    expect(outcome('patents.per_10k', data(699, 1_000_000, 6.99))).toBe('fail');
    const overridden = rule('patents.per_10k', data(699, 1_000_000, 9));
    expect(overridden.outcome).toBe('fail');
    expect(overridden.values).toMatchObject({ patentsPer10kComputed: 6.99, decidedBy: 'computed' });
    expect(rule('patents.per_10k', data(6, 10_000, 7)).outcome).toBe('fail'); // 6 < 7 though 7 is reported
    expect(rule('patents.per_10k', data(undefined, 10_000, 7)).values.decidedBy).toBe('reported');
    expect(outcome('patents.per_10k', data(NONE, 10_000, 7))).toBe('pass');
    expect(outcome('patents.per_10k', data(10, 0, 6.99))).toBe('fail'); // no employees: the reported value
    expect(outcome('patents.per_10k', data(undefined, undefined, NONE))).toBe('missing');
    // 700 per 1 000 001 employees is 6.999993: it rounds to 7 but is below 7.
    const justBelow = rule('patents.per_10k', data(700, 1_000_001, 7));
    expect(justBelow).toMatchObject({ outcome: 'fail', values: { patentsPer10kComputed: 6.99999 } });
    expect(justBelow.message.zh).toContain('实际值：6.99999');
  });

  test('digital.iip: 10 passes, 9.99 fails', () => {
    expect(outcome('digital.iip', (f) => (f.digital.iipPenetration = 10))).toBe('pass');
    expect(outcome('digital.iip', (f) => (f.digital.iipPenetration = 9.99))).toBe('fail');
    expect(outcome('digital.iip', (f) => delete f.digital.iipPenetration)).toBe('missing');
  });

  test.each([
    ['green.energy', 'energyEfficiency'],
    ['green.water', 'waterEfficiency'],
  ] as const)('%s: 是 and 不涉及 pass, 否 fails', (id, field) => {
    expect(outcome(id, (f) => (f.basic[field] = '是'))).toBe('pass');
    expect(outcome(id, (f) => (f.basic[field] = '不涉及'))).toBe('pass');
    expect(outcome(id, (f) => (f.basic[field] = '否'))).toBe('fail');
    expect(outcome(id, (f) => delete f.basic[field])).toBe('missing');
  });
});

describe('negative list (Art. 12)', () => {
  test.each([
    ['negative.industry', 'notProhibitedIndustry'],
    ['negative.integrity', 'noMisconduct'],
  ] as const)('%s fails unless declared 是', (id, field) => {
    expect(outcome(id, (f) => (f.basic[field] = '是'))).toBe('pass');
    expect(outcome(id, (f) => (f.basic[field] = '否'))).toBe('fail');
    expect(run((f) => (f.basic[field] = '否')).verdict).toBe('ineligible');
    expect(outcome(id, (f) => delete f.basic[field])).toBe('missing');
  });

  test("negative.incidents: a 否 to the form's 较大及以上 question is reviewed against Art. 12's 重大及以上, not ineligible", () => {
    expect(outcome('negative.incidents', (f) => (f.basic.noMajorIncidents = '是'))).toBe('pass');
    const declaredNo = run((f) => (f.basic.noMajorIncidents = '否'));
    const incidents = declaredNo.rules.find((r) => r.id === 'negative.incidents');
    expect(incidents).toMatchObject({ kind: 'negative', outcome: 'warn', values: { 'basic.noMajorIncidents': '否' } });
    expect(incidents?.message.zh).toMatch(/^需人工复核：.*重大及以上.*较大及以上/);
    expect(incidents?.message.en).toMatch(/^Needs review: .*重大及以上.*较大及以上/);
    expect(declaredNo.verdict).toBe('needs_review');
    // Another negative-list failure still decides.
    expect(run((f) => Object.assign(f.basic, { noMajorIncidents: '否', noMisconduct: '否' })).verdict).toBe('ineligible');
    expect(outcome('negative.incidents', (f) => delete f.basic.noMajorIncidents)).toBe('missing');
  });
});

describe('soft criteria', () => {
  test('area.max: 100 passes, 100.01 warns', () => {
    expect(outcome('area.max', (f) => (f.basic.areaKm2 = 100))).toBe('pass');
    expect(outcome('area.max', (f) => (f.basic.areaKm2 = 100.01))).toBe('warn');
    expect(run((f) => (f.basic.areaKm2 = 100.01)).verdict).toBe('needs_review');
  });

  test('leading.growth: the average computed from the three rates decides, the reported one only while a rate is blank', () => {
    const growth = (rates: unknown[], reported: unknown) => (form: Draft) => {
      rates.forEach((rate, i) => (form.leadingIndustry.years[i].leadingIndustryGrowth = rate));
      form.leadingIndustry.leadingGrowthAvg3y = reported;
    };
    // Computed 4.53 %, reported rounded up past the line: the computed value decides.
    const roundedUp = run(growth([4.5, 4.5, 4.6], 5));
    const decided = roundedUp.rules.find((r) => r.id === 'leading.growth');
    expect(decided).toMatchObject({
      outcome: 'warn',
      values: { decidedBy: 'computed', leadingGrowthAvg3yComputed: 4.5333, 'leadingIndustry.leadingGrowthAvg3y': 5 },
    });
    expect(decided?.message.zh).toContain('实际值：4.5333');
    // The gap (0.47 pp) is within the tolerance: only leading.growth speaks.
    expect(roundedUp.rules.find((r) => r.id === 'consistency.leading_growth')?.outcome).toBe('pass');
    expect(roundedUp.verdict).toBe('needs_review');
    // Reported low, computed high: the computed value passes.
    expect(outcome('leading.growth', growth([5, 5, 5], 4.99))).toBe('pass');
    expect(outcome('leading.growth', growth([5, 5, 4.99], 5))).toBe('warn');
    expect(rule('leading.growth', growth([5, 5, 5], 5)).values.leadingGrowthAvg3yComputed).toBe(5);
    // A rate blank: the reported average stands in.
    expect(rule('leading.growth', growth([5, undefined, 5], 5)).values).toMatchObject({ decidedBy: 'reported' });
    expect(outcome('leading.growth', growth([5, NONE, 5], 5))).toBe('pass');
    expect(outcome('leading.growth', growth([5, NONE, 5], 4.99))).toBe('warn');
    expect(outcome('leading.growth', growth([5, 5, -100], 8))).toBe('warn');
    const blank = rule('leading.growth', growth([5, undefined, 5], undefined));
    expect(blank.outcome).toBe('missing');
    expect(blank.message.en).toContain('leadingIndustry.leadingGrowthAvg3y, leadingIndustry.years.1.leadingIndustryGrowth');
  });

  test('consistency.leading_growth: 0.5 pp passes, 0.51 warns', () => {
    const withAverage = (reported: number) => (form: Draft) => {
      form.leadingIndustry.years.forEach((y: Draft) => (y.leadingIndustryGrowth = 5));
      form.leadingIndustry.leadingGrowthAvg3y = reported;
    };
    expect(outcome('consistency.leading_growth', withAverage(5.5))).toBe('pass');
    expect(outcome('consistency.leading_growth', withAverage(4.5))).toBe('pass');
    expect(outcome('consistency.leading_growth', withAverage(5.51))).toBe('warn');
    expect(outcome('consistency.leading_growth', withAverage(4.49))).toBe('warn');
    expect(rule('consistency.leading_growth', withAverage(5.51)).values.difference).toBe(0.51);
    // 4.5, 4.5, 4.6 average 4.533322…: 5.03 is 0.496678 away (within), 5.04 is 0.506678 away.
    const rates = (reported: number) => (form: Draft) => {
      [4.5, 4.5, 4.6].forEach((rate, i) => (form.leadingIndustry.years[i].leadingIndustryGrowth = rate));
      form.leadingIndustry.leadingGrowthAvg3y = reported;
    };
    expect(outcome('consistency.leading_growth', rates(5.03))).toBe('pass');
    expect(outcome('consistency.leading_growth', rates(5.04))).toBe('warn');
    expect(outcome('consistency.leading_growth', rates(4.03))).toBe('warn');
    expect(outcome('consistency.leading_growth', (f) => (f.leadingIndustry.leadingGrowthAvg3y = NONE))).toBe('missing');
  });

  test('consistency.patents_per_10k: 0.5 passes, 0.51 warns', () => {
    const reported = (value: unknown) => (form: Draft) => Object.assign(form.innovation, { smePatentCount: 7, smeEmployees: 10_000, patentsPer10k: value });
    expect(outcome('consistency.patents_per_10k', reported(7.5))).toBe('pass');
    expect(outcome('consistency.patents_per_10k', reported(6.5))).toBe('pass');
    expect(outcome('consistency.patents_per_10k', reported(7.51))).toBe('warn');
    // 7 per 9 999 employees is 7.0007…: 7.5 is then 0.4993 away (within), 6.5 is 0.5007 away (not).
    const per9999 = (value: number) => (form: Draft) => Object.assign(form.innovation, { smePatentCount: 7, smeEmployees: 9_999, patentsPer10k: value });
    expect(outcome('consistency.patents_per_10k', per9999(7.5))).toBe('pass');
    expect(rule('consistency.patents_per_10k', per9999(6.5))).toMatchObject({ outcome: 'warn', values: { difference: 0.5007 } });
    expect(outcome('consistency.patents_per_10k', reported(NONE))).toBe('missing');
    expect(outcome('consistency.patents_per_10k', (f) => Object.assign(f.innovation, { smeEmployees: 0, patentsPer10k: 7 }))).toBe('warn');
  });

  test('evidence.checkboxes lists every ticked item and applicable field without files', () => {
    const result = rule('evidence.checkboxes', (f) => {
      f.governance.services.marketing = { checked: true, evidence: [] };
      f.green.resourceWork.waterCascade = { checked: true, evidence: [] };
      f.leadingIndustry.chainMapEvidence = NONE; // chainMap is 是
      f.openness.overseasBranchesEvidence = [];
    });
    expect(result.outcome).toBe('warn');
    expect(result.values.offending).toEqual([
      'green.resourceWork.waterCascade.evidence',
      'governance.services.marketing.evidence',
      'leadingIndustry.chainMapEvidence',
      'openness.overseasBranchesEvidence',
    ]);
    expect(outcome('evidence.checkboxes', (f) => (f.governance.services.marketing = { checked: false, evidence: [] }))).toBe('pass');
    expect(
      outcome('evidence.checkboxes', (f) => {
        f.leadingIndustry.chainMap = '否';
        f.leadingIndustry.chainMapEvidence = NONE;
      }),
    ).toBe('pass');
  });

  test('openness.activity: at least one of the five ticked', () => {
    const untick = (form: Draft) => {
      for (const item of Object.values(form.openness.activities) as Draft[]) item.checked = false;
    };
    expect(outcome('openness.activity', untick)).toBe('warn');
    expect(outcome('openness.activity', (f) => delete f.openness.activities)).toBe('warn');
    expect(
      outcome('openness.activity', (f) => {
        untick(f);
        f.openness.activities.hostedConferences = { checked: true, evidence: [{ id: 9 }] };
      }),
    ).toBe('pass');
  });
});

describe('Art. 11 (3) and (8): ticked with evidence', () => {
  const untickAll = (group: Draft) => {
    for (const item of Object.values(group ?? {}) as Draft[]) item.checked = false;
  };
  const proof = [{ id: 7 }];

  test('chain.collaboration: one sharing-work item ticked with evidence', () => {
    expect(outcome('chain.collaboration')).toBe('pass');
    expect(outcome('chain.collaboration', (f) => untickAll(f.leadingIndustry.sharingWork))).toBe('warn');
    expect(outcome('chain.collaboration', (f) => delete f.leadingIndustry.sharingWork)).toBe('warn');
    const unproven = rule('chain.collaboration', (f) => {
      untickAll(f.leadingIndustry.sharingWork);
      f.leadingIndustry.sharingWork.jointPurchasing = { checked: true, evidence: [] };
    });
    expect(unproven).toMatchObject({
      outcome: 'warn',
      values: { evidenced: [], unproven: ['leadingIndustry.sharingWork.jointPurchasing.evidence'] },
    });
    expect(unproven.message.zh).toMatch(/^需人工复核：产业链供应链协作.*涉及：leadingIndustry\.sharingWork\.jointPurchasing\.evidence/);
    expect(unproven.message.en).toMatch(/^Needs review: Supply-chain collaboration/);
    expect(
      rule('chain.collaboration', (f) => {
        untickAll(f.leadingIndustry.sharingWork);
        f.leadingIndustry.sharingWork.jointPurchasing = { checked: true, evidence: proof };
      }),
    ).toMatchObject({ outcome: 'pass', values: { evidenced: ['leadingIndustry.sharingWork.jointPurchasing'] } });
    expect(run((f) => untickAll(f.leadingIndustry.sharingWork)).verdict).toBe('needs_review');
  });

  test('governance.service: the operating organization named and one platform, service or governance item with evidence', () => {
    const onlyOne = (group: string, item: string, evidence: unknown[]) => (form: Draft) => {
      for (const key of ['platforms', 'services', 'governanceWork']) untickAll(form.governance[key]);
      form.governance[group][item] = { checked: true, evidence };
    };
    expect(outcome('governance.service')).toBe('pass');
    for (const [group, item] of [
      ['platforms', 'nationalDemo'],
      ['services', 'financing'],
      ['governanceWork', 'serviceEvaluation'],
    ]) {
      expect(outcome('governance.service', onlyOne(group, item, proof))).toBe('pass');
      expect(outcome('governance.service', onlyOne(group, item, []))).toBe('warn');
    }
    const none = rule('governance.service', (f) => {
      for (const key of ['platforms', 'services', 'governanceWork']) untickAll(f.governance[key]);
    });
    expect(none).toMatchObject({ outcome: 'warn', values: { evidenced: [], unproven: [] } });
    expect(outcome('governance.service', (f) => delete f.governance)).toBe('warn');
    // The organization: 无 warns, blank is missing, a name passes.
    const noOperator = rule('governance.service', (f) => (f.basic.operator.name = NONE));
    expect(noOperator).toMatchObject({ outcome: 'warn', values: { 'basic.operator.name': null } });
    expect(noOperator.message.en).toContain('fields: basic.operator.name');
    expect(outcome('governance.service', (f) => (f.basic.operator.name = ' 无 '))).toBe('warn');
    expect(outcome('governance.service', (f) => delete f.basic.operator.name)).toBe('missing');
    expect(outcome('governance.service', (f) => (f.basic.operator.name = '  '))).toBe('missing');
    // Nothing ticked is a known shortfall: it decides even with the name blank.
    expect(
      rule('governance.service', (f) => {
        delete f.basic.operator.name;
        for (const key of ['platforms', 'services', 'governanceWork']) untickAll(f.governance[key]);
      }).outcome,
    ).toBe('warn');
    expect(run(onlyOne('services', 'training', [])).verdict).toBe('needs_review');
  });
});

describe('form rules', () => {
  test('form.complete: a blank required field fails; 无 fills it but leaves the number missing', () => {
    const blank = rule('form.complete', (f) => delete f.basic.operator.contactPhone);
    expect(blank).toMatchObject({ outcome: 'fail', values: { blank: ['basic.operator.contactPhone'] } });
    expect(run((f) => (f.basic.operator.contactPhone = '  ')).verdict).toBe('incomplete');
    const none = run((f) => (f.digital.iipPenetration = NONE));
    expect(none.rules.find((r) => r.id === 'form.complete')?.outcome).toBe('pass');
    expect(none.rules.find((r) => r.id === 'digital.iip')?.outcome).toBe('missing');
    expect(none.verdict).toBe('incomplete');
  });

  test('form.complete: conditional fields only when their condition holds', () => {
    expect(outcome('form.complete', (f) => delete f.leadingIndustry.chainMapEvidence)).toBe('fail');
    expect(
      outcome('form.complete', (f) => {
        f.leadingIndustry.chainMap = '否';
        delete f.leadingIndustry.chainMapEvidence;
      }),
    ).toBe('pass');
    expect(
      rule('form.complete', (f) => {
        f.innovation.smePatentCount = 0;
        delete f.innovation.patentList;
        f.openness.overseasBranches = 1;
        delete f.openness.overseasBranchesEvidence;
      }).values.blank,
    ).toEqual(['openness.overseasBranchesEvidence']);
  });

  test('form.complete: a missing years row leaves each of its cells blank', () => {
    const result = rule('form.complete', (f) => f.digital.years.pop());
    expect(result.values.blank).toEqual(['digital.years.2.industrialSoftwarePurchase']);
  });

  test('form.decimals: at most 2 decimals in decimal and percent fields', () => {
    expect(outcome('form.decimals', (f) => (f.basic.areaKm2 = 0.29))).toBe('pass');
    const result = rule('form.decimals', (f) => {
      f.basic.areaKm2 = 12.345;
      f.leadingIndustry.years[1].smeOutputShare = 60.001;
      target(f, 'co2Emissions').target = 0.655;
    });
    expect(result.outcome).toBe('fail');
    expect(result.values.offending).toEqual(['basic.areaKm2', 'leadingIndustry.years.1.smeOutputShare', 'plan.targets[co2Emissions].target']);
  });

  test('form.text_length: 200 characters per narrative (line breaks not counted), 3000 for the plan', () => {
    expect(outcome('form.text_length', (f) => (f.governance.overview = '治'.repeat(200)))).toBe('pass');
    expect(outcome('form.text_length', (f) => (f.governance.overview = '治\n'.repeat(200)))).toBe('pass');
    expect(outcome('form.text_length', (f) => (f.governance.overview = '𠀀'.repeat(200)))).toBe('pass');
    expect(outcome('form.text_length', (f) => (f.governance.overview = '治'.repeat(201)))).toBe('fail');
    expect(outcome('form.text_length', (f) => (target(f, 'opennessQualitative').target = 'x'.repeat(201)))).toBe('fail');
    const plan = (narrative: number) => (form: Draft) => {
      form.plan.narrative = '规'.repeat(narrative);
      form.plan.stagedGoals = { p1: '一'.repeat(100), p2: '二'.repeat(100), p3: '三'.repeat(100) };
    };
    expect(outcome('form.text_length', plan(2700))).toBe('pass');
    const over = rule('form.text_length', plan(2701));
    expect(over).toMatchObject({ outcome: 'fail', values: { overLimit: { plan: { chars: 3001, max: 3000 } } } });
  });
});

describe('plan targets (section 八, notes a–g)', () => {
  const set = (id: string, baseline: unknown, goal: unknown) => (form: Draft) => Object.assign(target(form, id), { baseline, target: goal });

  test('plan.output_growth: target 5 passes, 4.99 warns', () => {
    expect(outcome('plan.output_growth', set('outputGrowth', 8, 5))).toBe('pass');
    expect(outcome('plan.output_growth', set('outputGrowth', 8, 4.99))).toBe('warn');
    expect(outcome('plan.output_growth', set('outputGrowth', 8, NONE))).toBe('missing');
  });

  test('plan.quality_smes: target above the baseline', () => {
    expect(outcome('plan.quality_smes', set('qualitySmes', 16, 17))).toBe('pass');
    expect(outcome('plan.quality_smes', set('qualitySmes', 16, 16))).toBe('warn');
  });

  test.each([
    ['plan.rd_growth', 'rdInvestment'],
    ['plan.patents_growth', 'inventionPatents'],
  ] as const)('%s: annualised growth over 3 years at least 5 %%', (id, row) => {
    expect(outcome(id, set(row, 100, 115.77))).toBe('pass'); // 1.05³ = 1.157625
    expect(outcome(id, set(row, 100, 115.76))).toBe('warn');
    expect(rule(id, set(row, 100, 115.76)).values.annualisedGrowth).toBe(4.9992);
    expect(outcome(id, set(row, 0, 10))).toBe('warn'); // no rate from a zero baseline
    // 8000 × 1.05³ = 9261: exactly 5 % passes; 9260.99 is 4.99996 %/yr, which rounds to 5 but is not 不低于5.
    expect(rule(id, set(row, 8000, 9261))).toMatchObject({ outcome: 'pass', values: { annualisedGrowth: 5 } });
    const justBelow = rule(id, set(row, 8000, 9260.99));
    expect(justBelow).toMatchObject({ outcome: 'warn', values: { annualisedGrowth: 4.99996 } });
    expect(justBelow.message.en).toContain('actual: 4.99996');
    expect(outcome(id, set(row, undefined, 10))).toBe('missing');
  });

  test('plan.iip: warn below 27', () => {
    expect(outcome('plan.iip', set('iipPenetration', 18.5, 27))).toBe('pass');
    expect(outcome('plan.iip', set('iipPenetration', 18.5, 26.99))).toBe('warn');
  });

  test('plan.co2: reduction warns below 13.5 %', () => {
    expect(outcome('plan.co2', set('co2Emissions', 2, 1.73))).toBe('pass');
    expect(rule('plan.co2', set('co2Emissions', 2, 1.73)).values.reductionPercent).toBe(13.5);
    expect(outcome('plan.co2', set('co2Emissions', 2, 1.74))).toBe('warn');
    expect(outcome('plan.co2', set('co2Emissions', 0, 0))).toBe('warn');
    // (2 − 1.73) / 2 in binary floating point is 13.499999…; exactly it is 13.5.
    expect(outcome('plan.co2', set('co2Emissions', 200, 173))).toBe('pass');
    expect(outcome('plan.co2', set('co2Emissions', 2000, 1730.01))).toBe('warn'); // 13.4995 %
  });

  test('plan.energy: reduction warns below 9 %', () => {
    expect(outcome('plan.energy', set('energyIntensity', 1, 0.91))).toBe('pass');
    expect(outcome('plan.energy', set('energyIntensity', 1, 0.92))).toBe('warn');
  });

  test('plan.baseline: baselines meet the criteria and restate the y3 figures', () => {
    expect(outcome('plan.baseline', set('iipPenetration', 9.99, 30))).toBe('warn');
    expect(outcome('plan.baseline', set('outputGrowth', 4.99, 8))).toBe('warn');
    const mismatch = rule('plan.baseline', set('qualitySmes', 17, 25));
    expect(mismatch).toMatchObject({ outcome: 'warn', values: { qualitySmeTotal: 16 } });
    expect(mismatch.message.en).toContain('plan.targets[qualitySmes].baseline');
    expect(outcome('plan.baseline', set('inventionPatents', 24, 30))).toBe('warn');
    expect(outcome('plan.baseline', set('co2Emissions', 0.79, 0.66))).toBe('warn');
    expect(outcome('plan.baseline', set('iipPenetration', NONE, 30))).toBe('missing');
    expect(outcome('plan.baseline', (f) => delete f.plan.targets)).toBe('missing');
  });

  // Regression (issue 4: the plan rules were rewritten for speed): exact boundaries, blanks, one path per row.
  test('plan rules at their exact boundaries after the rewrite', () => {
    expect(outcome('plan.iip', set('iipPenetration', 18.5, 27))).toBe('pass'); // the value itself passes
    expect(outcome('plan.quality_smes', set('qualitySmes', 16, 16.01))).toBe('pass');
    expect(rule('plan.rd_growth', set('rdInvestment', NONE, undefined))).toMatchObject({
      outcome: 'missing',
      values: { 'plan.targets[rdInvestment].baseline': null, 'plan.targets[rdInvestment].target': null },
    });
    expect(rule('plan.rd_growth', set('rdInvestment', 0, 5)).message.en).toContain('fields: plan.targets[rdInvestment].baseline');
    const low = rule('plan.baseline', set('qualitySmes', 7, 25)); // below 8 and not the y3 total: listed once
    expect(low.outcome).toBe('warn');
    expect(low.message.en.match(/plan\.targets\[qualitySmes\]\.baseline/g)).toHaveLength(1);
    expect(outcome('plan.baseline', set('qualitySmes', 16.004, 25))).toBe('pass'); // within half a cent of 16
  });
});

describe('shared report parts (issue 4)', () => {
  test('threshold objects are equal per rule, shared between reports and frozen', () => {
    const [a, b] = [run(), run()];
    const first = a.rules.find((r) => r.id === 'output.min')?.threshold;
    expect(first).toEqual({ outputMin: 20 });
    expect(b.rules.find((r) => r.id === 'output.min')?.threshold).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });
});
