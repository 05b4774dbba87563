import { invalid } from '../lib/errors';

interface RegionRow {
  documentId: string;
  code: string;
  level: 'prefecture' | 'county';
  parent?: { code: string } | null;
}

/**
 * Checks a prefecture/county pair from a body and returns the region document ids to link.
 * The county must belong to the prefecture; both are GB/T 2260 codes.
 */
export async function resolveRegionPair(
  prefectureCode: string,
  countyCode: string | null | undefined,
  paths: { prefecture: string; county: string } = { prefecture: 'prefectureCode', county: 'countyCode' },
): Promise<{ prefecture: string; county: string | null }> {
  const codes = countyCode ? [prefectureCode, countyCode] : [prefectureCode];
  const rows = (await strapi.db.query('api::region.region').findMany({ where: { code: { $in: codes } }, populate: { parent: true } })) as RegionRow[];
  const prefecture = rows.find((row) => row.code === prefectureCode && row.level === 'prefecture');
  if (!prefecture) invalid([{ path: paths.prefecture, message: { zh: '不是贵州省的市（州）代码', en: 'Not a prefecture code of Guizhou' } }]);
  if (!countyCode) return { prefecture: prefecture.documentId, county: null };
  const county = rows.find((row) => row.code === countyCode && row.level === 'county');
  if (!county || county.parent?.code !== prefectureCode) {
    invalid([{ path: paths.county, message: { zh: '该县（市、区）不属于所选市（州）', en: 'This county does not belong to the chosen prefecture' } }]);
  }
  return { prefecture: prefecture.documentId, county: county.documentId };
}

export function codeOf(relation: unknown): string | null {
  return relation && typeof relation === 'object' && 'code' in relation ? String((relation as { code: unknown }).code) : null;
}

/** The populate every region-scoped record needs to expose its prefecture/county codes. */
export const regionPopulate = { prefecture: { fields: ['code', 'name'] }, county: { fields: ['code', 'name'] } };
