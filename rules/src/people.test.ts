import { personName } from './people';

describe('a person as officials name one another', () => {
  test('name and unit, the name alone, or the login of an unnamed account', () => {
    expect(personName({ username: 'city-520100', fullName: '王丽', unit: '贵阳市工业和信息化局' })).toBe('王丽（贵阳市工业和信息化局）');
    expect(personName({ username: 'city-520100', fullName: '王丽', unit: ' ' })).toBe('王丽');
    expect(personName({ username: 'city-520100', fullName: '', unit: '贵阳市工业和信息化局' })).toBe('city-520100');
    expect(personName(null)).toBeNull();
  });
});
