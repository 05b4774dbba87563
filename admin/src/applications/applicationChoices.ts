import { applicationStatuses, choicesOf, verdicts } from '../domain';

export const applicationStatusChoices = choicesOf('status', applicationStatuses);
export const verdictChoices = choicesOf('verdict', verdicts);
