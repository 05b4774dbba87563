import { validateForm } from './form';
import { poolForm } from './pool-form';

const pool = {
  name: '中小企业特色产业集群（西秀区蜡染服饰产业）',
  industryType: '第二产业',
  declarantName: '安顺市西秀区工业和信息化局',
  operatorName: '西秀产业园区管理委员会',
  areaKm2: 18.2,
  figuresYear: 2025,
  totalOutput: 32.4,
  firmCount: 126,
  smeCount: 121,
};
type Years = Array<{ year?: number; totalOutput?: number; firmCount?: number; smeCount?: number }>;
const years = (form: ReturnType<typeof poolForm>) => (form.leadingIndustry as unknown as { years: Years }).years;

describe('an application started from the cultivation pool', () => {
  test('the cover of 一 comes from the pool record', () => {
    expect(poolForm(pool, 2026).basic).toEqual({
      clusterName: pool.name,
      industryType: '第二产业',
      areaKm2: 18.2,
      declarant: { name: pool.declarantName },
      operator: { name: pool.operatorName },
    });
  });

  test('the key figures go in the row of their year, the last of the three the form asks for', () => {
    expect(years(poolForm(pool, 2026))).toEqual([{ year: 2023 }, { year: 2024 }, { year: 2025, totalOutput: 32.4, firmCount: 126, smeCount: 121 }]);
    expect(years(poolForm(pool, 2028))[0]).toMatchObject({ year: 2025, totalOutput: 32.4 });
  });

  test('figures of a year outside the three are left out; blanks are not written', () => {
    expect(poolForm(pool, 2029).leadingIndustry).toBeUndefined();
    expect(poolForm({ ...pool, figuresYear: 2026 }, 2026).leadingIndustry).toBeUndefined();
    expect(poolForm({ name: pool.name, figuresYear: 2025, operatorName: null, totalOutput: null }, 2026)).toMatchObject({
      basic: { clusterName: pool.name },
      leadingIndustry: { years: [{ year: 2023 }, { year: 2024 }, { year: 2025 }] },
    });
  });

  test('the pre-filled form is a valid draft', () => {
    expect(validateForm(poolForm(pool, 2026)).success).toBe(true);
  });
});
