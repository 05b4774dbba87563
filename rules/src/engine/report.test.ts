// The report as a whole: verdict precedence, thresholds, catalog, examples, README, CLI.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import fixture from './fixtures/eligible.json';
import {
  CATALOG,
  catalogMarkdown,
  DEFAULT_THRESHOLDS,
  evaluate,
  InvalidThresholdsError,
  parseThresholds,
  RULE_IDS,
  thresholdsMarkdown,
  verdictOf,
  type RuleKind,
} from '.';
import { validateForm, type ApplicationForm } from '../form';
import { main } from '../cli';

const REPO = join(__dirname, '../../..');
const form = fixture.form as unknown as ApplicationForm;

describe('verdict (docs/domain.md §5.5)', () => {
  const r = (kind: RuleKind, outcome: 'pass' | 'fail' | 'warn' | 'missing') => ({ kind, outcome });

  test('ineligible > incomplete > needs_review > eligible', () => {
    expect(verdictOf([r('hard', 'pass'), r('soft', 'pass')])).toBe('eligible');
    expect(verdictOf([r('soft', 'warn'), r('plan', 'pass')])).toBe('needs_review');
    expect(verdictOf([r('soft', 'warn'), r('plan', 'missing')])).toBe('incomplete');
    expect(verdictOf([r('soft', 'warn'), r('form', 'fail')])).toBe('incomplete');
    expect(verdictOf([r('form', 'fail'), r('hard', 'missing'), r('hard', 'fail')])).toBe('ineligible');
    expect(verdictOf([r('plan', 'warn'), r('negative', 'fail')])).toBe('ineligible');
    expect(verdictOf([r('hard', 'missing'), r('negative', 'pass')])).toBe('incomplete');
    expect(verdictOf([r('negative', 'warn'), r('hard', 'pass')])).toBe('needs_review');
  });

  test('on a whole report', () => {
    const report = evaluate({ ...form, basic: { ...form.basic, noMisconduct: '否', areaKm2: undefined } }, { callYear: 2026 });
    expect(report.verdict).toBe('ineligible');
    expect(evaluate({}, { callYear: 2026 }).verdict).toBe('incomplete');
  });
});

describe('report shape', () => {
  const report = evaluate(form, { callYear: 2026, now: new Date('2026-03-01T08:00:00Z') });

  test('every catalog rule once, in catalog order, with its article and kind', () => {
    expect(report.rules.map((rule) => rule.id)).toEqual(RULE_IDS);
    expect(new Set(RULE_IDS).size).toBe(32);
    report.rules.forEach((rule, i) => expect(rule).toMatchObject({ article: CATALOG[i].article, kind: CATALOG[i].kind }));
  });

  test('header and recorded thresholds', () => {
    expect(report).toMatchObject({
      engineVersion: expect.any(String),
      callYear: 2026,
      evaluatedAt: '2026-03-01T08:00:00.000Z',
    });
    expect(report.thresholds).toEqual(DEFAULT_THRESHOLDS);
    const used = report.rules.flatMap((rule) => Object.entries(rule.threshold).filter(([, v]) => typeof v === 'number'));
    for (const [key, value] of used) {
      if (key in DEFAULT_THRESHOLDS) expect(report.thresholds[key as keyof typeof DEFAULT_THRESHOLDS]).toBe(value);
    }
    // every configurable threshold is used by some rule
    expect(new Set(used.map(([key]) => key))).toEqual(new Set([...Object.keys(DEFAULT_THRESHOLDS), 'maxDecimals', 'planMaxChars']));
  });

  test('messages in both languages quote the configured threshold', () => {
    const report2 = evaluate(form, { callYear: 2026, thresholds: parseThresholds({ outputMin: 45 }) });
    const rule = report2.rules.find((r) => r.id === 'output.min');
    expect(rule).toMatchObject({ outcome: 'fail', threshold: { outputMin: 45 } });
    expect(rule?.message.zh).toContain('45亿元以上');
    expect(rule?.message.en).toContain('leadingIndustry.years.0.totalOutput');
  });
});

