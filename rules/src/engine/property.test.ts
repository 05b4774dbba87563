// Property tests: on any schema-valid draft, evaluate never throws, reports every
// catalog rule once in order, and its verdict is §5.5 applied to its own outcomes.
import fc from 'fast-check';
import { applicationFormSchema, fieldKeys, formSections, validateForm, type FormNode, type ValueType } from '../form';
import { evaluate, RULE_IDS, verdictOf } from '.';
import fixture from './fixtures/eligible.json';

const none = fc.constant({ none: true });
const files = fc.array(fc.record({ id: fc.integer({ min: 1, max: 999 }) }), { maxLength: 2 });
const cents = (min: number, max: number) => fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((n) => n / 100);
const text = (maxLength: number) => fc.string({ maxLength: Math.min(maxLength, 60), unit: 'grapheme' });

function valueArbitrary(value: ValueType): fc.Arbitrary<unknown> {
  switch (value.type) {
    case 'string':
    case 'text':
      return fc.oneof(text(value.type === 'text' ? value.maxChars : 60), none);
    case 'decimal2':
    case 'percent2':
      // Mostly near the thresholds, sometimes anywhere in the allowed range.
      return fc.oneof(cents(Math.max(value.min ?? -100, -100), Math.min(value.max ?? 150, 150)), cents(value.min ?? -1e6, value.max ?? 1e6), none);
    case 'integer':
      return fc.oneof(fc.nat({ max: 40 }), fc.nat({ max: 1e6 }), none);
    case 'choice':
      return fc.constantFrom(...value.options.map((option) => option.value));
    case 'date':
      return fc.constant('2026-03-01');
    case 'countNames':
      return fc.oneof(fc.record({ count: fc.nat({ max: 5 }), names: fc.array(fc.constantFrom('甲', '乙'), { maxLength: 3 }) }), none);
    case 'files':
      return fc.oneof(files, none);
    case 'checkbox':
      return fc.record({ checked: fc.boolean(), evidence: files });
    case 'regionCity':
      return fc.constant('520100');
    case 'regionCounty':
      return fc.constant('520111');
    default:
      return fc.constant(undefined); // derived years and printed text: never typed
  }
}

function objectArbitrary(children: Record<string, FormNode>): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.fromEntries(Object.entries(children).map(([key, node]) => [key, nodeArbitrary(node)]));
  return fc.record(entries, { requiredKeys: [] });
}

function nodeArbitrary(node: FormNode): fc.Arbitrary<unknown> {
  switch (node.node) {
    case 'field':
      return node.required === 'fixed' ? fc.constant(undefined) : valueArbitrary(node.value);
    case 'group':
      return objectArbitrary(node.children);
    case 'rows':
      return fc.array(objectArbitrary(node.children), { minLength: node.count, maxLength: node.count });
    case 'targets':
      return fc
        .subarray(Object.entries(node.rows))
        .chain((rows) =>
          fc.tuple(
            ...rows.map(([id, row]) =>
              fc.record({ id: fc.constant(id), baseline: nodeArbitrary(row.baseline), target: nodeArbitrary(row.target) }, { requiredKeys: ['id'] }),
            ),
          ),
        );
  }
}

/** Drops the values the schema's cross-field checks refuse (e.g. more SMEs than firms), so every draft is valid. */
function schemaValid(draft: unknown): unknown {
  let current = JSON.parse(JSON.stringify(draft));
  for (let round = 0; round < 5; round += 1) {
    const result = validateForm(current);
    if (result.success) return result.data;
    for (const { path } of result.errors) {
      const keys = fieldKeys(current, path);
      const parent = keys.slice(0, -1).reduce((value, key) => value?.[key], current);
      if (parent && typeof parent === 'object') delete parent[keys[keys.length - 1]];
      else current = {};
    }
  }
  throw new Error('could not make the draft schema-valid');
}

const randomForm = objectArbitrary(formSections as unknown as Record<string, FormNode>);

/** The eligible fixture with up to two sections swapped for random ones: reaches every verdict, not just the worst. */
const mixedForm = fc.tuple(randomForm, fc.subarray(Object.keys(formSections), { maxLength: 2 })).map(([random, sections]) => {
  const form: Record<string, unknown> = structuredClone(fixture.form);
  for (const section of sections) form[section] = random[section];
  return form;
});

const draftForm = fc.oneof(randomForm, mixedForm).map(schemaValid);

test('the generated drafts are schema-valid', () => {
  fc.assert(
    fc.property(draftForm, (form) => applicationFormSchema.safeParse(form).success),
    { numRuns: 50 },
  );
});

test('evaluate never throws; every rule once, in order; verdict = §5.5 of its own outcomes', () => {
  fc.assert(
    fc.property(draftForm, fc.integer({ min: 2024, max: 2030 }), (form, callYear) => {
      const report = evaluate(form, { callYear });
      expect(report.rules.map((rule) => rule.id)).toEqual(RULE_IDS);
      expect(report.verdict).toBe(verdictOf(report.rules));
      for (const rule of report.rules) {
        expect(rule.values.error).toBeUndefined();
        expect(['pass', 'fail', 'warn', 'missing']).toContain(rule.outcome);
        // negative.incidents warns on 否 (Art. 12 is narrower than the form's question).
        if ((rule.kind !== 'hard' && rule.kind !== 'negative' && rule.kind !== 'form') || rule.id === 'negative.incidents')
          expect(rule.outcome).not.toBe('fail');
        expect(rule.message.zh.length).toBeGreaterThan(0);
        expect(rule.message.en.length).toBeGreaterThan(0);
      }
    }),
    { numRuns: 300 },
  );
});

test('evaluate never throws on data that bypassed the schema', () => {
  fc.assert(
    fc.property(fc.anything(), fc.object(), (junk, object) => {
      for (const form of [junk, object, { leadingIndustry: junk, plan: { targets: junk }, innovation: object }]) {
        const report = evaluate(form as never, { callYear: 2026 });
        expect(report.rules.map((rule) => rule.id)).toEqual(RULE_IDS);
        expect(report.rules.filter((rule) => rule.values.error !== undefined)).toEqual([]);
      }
    }),
    { numRuns: 200 },
  );
});

test('the drafts reach every verdict', () => {
  const samples = fc.sample(draftForm, { numRuns: 400, seed: 7 });
  const verdicts = new Set(samples.map((form) => evaluate(form, { callYear: 2026 }).verdict));
  expect(verdicts).toEqual(new Set(['eligible', 'needs_review', 'incomplete', 'ineligible']));
});
