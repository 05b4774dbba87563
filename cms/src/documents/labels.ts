// The Chinese words officials read in exported sheets: the same words as the console's, from the one
// declaration of the domain's vocabularies. Keyed by any string, since a sheet prints an unknown value as is.
import { STATUS_LABELS, VERDICT_LABELS, labelsIn } from '@sme-cluster/rules';

export const STATUS_ZH: Record<string, string> = labelsIn('zh', STATUS_LABELS);
export const VERDICT_ZH: Record<string, string> = labelsIn('zh', VERDICT_LABELS);