describe('thresholds', () => {
  test('parseThresholds fills defaults and validates with paths', () => {
    expect(parseThresholds({})).toEqual(DEFAULT_THRESHOLDS);
    expect(parseThresholds(undefined)).toEqual(DEFAULT_THRESHOLDS);
    expect(parseThresholds({ areaMaxKm2: 150 })).toEqual({ ...DEFAULT_THRESHOLDS, areaMaxKm2: 150 });
    const issues = (input: unknown) => {
      try {
        parseThresholds(input);
      } catch (error) {
        return (error as InvalidThresholdsError).issues.map((issue) => issue.path);
      }
      return [];
    };
    expect(issues({ outputMin: '20' })).toEqual(['outputMin']);
    expect(issues({ smeOutputShareMin: 120 })).toEqual(['smeOutputShareMin']);
    expect(issues({ outputMn: 20 })).toEqual(['outputMn']);
    expect(() => parseThresholds([])).toThrow(InvalidThresholdsError);
  });

  test('config/thresholds.json holds the defaults', () => {
    const json = JSON.parse(readFileSync(join(REPO, 'config/thresholds.json'), 'utf8'));
    expect(parseThresholds(json)).toEqual(DEFAULT_THRESHOLDS);
  });

  test('a province that edits the thresholds changes the outcomes', () => {
    const lenient = parseThresholds({ areaMaxKm2: 120, rdGrowthAbove: 9.3 });
    const wide = { ...form, basic: { ...form.basic, areaKm2: 110 } };
    const outcomes = (thresholds?: typeof lenient) => Object.fromEntries(evaluate(wide, { callYear: 2026, thresholds }).rules.map((r) => [r.id, r.outcome]));
    expect(outcomes()).toMatchObject({ 'area.max': 'warn', 'rd.growth': 'pass' });
    expect(outcomes(lenient)).toMatchObject({ 'area.max': 'pass', 'rd.growth': 'fail' });
  });
});

describe('example applications (rules/examples)', () => {
  const dir = join(REPO, 'rules/examples');
  const examples = readdirSync(dir).filter((file) => file.endsWith('.json'));

  test.each(examples)('%s is valid form data and evaluates', (file) => {
    const { callYear, form: data } = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const validation = validateForm(data);
    expect(validation.success).toBe(true);
    if (!validation.success) return;
    const report = evaluate(validation.data, { callYear });
    const intended = file.replace('.json', '').replace('-', '_');
    if (['eligible', 'needs_review', 'incomplete', 'ineligible'].includes(intended)) {
      expect(report.verdict).toBe(intended);
    }
  });
});

