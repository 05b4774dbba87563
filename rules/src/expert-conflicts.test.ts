import { conflictTies, organizationKey, organizationLines } from './expert-conflicts';

const candidate = {
  prefectureCode: '520100',
  countyCode: '520115',
  declarantName: '贵阳市观山湖区工业和信息化局',
  operatorName: '贵州观山湖产业投资（集团）有限公司',
};
const free = { unit: '贵州大学', regionCodes: ['520302'], organizations: [] };

describe('conflicts known before access', () => {
  it('finds none for an expert of another place and organization', () => {
    expect(conflictTies(free, candidate)).toEqual([]);
  });
  it('ties an expert to the county, the prefecture, or both', () => {
    expect(conflictTies({ ...free, regionCodes: ['520115'] }, candidate)).toEqual(['county']);
    expect(conflictTies({ ...free, regionCodes: ['520100'] }, candidate)).toEqual(['prefecture']);
    expect(conflictTies({ ...free, regionCodes: ['520302', '520115', '520100'] }, candidate)).toEqual(['county', 'prefecture']);
    // A county of the same prefecture is not the candidate's county.
    expect(conflictTies({ ...free, regionCodes: ['520102'] }, candidate)).toEqual([]);
  });
  it('ties an expert whose unit or listed organization is the declaring body or the operator, however the name is spaced or its brackets written', () => {
    expect(conflictTies({ ...free, unit: '贵阳市观山湖区工业和信息化局' }, candidate)).toEqual(['organization']);
    expect(conflictTies({ ...free, organizations: ['贵州观山湖产业投资(集团)有限公司 '] }, candidate)).toEqual(['organization']);
    expect(conflictTies({ ...free, unit: null, organizations: [''] }, { ...candidate, declarantName: '', operatorName: null })).toEqual([]);
  });
  it('reads one organization a line', () => {
    expect(organizationLines(' 甲公司 \r\n\n乙协会\n')).toEqual(['甲公司', '乙协会']);
    expect(organizationLines(null)).toEqual([]);
    expect(organizationKey('（集团） 有限公司')).toBe('(集团)有限公司');
  });
});
