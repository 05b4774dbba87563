import type { TargetIndicator, TargetTrack } from '@sme-cluster/rules';

/** A cluster's targets as `GET /api/clusters/:id/targets` and the behind list answer them. */
export interface ClusterTargets {
  clusterId: string;
  clusterName: string;
  prefectureCode: string | null;
  prefectureName: string | null;
  countyCode: string | null;
  countyName: string | null;
  callYear: number | null;
  baselineYear: number | null;
  targetYear: number | null;
  tracks: TargetTrack[];
  behind: TargetIndicator[];
}

/** Figures as typed: at most the decimals they carry (a path value to 4), blanks as "—". */
export const figure = (value: number | null | undefined) => (value === null || value === undefined ? '—' : String(value));
