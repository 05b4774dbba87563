import { factories } from '@strapi/strapi';
import { plannedJobs } from '../../../jobs/scheduler';
import { currentSettings } from '../../../settings/store';

/** The core service plus what the running process has planned (the scheduler of this instance). */
export default factories.createCoreService('api::setting.setting' as never, () => ({
  current: currentSettings,
  plannedJobs,
}));
