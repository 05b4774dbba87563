import { onWrite } from './on-write';

const REGION = 'api::region.region';
/** Regions are reference data (GB/T 2260, loaded at start); another instance's edit shows up within this time. */
const TTL_MS = 60_000;

export interface RegionRef {
  id: number;
  code: string;
  name: string;
  level: 'prefecture' | 'county';
  parentCode: string | null;
}

let cache: { at: number; byId: Map<number, RegionRef> } | undefined;

async function load(): Promise<Map<number, RegionRef>> {
  const rows = (await strapi.db.query(REGION).findMany({ select: ['id', 'code', 'name', 'level'], populate: { parent: { select: ['code'] } } })) as Array<
    Omit<RegionRef, 'parentCode'> & { parent?: { code: string } | null }
  >;
  return new Map(rows.map(({ parent, ...row }) => [row.id, { ...row, parentCode: parent?.code ?? null }]));
}

export async function regionById(id: number): Promise<RegionRef | null> {
  if (!cache || Date.now() - cache.at > TTL_MS || !cache.byId.has(id)) cache = { at: Date.now(), byId: await load() };
  return cache.byId.get(id) ?? null;
}

/** A write to regions in this process is seen at once. */
export function registerRegionCacheInvalidation(): void {
  onWrite([REGION], () => (cache = undefined));
}
