import * as fs from 'fs';
import * as path from 'path';
import { compileCondition, conditionHolds, formFields, formFieldsByKey, valuesAt } from './fields';
import type { RequiredWhen } from './nodes';

const FORM_MD = path.join(__dirname, '..', '..', '..', 'docs', 'form.md');

describe('field table', () => {
  test('field count per section', () => {
    const counts: Record<string, number> = {};
    for (const f of formFields) if (f.type !== 'checkboxGroup') counts[f.section] = (counts[f.section] ?? 0) + 1;
    expect(counts).toEqual({
      cover: 5,
      basic: 15,
      leadingIndustry: 27,
      innovation: 22,
      digital: 14,
      green: 22,
      openness: 11,
      governance: 14,
      plan: 26,
      declaration: 4,
      recommendation: 3,
    });
    expect(formFields.filter((f) => f.type === 'checkboxGroup')).toHaveLength(11);
    expect(formFields.filter((f) => f.type === 'checkboxGroup.item')).toHaveLength(46);
  });

  // docs/form.md is the inventory the descriptor copies; labels and types must match it character for character.
  test('keys, labels and types match docs/form.md', () => {
    const rows = new Map<string, { label: string; type: string }>();
    for (const line of fs.readFileSync(FORM_MD, 'utf8').split('\n')) {
      const cells = line.replace(/\\\|/g, '¦').split(' | ');
      const m = /^\| `([^`]+)`$/.exec(cells[0] ?? '');
      // The 一 rows come after the cover rows of the same key; the 一 label is the field's own.
      if (m && cells.length >= 4) rows.set(m[1], { label: cells[1].trim(), type: cells[2].trim().replace(/¦/g, '|') });
    }
    let compared = 0;
    const comparable = (type: string) => (type.startsWith('enum(') && /GB|county/.test(type) ? 'enum' : type);
    for (const field of formFields) {
      const row = rows.get(field.key);
      if (!row || field.required === 'fixed') continue;
      compared++;
      expect({ key: field.key, label: field.label, type: comparable(field.type.replace(/^enum\(县市区\)|^enum\(市州\)/, 'enum')) }).toEqual({
        key: field.key,
        label: row.label,
        type: comparable(row.type),
      });
    }
    expect(compared).toBeGreaterThanOrEqual(145);
    // docs/form.md keys the table does not list are row headers it spells out (target rows, the standards table) or derived values.
    const unlisted = [...rows.keys()].filter((k) => !formFieldsByKey.has(k));
    expect(unlisted.filter((k) => !/^plan\.targets\[|^innovation\.years\[\]\.standards\[\]$|^\*|Computed$|qualitySmeTotal$/.test(k))).toEqual([]);
  });

  test('reads values at keys and evaluates conditions', () => {
    const form = {
      leadingIndustry: { chainMap: '是' as const },
      innovation: { years: [{ standards: [{ ledCount: 0 }, { participatedCount: 2 }] }, {}, {}] },
      plan: { targets: [{ id: 'qualitySmes' as const, baseline: 8 }] },
    };
    expect(valuesAt(form, 'innovation.years[].standards[].participatedCount')).toEqual([2]);
    expect(valuesAt(form, 'plan.targets[qualitySmes].baseline')).toEqual([8]);
    const cond = (key: string) => formFieldsByKey.get(key)!.required as RequiredWhen;
    expect(conditionHolds(cond('leadingIndustry.chainMapEvidence'), form)).toBe(true);
    expect(conditionHolds(cond('innovation.standardsList'), form)).toBe(true);
    expect(conditionHolds(cond('innovation.patentList'), form)).toBe(false);
    expect(conditionHolds(cond('green.carbonMonitoringEvidence'), form)).toBe(false);
    expect(compileCondition(cond('innovation.standardsList'))(form)).toBe(true);
    expect(compileCondition(cond('innovation.patentList'))(form)).toBe(false);
    expect(compileCondition({ when: 'equals', key: 'leadingIndustry.chain-map', value: '是' })(form)).toBe(false); // malformed key
  });
});
