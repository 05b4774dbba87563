import { choicesOf, clusterStatuses, revocationGrounds } from '../domain';

export const clusterStatusChoices = choicesOf('status', clusterStatuses);
export const revocationGroundChoices = choicesOf('revocationGround', revocationGrounds);
