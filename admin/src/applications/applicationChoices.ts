import { APPLICATION_STATUSES, VERDICTS } from '@sme-cluster/rules';
import { choicesOf } from '../domain';

export const applicationStatusChoices = choicesOf('status', APPLICATION_STATUSES);
export const verdictChoices = choicesOf('verdict', VERDICTS);
