import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { formSections } from '../form/descriptor';
import { loadExamples } from '../../examples/load';
import { FORM_FIELDS } from './form-fields';
import { formFieldList, formFieldReader, readerSource } from './form-reader';
import { formScanSource } from './generate-reader';
import { SCANNED, scanFormFields } from './generated/form-scan';
import { formChecks } from './rules/form';
import { PLAN_MAX_CHARS } from '../form/descriptor';
import { targetRows } from './read';

/** The value at a reader path, the slow obvious way: `a.0.b` by position, `targets[id]` by id (first such row). */
function naiveRead(form: unknown, fieldPath: string): unknown {
  let current: unknown = form;
  for (const part of fieldPath.split('.')) {
    const [, name, id] = /^([^[]+)(?:\[(.+)\])?$/.exec(part) as RegExpExecArray;
    const isObject = typeof current === 'object' && current !== null;
    if (/^\d+$/.test(name)) current = Array.isArray(current) ? current[Number(name)] : undefined;
    else current = isObject ? (current as Record<string, unknown>)[name] : undefined;
    if (id !== undefined) {
      const rows: unknown[] = Array.isArray(current) ? current : [];
      current = rows.find((row) => typeof row === 'object' && row !== null && (row as { id?: unknown }).id === id);
    }
  }
  return current;
}

function expectReadsLikeNaive(form: unknown): void {
  const values = FORM_FIELDS.read(form);
  expect(values).toHaveLength(FORM_FIELDS.fields.length);
  FORM_FIELDS.fields.forEach((field, index) => {
    expect([field.path, values[index]]).toEqual([field.path, naiveRead(form, field.path)]);
  });
}

describe('the generated form reader', () => {
  it('is what the generator writes for the current descriptor (npm run generate:form)', () => {
    const committed = fs.readFileSync(path.join(__dirname, 'generated', 'form-fields.ts'), 'utf8');
    expect(committed).toBe(readerSource(formSections));
  });

  it('reads every field of every example at its path', () => {
    for (const example of loadExamples()) expectReadsLikeNaive(example.form);
  });

  it('reads absent, malformed and reordered containers as the naive reader does, without throwing', () => {
    const [example] = loadExamples();
    const form = JSON.parse(JSON.stringify(example.form));
    const malformed = [
      undefined,
      null,
      'form',
      [],
      { ...form, basic: 'text', leadingIndustry: { years: { 0: { totalOutput: 1 } } } },
      { ...form, innovation: { ...form.innovation, years: [null, 7, { rdGrowth: 3 }] } },
      // Target rows out of order, a duplicate id (the first counts) and junk rows.
      {
        ...form,
        plan: {
          ...form.plan,
          targets: [
            null,
            'row',
            { id: 'qualitySmes', baseline: 1, target: 2 },
            { id: 'outputGrowth', baseline: 3 },
            { id: 'qualitySmes', baseline: 9, target: 9 },
          ],
        },
      },
      // Keys in another order than the schema writes them.
      Object.fromEntries(Object.entries(form).reverse()),
    ];
    for (const value of malformed) expectReadsLikeNaive(value);
  });

  it('reads any JSON-shaped form like the naive reader (property)', () => {
    const [example] = loadExamples();
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(...Object.keys(formSections)), (junk, section) => {
        expectReadsLikeNaive({ ...example.form, [section]: junk });
      }),
      { numRuns: 200 },
    );
  });

  it('refuses to run when the generated file no longer matches the descriptor', () => {
    const paths = formFieldList(formSections).map((field) => field.path);
    const read = () => [];
    expect(() => formFieldReader(formSections, { paths: paths.slice(1), read })).toThrow(/npm run generate:form/);
    expect(() => formFieldReader(formSections, { paths: [...paths].reverse(), read })).toThrow(/generate:form/);
    expect(formFieldReader(formSections, { paths, read }).indexOf(paths[3])).toBe(3);
    expect(() => formFieldReader(formSections, { paths, read }).indexOf('basic')).toThrow(/not a field/);
  });
});

describe('the generated form scan', () => {
  it('is what the generator writes for the current descriptor (npm run generate:form)', () => {
    const committed = fs.readFileSync(path.join(__dirname, 'generated', 'form-scan.ts'), 'utf8');
    expect(committed).toBe(formScanSource());
  });

  it('refuses to run when it was generated for other checks', () => {
    const scan = { checks: SCANNED, scan: scanFormFields };
    expect(() => formChecks(FORM_FIELDS, PLAN_MAX_CHARS, scan)).not.toThrow();
    expect(() => formChecks(FORM_FIELDS, PLAN_MAX_CHARS, { ...scan, checks: SCANNED.slice(1) })).toThrow(/npm run generate:form/);
    // Another shared plan limit changes which texts the scan adds up.
    expect(() => formChecks(FORM_FIELDS, PLAN_MAX_CHARS + 1, scan)).toThrow(/generate:form/);
  });
});

describe('targetRows', () => {
  it('finds each id once, in the order asked, in one table of any shape', () => {
    const a = { id: 'a', baseline: 1 };
    const b = { id: 'b', baseline: 2 };
    expect(targetRows([b, 'x', null, a, { id: 'a' }], ['a', 'b', 'c'])).toEqual([a, b, undefined]);
    expect(targetRows(undefined, ['a'])).toEqual([undefined]);
    expect(targetRows({ id: 'a' }, ['a'])).toEqual([undefined]);
  });
});
