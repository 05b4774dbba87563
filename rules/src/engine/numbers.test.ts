import fc from 'fast-check';
import { figureText } from './numbers';

test('figureText is String for figures with up to 4 decimals', () => {
  fc.assert(
    fc.property(fc.integer({ min: -(10 ** 13), max: 10 ** 13 }), fc.constantFrom(1, 10, 100, 10000), (units, scale) => {
      expect(figureText(units / scale)).toBe(String(units / scale));
    }),
    { numRuns: 20000 },
  );
});

test('figureText is String for any double', () => {
  fc.assert(
    fc.property(fc.double(), (value) => {
      expect(figureText(value)).toBe(String(value));
    }),
    { numRuns: 20000 },
  );
});

const EDGES = [0, -0, 0.0001, -0.0001, 0.29, 1.005, 2.675, 1000.1, 999999999.9999, 1e9, 0.1 + 0.2, 5e-7, 1e21, NaN];

test.each(EDGES)('figureText(%p)', (value) => {
  expect(figureText(value)).toBe(String(value));
});
