import { parseLifecycle, parseThresholds, type Lifecycle, type Thresholds } from '@sme-cluster/rules';
import { readConfigJson } from '../lib/config';

let lifecycleConfig: Lifecycle | undefined;
let thresholdsConfig: Thresholds | undefined;

export function lifecycle(): Lifecycle {
  lifecycleConfig ??= parseLifecycle(readConfigJson('lifecycle.json'));
  return lifecycleConfig;
}

export function thresholds(): Thresholds {
  thresholdsConfig ??= parseThresholds(readConfigJson('thresholds.json'));
  return thresholdsConfig;
}
