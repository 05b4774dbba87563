import { loadExamples } from '../examples/load';
import { evaluate } from './engine';
import type { ApplicationForm } from './form';
import { displayRule } from './report-display';

describe('the rule report as an official reads it', () => {
  const examples = loadExamples();

  test('every figure of every example report has a Chinese label, never its key', () => {
    for (const example of examples) {
      const report = evaluate(example.form as ApplicationForm, { callYear: example.callYear });
      for (const rule of report.rules) {
        for (const figure of displayRule(rule, example.callYear).figures) {
          expect({ rule: rule.id, key: figure.key, label: figure.label }).toEqual({
            rule: rule.id,
            key: figure.key,
            label: expect.not.stringMatching(/^[\w.[\]]+$/),
          });
        }
      }
    }
  });

  test('a computed mean just above a threshold keeps the decimals that show it is above', () => {
    const example = examples.find((e) => e.name === 'eligible.json')!;
    const form = structuredClone(example.form) as { innovation: { years: { rdGrowth: number }[] } };
    [4, 4.35, 6.67].forEach((rate, i) => (form.innovation.years[i].rdGrowth = rate));
    const rule = evaluate(form as unknown as ApplicationForm, { callYear: example.callYear }).rules.find((r) => r.id === 'rd.growth')!;
    expect(rule.outcome).toBe('pass');
    const mean = displayRule(rule, example.callYear).figures.find((f) => f.key === 'rdGrowthAvg3yComputed')!;
    expect(mean.text).not.toBe('5%');
    expect(mean.text).toMatch(/^5\.0+\d+%$/);
  });
});
