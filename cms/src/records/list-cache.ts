import { dataVersion } from '../lib/data-version';

export interface ListPage {
  rows: Array<Record<string, unknown>>;
  total: number;
}

/** Pages kept per process; officials page back and forth through a handful of lists. */
const MAX_PAGES = 1000;

let pages = new Map<string, ListPage>();
let pagesVersion = '';

/**
 * A list page as the database had it at the current data version. `key` must name everything the
 * page depends on — the resource, the filters including the caller's scope, the sort and the
 * range — so that callers of different regions never share an entry. Rows are cached, not
 * records: each answer is still shaped afresh. CONSOLE_LIST_CACHE=false reads every page (the
 * benchmark measures both).
 */
export async function cachedPage(key: string, read: () => Promise<ListPage>): Promise<ListPage> {
  if (process.env.CONSOLE_LIST_CACHE === 'false') return read();
  const version = await dataVersion();
  if (version !== pagesVersion) {
    pages = new Map();
    pagesVersion = version;
  }
  // A write committed during the read moves the version on: the page then lands in a map no one asks again.
  const current = pages;
  const hit = current.get(key);
  if (hit) {
    current.delete(key);
    current.set(key, hit);
    return hit;
  }
  const page = await read();
  if (current.size >= MAX_PAGES) current.delete(current.keys().next().value!);
  current.set(key, page);
  return page;
}
