import { bandOf, bandRange, scoreBands } from './score-bands';
import { sheetReminderDue, dueDateText } from './jobs-config';

describe('score bands', () => {
  const bands = scoreBands({ key: 'innovation', maxScore: 100 });

  it('splits a criterion’s maximum into 优 90+, 良 75+, 中 60+, 差 below, with Art. 11’s wording of the criterion', () => {
    expect(bands.map((b) => [b.label, b.min, b.max])).toEqual([
      ['优', 90, 100],
      ['良', 75, 90],
      ['中', 60, 75],
      ['差', 0, 60],
    ]);
    expect(bands[1].description).toContain('年均增长高于5%');
    expect(bands.map((b) => bandRange(b, 100))).toEqual(['90–100分', '75–89.99分', '60–74.99分', '0–59.99分']);
  });

  it('finds the band of a score at each edge, none out of range', () => {
    expect(bandOf(bands, 100)?.label).toBe('优');
    expect(bandOf(bands, 90)?.label).toBe('优');
    expect(bandOf(bands, 89.99)?.label).toBe('良');
    expect(bandOf(bands, 60)?.label).toBe('中');
    expect(bandOf(bands, 0)?.label).toBe('差');
    expect(bandOf(bands, 100.5)).toBeUndefined();
    expect(bandOf(bands, -1)).toBeUndefined();
    expect(bandOf(bands, null)).toBeUndefined();
  });

  it('scales to the criterion’s own maximum, and words a criterion it does not know in general terms', () => {
    const custom = scoreBands({ key: 'safety', maxScore: 10 });
    expect(custom.map((b) => [b.min, b.max])).toEqual([
      [9, 10],
      [7.5, 9],
      [6, 7.5],
      [0, 6],
    ]);
    expect(custom[0].description).toContain('明显优于认定标准');
  });
});

describe('score-sheet reminders and due dates', () => {
  it('reminds from the lead day through the due date, then once as overdue', () => {
    expect(sheetReminderDue('2031-06-07', '2031-06-10', 2)).toBeNull();
    expect(sheetReminderDue('2031-06-08', '2031-06-10', 2)).toBe('due');
    expect(sheetReminderDue('2031-06-10', '2031-06-10', 2)).toBe('due');
    expect(sheetReminderDue('2031-06-11', '2031-06-10', 2)).toBe('overdue');
  });

  it('says how long is left in the expert’s words', () => {
    expect(dueDateText('2031-06-08', '2031-06-10').zh).toBe('剩余 2 天');
    expect(dueDateText('2031-06-10', '2031-06-10').zh).toBe('今日截止');
    expect(dueDateText('2031-03-01', '2031-02-27').zh).toBe('已逾期 2 天');
  });
});
