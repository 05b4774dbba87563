import { ANNUAL_REPORT_STATUSES, type AnnualReportStatus } from '../domain';
import type { Lifecycle } from './lifecycle';

/**
 * An annual report (Art. 19): the city keeps a draft of a cluster's year and submits it once; a
 * submitted report is on record and final.
 */
export const annualReportLifecycle: Lifecycle<AnnualReportStatus, 'submit'> = {
  resource: 'annual-reports',
  name: { zh: '年度发展情况', en: 'annual report' },
  states: ANNUAL_REPORT_STATUSES,
  actions: ['submit'],
  steps: { submit: { to: 'submitted', by: { city_reviewer: ['draft'] } } },
};

/** The states in which a report's figures and narrative may still change. */
export const ANNUAL_REPORT_EDITABLE_STATES: readonly AnnualReportStatus[] = ['draft'];
