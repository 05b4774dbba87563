import { CITY_REPORT_ACTIONS, CITY_REPORT_STATUSES, type CityReportAction, type CityReportStatus } from '../domain';
import type { Lifecycle } from './lifecycle';

/**
 * A city's yearly report (Art. 19): the city drafts its report of a year and submits it; the province
 * reads it and may return it with a reason, after which the city corrects it and submits again.
 */
export const cityReportLifecycle: Lifecycle<CityReportStatus, CityReportAction> = {
  resource: 'city-reports',
  name: { zh: '市（州）年度报告', en: 'city yearly report' },
  states: CITY_REPORT_STATUSES,
  actions: CITY_REPORT_ACTIONS,
  steps: {
    submitCityReport: { to: 'submitted', by: { city_reviewer: ['draft'] } },
    returnCityReport: { to: 'draft', by: { province_admin: ['submitted'] }, reason: true },
  },
};

/** The states in which the city may still change its narrative. */
export const CITY_REPORT_EDITABLE_STATES: readonly CityReportStatus[] = ['draft'];
