import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../helpers/strapi';
import { consoleFixture, consoleSession } from './helpers/console';

// Every screen of every role, as the demo data fills them, read the way an official reads it: the
// visible text must be Chinese. Rule ids and field keys shown as small secondary text (marked
// data-code by the console's one component for them) are left out; so are the few Latin words an
// official does use.
jest.setTimeout(900_000);

const fixture = consoleFixture();

/** Latin words an official reads as they are: file formats, the national standard's prefix, CO₂ and the policy's placeholder for a name (XX县). */
const ALLOWED = new Set(['PDF', 'Excel', 'EXCEL', 'GB', 'CO', 'XX']);

/** What on the page is not Chinese: raw translation keys, internal codes and English words. */
function foreignText(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/\b(?:resources|sme|ra)\.[\w.-]+/g)) found.add(`key ${match[0]}`);
  for (const match of text.matchAll(/\b[a-z]+(?:[_-][a-z]+)+\b/g)) found.add(`code ${match[0]}`);
  // Addresses of people and sites are names, not words: an e-mail or a URL may stay as it is.
  const words = text.replace(/\S+@\S+|https?:\/\/\S+/g, ' ');
  for (const match of words.matchAll(/[A-Za-z]{2,}/g)) if (!ALLOWED.has(match[0])) found.add(`word ${match[0]}`);
  return [...found];
}

/** The visible text once the page has loaded, without the secondary codes. */
async function visibleText(page: Page): Promise<string> {
  await page.waitForLoadState('networkidle');
  await page
    .locator('[role="progressbar"]')
    .first()
    .waitFor({ state: 'hidden', timeout: 10_000 })
    .catch(() => undefined);
  return page.evaluate(() => {
    const hidden = Array.from(document.querySelectorAll<HTMLElement>('[data-code]'));
    hidden.forEach((element) => (element.style.display = 'none'));
    const text = document.body.innerText;
    hidden.forEach((element) => (element.style.display = ''));
    return text;
  });
}

/** The console's own paths of the navigation menu, as the signed-in user sees it. */
const menuPaths = (page: Page): Promise<string[]> =>
  page.$$eval('.RaMenu-open a[href], .RaMenu-closed a[href]', (links) => [...new Set(links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))]);

/** Reads one screen; on a list, its creation form when the role may create, and the first record it opens with each of its tabs. */
async function walk(page: Page, path: string, problems: string[]): Promise<void> {
  const check = async (where: string) =>
    problems.push(
      ...(await visibleText(page)).split('\n').flatMap((line) => foreignText(line).map((found) => `${where}: ${found} — «${line.trim().slice(0, 80)}»`)),
    );
  await page.goto(`${fixture.baseUrl()}${path}`);
  await check(path);
  if (await page.locator(`a[href$="${path}/create"]`).count()) {
    await page.goto(`${fixture.baseUrl()}${path}/create`);
    await check(`${path}/create`);
    await page.goto(`${fixture.baseUrl()}${path}`);
    await visibleText(page);
  }
  const rows = page.locator('tbody tr.RaDatagrid-clickableRow, tbody tr.RaDatagrid-row');
  if (!(await rows.count())) return;
  await rows.first().click();
  await page.waitForURL((url) => url.pathname !== path);
  const record = new URL(page.url()).pathname;
  await check(record);
  const tabs = page.getByRole('tab');
  for (let index = 1; index < (await tabs.count()); index++) {
    await tabs.nth(index).click();
    await check(`${record} tab ${index + 1}`);
  }
}

describe.each([
  ['province', 'province@demo.local'],
  ['city', 'city-520400@demo.local'],
  ['county', 'county-520382@demo.local'],
  ['expert', 'expert1@demo.local'],
])('every screen of the %s in Chinese', (_role, email) => {
  test('no raw key, internal code or English word', async () => {
    const { context, page } = await consoleSession(fixture.browser(), fixture.baseUrl(), email, DEMO_PASSWORD);
    const problems: string[] = [];
    await page.locator('.RaMenu-open a[href], .RaMenu-closed a[href]').first().waitFor();
    for (const path of await menuPaths(page)) await walk(page, path, problems);
    await context.close();
    expect(problems).toEqual([]);
  });
});
