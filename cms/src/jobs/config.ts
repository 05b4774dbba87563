import cron from 'node-cron';
import { JOB_NAMES, parseJobsConfig, parseLifecycle, type JobsConfig, type Lifecycle } from '@sme-cluster/rules';
import { readConfigJson } from '../lib/config';

let jobsConfig: JobsConfig | undefined;
let lifecycle: Lifecycle | undefined;

/** config/schedules.json, with every cron expression checked by the scheduler that will run it. */
export function schedulesConfig(): JobsConfig {
  if (!jobsConfig) {
    const parsed = parseJobsConfig(readConfigJson('schedules.json'));
    const invalid = JOB_NAMES.filter((job) => !cron.validate(parsed.schedules[job]));
    if (invalid.length) throw new Error(`config/schedules.json: invalid cron expression for ${invalid.join(', ')}`);
    jobsConfig = parsed;
  }
  return jobsConfig;
}

/** config/lifecycle.json: the re-review window and the annual-report deadline the workflow also applies. */
export function lifecycleConfig(): Lifecycle {
  lifecycle ??= parseLifecycle(readConfigJson('lifecycle.json'));
  return lifecycle;
}
