import { deriveValues, formYears, geometricMeanGrowth, patentsPer10kComputed, planYears, withDerivedYears } from './derived';
import { validateForm } from './schema';

describe('derived values', () => {
  test('years of the form and of the plan', () => {
    expect(formYears(2026)).toEqual([2023, 2024, 2025]);
    expect(planYears(2026)).toEqual([2026, 2027, 2028]);
  });

  test('geometric mean of yearly growth rates', () => {
    expect(geometricMeanGrowth([10, 10, 10])).toBeCloseTo(10, 10);
    // (1.1 × 1.2 × 0.9)^(1/3) − 1 = 1.188^(1/3) − 1
    expect(geometricMeanGrowth([10, 20, -10])).toBeCloseTo((Math.cbrt(1.188) - 1) * 100, 10);
    expect(geometricMeanGrowth([5, undefined, 5])).toBeUndefined();
    expect(geometricMeanGrowth([5, { none: true }, 5])).toBeUndefined();
    expect(geometricMeanGrowth([-100, 5, 5])).toBeUndefined();
  });

  test('patents per 10 000 employees', () => {
    expect(patentsPer10kComputed({ innovation: { smePatentCount: 186, smeEmployees: 15800 } })).toBeCloseTo(117.7215, 4);
    expect(patentsPer10kComputed({ innovation: { smePatentCount: 186, smeEmployees: 0 } })).toBeUndefined();
    expect(patentsPer10kComputed({ innovation: { smePatentCount: { none: true }, smeEmployees: 100 } })).toBeUndefined();
  });

  test('deriveValues and withDerivedYears', () => {
    const row = { specializedSmeCount: 9, littleGiantCount: 1, singleChampionCount: 0, highTechInnovativeCount: 18 };
    const form = {
      leadingIndustry: { years: [row, row, { ...row, highTechInnovativeCount: { none: true } as const }] },
      innovation: { years: [{ rdGrowth: 6 }, { rdGrowth: 6 }, { rdGrowth: 6 }] },
    };
    const derived = deriveValues(form, 2026);
    expect(derived.qualitySmeTotal).toEqual([28, 28, undefined]);
    expect(derived.rdGrowthAvg3yComputed).toBeCloseTo(6, 10);
    expect(derived.leadingGrowthAvg3yComputed).toBeUndefined();
    expect(derived.patentsPer10kComputed).toBeUndefined();
    const dated = withDerivedYears(form, 2026);
    expect(dated.innovation?.years?.map((y) => y.year)).toEqual([2023, 2024, 2025]);
    expect(form.innovation.years[0]).toEqual({ rdGrowth: 6 });
    expect(validateForm(dated).success).toBe(true);
  });
});
