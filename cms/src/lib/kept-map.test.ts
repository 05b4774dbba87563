import { KeptMap } from './kept-map';

describe('KeptMap', () => {
  it('drops the least recently used entry past its limit', () => {
    const kept = new KeptMap<string, number>(2);
    kept.set('a', 1);
    kept.set('b', 2);
    expect(kept.get('a')).toBe(1);
    kept.set('c', 3);
    expect(kept.get('b')).toBeUndefined();
    expect(kept.get('a')).toBe(1);
    expect(kept.get('c')).toBe(3);
  });

  it('replaces a value set again without dropping another', () => {
    const kept = new KeptMap<string, number>(2);
    kept.set('a', 1);
    kept.set('b', 2);
    kept.set('a', 10);
    expect(kept.get('a')).toBe(10);
    expect(kept.get('b')).toBe(2);
  });
});
