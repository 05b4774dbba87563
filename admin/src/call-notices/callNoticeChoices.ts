import { callNoticeStatuses, choicesOf } from '../domain';

export const callNoticeStatusChoices = choicesOf('status', callNoticeStatuses);
