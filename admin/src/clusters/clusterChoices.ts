import { CLUSTER_STATUSES, REVOCATION_GROUNDS } from '@sme-cluster/rules';
import { choicesOf } from '../domain';

export const clusterStatusChoices = choicesOf('status', CLUSTER_STATUSES);
export const revocationGroundChoices = choicesOf('revocationGround', REVOCATION_GROUNDS);
