import { mergeFilters } from './resource';

describe('mergeFilters', () => {
  it('folds conditions on the same relation into one object, so the relation is joined once', () => {
    expect(mergeFilters([{ prefecture: { code: { $eq: '520100' } } }, { prefecture: { code: { $eq: '520100' } } }, { status: { $eq: 'draft' } }])).toEqual({
      prefecture: { code: { $eq: '520100' } },
      status: { $eq: 'draft' },
    });
    expect(mergeFilters([{ cluster: { prefecture: { code: { $eq: '520100' } } } }, { cluster: { county: { code: { $eq: '520115' } } } }])).toEqual({
      cluster: { prefecture: { code: { $eq: '520100' } }, county: { code: { $eq: '520115' } } },
    });
  });

  it('keeps contradicting conditions apart, so both still apply', () => {
    expect(mergeFilters([{ prefecture: { code: { $eq: '520100' } } }, { prefecture: { code: { $eq: '520300' } } }])).toEqual({
      $and: [{ prefecture: { code: { $eq: '520100' } } }, { prefecture: { code: { $eq: '520300' } } }],
    });
    expect(mergeFilters([{ id: { $in: [] } }, { id: { $in: [1] } }])).toEqual({ $and: [{ id: { $in: [] } }, { id: { $in: [1] } }] });
  });

  it('is empty for no filters', () => {
    expect(mergeFilters([{}])).toEqual({});
    expect(mergeFilters([])).toEqual({});
  });
});