describe('README', () => {
  const readme = readFileSync(join(REPO, 'rules/README.md'), 'utf8');
  const between = (name: string) => {
    const match = new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)\\n<!-- ${name}:end -->`).exec(readme);
    return match?.[1];
  };

  test('the rule table is the catalog (node rules/dist/cli.js catalog --markdown)', () => {
    expect(between('catalog')).toBe(catalogMarkdown());
  });

  test('the threshold table is the thresholds schema', () => {
    expect(between('thresholds')).toBe(thresholdsMarkdown());
  });
});

describe('CLI', () => {
  let out = '';
  let err = '';
  beforeEach(() => {
    out = '';
    err = '';
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  });
  afterEach(() => jest.restoreAllMocks());

  const fixtureFile = join(__dirname, 'fixtures/eligible.json');

  test('evaluate prints the report', () => {
    expect(main(['evaluate', fixtureFile])).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ callYear: 2026, verdict: 'eligible' });
  });

  test('a bare form needs --call-year', () => {
    const bare = join(mkdtempSync(join(tmpdir(), 'rules-cli-')), 'bare.json');
    writeFileSync(bare, JSON.stringify(fixture.form));
    expect(main(['evaluate', bare, '--call-year', '2026'])).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ callYear: 2026, verdict: 'eligible' });
    expect(main(['evaluate', bare])).toBe(2);
    expect(main(['evaluate', join(REPO, 'config/thresholds.json')])).toBe(2);
    expect(err).toContain('call year');
  });

  test('form data of the wrong shape: field errors on stderr, exit 2', () => {
    const bad = join(__dirname, 'fixtures/invalid.json');
    expect(main(['evaluate', bad])).toBe(2);
    expect(err).toContain('basic.areaKm2');
    expect(out).toBe('');
  });

  test('3 decimals or a 201-character narrative: evaluated, form.decimals / form.text_length fail, incomplete, exit 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-cli-'));
    const evaluateWith = (mutate: (data: Record<string, any>) => void) => {
      const data = structuredClone(fixture) as Record<string, any>;
      mutate(data.form);
      const file = join(dir, 'form.json');
      writeFileSync(file, JSON.stringify(data));
      out = '';
      expect(main(['evaluate', file])).toBe(0);
      const report = JSON.parse(out);
      return { verdict: report.verdict, failed: report.rules.filter((r: { outcome: string }) => r.outcome !== 'pass') };
    };
    const decimals = evaluateWith((form) => (form.plan.targets.find((row: { id: string }) => row.id === 'co2Emissions').target = 0.655));
    expect(decimals.verdict).toBe('incomplete');
    expect(decimals.failed).toEqual([
      expect.objectContaining({ id: 'form.decimals', outcome: 'fail', values: expect.objectContaining({ offending: ['plan.targets[co2Emissions].target'] }) }),
    ]);
    const narrative = evaluateWith((form) => (form.governance.overview = '治'.repeat(201)));
    expect(narrative.verdict).toBe('incomplete');
    expect(narrative.failed).toEqual([
      expect.objectContaining({ id: 'form.text_length', outcome: 'fail', values: expect.objectContaining({ offending: ['governance.overview'] }) }),
    ]);
    expect(err).toBe('');
    // Saving refuses both (validateForm is what the API's save uses).
    const refused = structuredClone(fixture.form) as Record<string, any>;
    refused.governance.overview = '治'.repeat(201);
    refused.basic.areaKm2 = 12.345;
    const saved = validateForm(refused);
    expect(saved.success ? [] : saved.errors.map((error) => error.path).sort()).toEqual(['basic.areaKm2', 'governance.overview']);
  });

  test('a file that is not JSON: exit 2', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rules-cli-')), 'broken.json');
    writeFileSync(file, '{ "callYear": 2026, "form": { ');
    expect(main(['evaluate', file])).toBe(2);
    expect(err).toContain('is not JSON');
  });

  test('bad arguments, unreadable files, invalid thresholds: exit 2', () => {
    expect(main([])).toBe(2);
    expect(main(['evaluate'])).toBe(2);
    expect(main(['evaluate', '/nonexistent.json'])).toBe(2);
    expect(main(['evaluate', fixtureFile, '--thresholds'])).toBe(2);
    expect(main(['evaluate', fixtureFile, '--thresholds', fixtureFile])).toBe(2);
    expect(err).toContain('Unrecognized key');
  });

  test('catalog as a table, JSON and markdown', () => {
    expect(main(['catalog'])).toBe(0);
    expect(out.split('\n')[1]).toMatch(/^output\.min\s+第十一条（一）\s+hard\s+集群近三年产值均在20亿元以上/);
    out = '';
    expect(main(['catalog', '--json'])).toBe(0);
    expect(JSON.parse(out).map((entry: { id: string }) => entry.id)).toEqual(RULE_IDS);
    out = '';
    expect(main(['catalog', '--markdown'])).toBe(0);
    expect(out).toBe(`${catalogMarkdown()}\n`);
  });
});
