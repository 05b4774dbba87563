import { CALL_NOTICE_STATUSES } from '@sme-cluster/rules';
import { choicesOf } from '../domain';

export const callNoticeStatusChoices = choicesOf('status', CALL_NOTICE_STATUSES);
