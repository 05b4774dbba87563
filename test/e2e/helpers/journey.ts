import type { Page } from 'playwright-core';

// The steps every official's journey repeats on the console's screens.

/** Opens a record from its list by the name its row shows, as the official does, and waits for its page. */
export async function openFromList(page: Page, baseUrl: string, resource: string, name: string, id: string): Promise<void> {
  await page.goto(`${baseUrl}/console/${resource}`);
  await page.getByRole('row').filter({ hasText: name }).click();
  await page.waitForURL(new RegExp(`/console/${resource}/${id}/show`));
  await page.getByText(name).first().waitFor();
}

/** Clicks one workflow action of the open application and confirms it, with the reason when one is given. */
export async function decide(page: Page, action: string, reason?: string): Promise<void> {
  await page.getByTestId('workflow-actions').getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog');
  if (reason) await dialog.getByRole('textbox').fill(reason);
  await dialog.getByRole('button', { name: '确认' }).click();
}
