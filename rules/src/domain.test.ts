import {
  ANNUAL_REPORT_STATUSES,
  APPLICATION_STATUSES,
  CALL_NOTICE_STATUSES,
  CHANGE_FILING_STATUSES,
  CLUSTER_STATUSES,
  INDUSTRY_TYPE_LABELS,
  JOB_OUTCOMES,
  REVOCATION_GROUND_ARTICLES,
  REVOCATION_GROUND_LABELS,
  REVOCATION_GROUNDS,
  REVOCATION_PROPOSAL_STATUSES,
  POOL_CANDIDATE_STATUSES,
  STATUS_LABELS,
  VERDICTS,
  labelsIn,
} from './domain';
import { INDUSTRY_TYPES } from './form';

describe('domain vocabularies', () => {
  test('every state of every lifecycle has one label, and no label names a state no lifecycle has', () => {
    const states = new Set([
      ...APPLICATION_STATUSES,
      ...CLUSTER_STATUSES,
      ...CALL_NOTICE_STATUSES,
      ...ANNUAL_REPORT_STATUSES,
      ...CHANGE_FILING_STATUSES,
      ...JOB_OUTCOMES,
      ...REVOCATION_PROPOSAL_STATUSES,
      ...POOL_CANDIDATE_STATUSES,
    ]);
    expect(Object.keys(STATUS_LABELS).sort()).toEqual([...states].sort());
  });

  test('each lifecycle lists a state once', () => {
    for (const states of [
      APPLICATION_STATUSES,
      CLUSTER_STATUSES,
      CALL_NOTICE_STATUSES,
      ANNUAL_REPORT_STATUSES,
      CHANGE_FILING_STATUSES,
      JOB_OUTCOMES,
      REVOCATION_PROPOSAL_STATUSES,
    ]) {
      expect(new Set(states).size).toBe(states.length);
    }
  });

  test('the verdicts in the order of docs/domain.md §5.5', () => {
    expect(VERDICTS).toEqual(['eligible', 'needs_review', 'incomplete', 'ineligible']);
  });

  test('each Art. 20 ground has its short label and its item of the article, in the article’s order', () => {
    expect(Object.keys(REVOCATION_GROUND_LABELS)).toEqual([...REVOCATION_GROUNDS]);
    expect(REVOCATION_GROUNDS.map((ground) => REVOCATION_GROUND_ARTICLES[ground].item)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）']);
  });

  test('an industry type reads in Chinese as the form stores it', () => {
    expect(INDUSTRY_TYPES.map(({ key, value }) => INDUSTRY_TYPE_LABELS[key].zh === value)).toEqual([true, true, true]);
  });

  test('labelsIn picks one language, keyed as the table', () => {
    expect(labelsIn('en', STATUS_LABELS).public_notice).toBe('Public notice');
    expect(labelsIn('zh', STATUS_LABELS).public_notice).toBe('公示中');
  });
});
