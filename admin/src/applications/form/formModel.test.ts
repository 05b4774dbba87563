import { changedSections } from './formModel';

describe('changedSections: a save sends only the sections someone changed', () => {
  test('blanks the inputs register (empty names, untouched groups, cleared fields) change nothing', () => {
    const stored = { innovation: { years: [{ year: 2025, rdIntensity: 3.25 }] } };
    const edited = {
      cover: { region: { city: undefined, county: undefined } },
      innovation: { years: [{ year: 2025, rdIntensity: 3.25, rdGrowth: '' }], platforms: { national: { names: [] } }, collaborativeWork: {} },
    };
    expect(changedSections(edited, stored)).toEqual({});
  });

  test('a typed value, a cleared value and a moved row are changes', () => {
    const stored = { basic: { clusterName: '甲' }, plan: { targets: [{ id: 'a', target: 1 }, null] } };
    expect(Object.keys(changedSections({ basic: { clusterName: '乙' }, plan: stored.plan }, stored))).toEqual(['basic']);
    expect(Object.keys(changedSections({ basic: { clusterName: '' }, plan: stored.plan }, stored))).toEqual(['basic']);
    expect(Object.keys(changedSections({ basic: stored.basic, plan: { targets: [null, { id: 'a', target: 1 }] } }, stored))).toEqual(['plan']);
  });
});
