import { lifecycleSchema } from './lifecycle';

describe('the annual-report due date', () => {
  const due = (annualReportDue: string) => lifecycleSchema.safeParse({ annualReportDue });

  test.each(['03-10', '01-31', '02-28', '04-30', '12-31'])('%s exists every year', (day) => {
    expect(due(day).success).toBe(true);
  });

  test.each(['02-30', '02-29', '04-31', '06-31', '09-31', '11-31'])('%s is refused with a message in both languages', (day) => {
    const result = due(day);
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0] as { path: PropertyKey[]; params?: { zh: string; en: string } };
    expect(issue.path).toEqual(['annualReportDue']);
    expect(issue.params?.zh).toContain(day);
    expect(issue.params?.en).toContain(day);
  });

  test.each(['3-10', '13-01', '00-10', '03-32', '03-00', ''])('%s is not MM-DD', (day) => {
    expect(due(day).success).toBe(false);
  });
});

describe('the target of recognized clusters (Art. 5)', () => {
  const target = (recognizedClusterTarget?: unknown) => lifecycleSchema.safeParse({ recognizedClusterTarget });

  test('is about 30 unless the province sets it', () => {
    expect(target(undefined).data?.recognizedClusterTarget).toBe(30);
  });

  test.each([1, 30, 1000])('%s clusters is a target', (value) => {
    expect(target(value).data?.recognizedClusterTarget).toBe(value);
  });

  test.each([0, 1001, 30.5, -1])('%s is refused', (value) => {
    expect(target(value).success).toBe(false);
  });
});
