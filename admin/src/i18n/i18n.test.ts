import englishMessages from 'ra-language-english';
import chineseMessages from 'ra-language-chinese';
import { mergeTranslations } from 'react-admin';
import {
  ANNUAL_REPORT_STATUSES,
  APPLICATION_ACTIONS,
  APPLICATION_STATUSES,
  CALL_NOTICE_STATUSES,
  CHANGE_FILING_STATUSES,
  CHANGE_KINDS,
  CLUSTER_ACTIONS,
  CLUSTER_STATUSES,
  CONFLICT_DECLARATIONS,
  INDUSTRY_TYPE_KEYS,
  JOB_NAMES,
  JOB_OUTCOMES,
  REGION_LEVELS,
  REVOCATION_GROUNDS,
  ROLES,
  VERDICTS,
  ACTOR_LABELS,
  annualReportLifecycle,
  applicationLifecycle,
  changeFilingLifecycle,
  cityReportLifecycle,
  clusterLifecycle,
  expertReviewLifecycle,
  poolCandidateLifecycle,
  revocationProposalLifecycle,
} from '@sme-cluster/rules';

import * as en from './en';
import * as zh from './zh';
import { i18nProvider } from '.';

const keysOf = (messages: object, prefix = ''): string[] =>
  Object.entries(messages).flatMap(([key, value]) => (typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`]));

describe('messages', () => {
  test('every app key exists in both languages', () => {
    const english = keysOf(en.appMessages).sort();
    const chinese = keysOf(zh.appMessages).sort();
    expect(chinese.filter((key) => !english.includes(key))).toEqual([]);
    expect(english.filter((key) => !chinese.includes(key))).toEqual([]);
  });

  // Checked without the English fallback the provider merges underneath,
  // so an English string never shows up in the Chinese console.
  test('Chinese covers every react-admin key on its own', () => {
    const chinese = new Set(keysOf(mergeTranslations(chineseMessages, zh.raMessages)));
    expect(keysOf(englishMessages).filter((key) => !chinese.has(key))).toEqual([]);
  });

  test('every value of every domain vocabulary has a label', () => {
    const vocabularyKeys = [
      ...[...CLUSTER_STATUSES, ...APPLICATION_STATUSES, ...CALL_NOTICE_STATUSES, ...ANNUAL_REPORT_STATUSES, ...JOB_OUTCOMES, ...CHANGE_FILING_STATUSES].map(
        (key) => `sme.status.${key}`,
      ),
      ...CONFLICT_DECLARATIONS.map((key) => `sme.conflict.${key}`),
      ...CHANGE_KINDS.map((key) => `sme.changeKind.${key}`),
      ...JOB_NAMES.map((key) => `sme.job.${key}`),
      ...APPLICATION_ACTIONS.map((key) => `resources.applications.transitions.${key}`),
      ...CLUSTER_ACTIONS.map((key) => `resources.clusters.actions.${key}`),
      ...[...APPLICATION_ACTIONS, ...CLUSTER_ACTIONS].map((key) => `sme.auditAction.${key}`),
      ...VERDICTS.map((key) => `sme.verdict.${key}`),
      ...REVOCATION_GROUNDS.map((key) => `sme.revocationGround.${key}`),
      ...INDUSTRY_TYPE_KEYS.map((key) => `sme.industryType.${key}`),
      ...REGION_LEVELS.map((key) => `sme.level.${key}`),
      ...ROLES.map((key) => `sme.role.${key}`),
    ];
    const chinese = new Set(keysOf(zh.appMessages));
    expect(vocabularyKeys.filter((key) => !chinese.has(key))).toEqual([]);
  });

  // The audit trail names every step of every lifecycle, and the states of those a person follows.
  test('every action and state of every lifecycle, and every actor, has a label', () => {
    const lifecycles = [
      applicationLifecycle,
      clusterLifecycle,
      annualReportLifecycle,
      changeFilingLifecycle,
      poolCandidateLifecycle,
      revocationProposalLifecycle,
      cityReportLifecycle,
    ];
    const keys = [
      ...[...lifecycles, expertReviewLifecycle].flatMap((lifecycle) => lifecycle.actions.map((action) => `sme.auditAction.${action}`)),
      ...lifecycles.flatMap((lifecycle) => lifecycle.states.map((state) => `sme.status.${state}`)),
      ...Object.keys(ACTOR_LABELS).map((actor) => `sme.actor.${actor}`),
    ];
    const chinese = new Set(keysOf(zh.appMessages));
    expect(keys.filter((key) => !chinese.has(key))).toEqual([]);
  });

  test('Chinese is the default, English selectable', () => {
    expect(i18nProvider.getLocale()).toBe('zh-CN');
    expect(i18nProvider.translate('resources.clusters.fields.status')).toBe('状态');
    expect(i18nProvider.getLocales?.().map(({ locale }) => locale)).toEqual(['zh-CN', 'en']);
  });
});
