import { session } from '../session';

/**
 * New records default to the signed-in user's own region: a county declarant
 * may only create in its county, a city reviewer in its prefecture.
 */
export function useRegionDefaults(): { prefectureCode?: string; countyCode?: string } {
  const region = session.user()?.region;
  if (!region) return {};
  return region.level === 'county' ? { prefectureCode: region.prefectureCode, countyCode: region.code } : { prefectureCode: region.code };
}
