import { formSections, isNone, type FieldNode, type FormNode } from '@sme-cluster/rules';
import type { Page } from 'playwright-core';
import { formTabs } from '../../../admin/src/applications/form/formModel';

/**
 * Fills a whole application form through the console's own inputs, tab by tab, walking the shared
 * descriptor with a complete example: text boxes typed, radios chosen, "无" toggled, names added,
 * items ticked and every evidence file uploaded through its file input. Fields the server sets
 * (the cover's region), the printed years and the city's recommendation are left alone.
 */
export async function fillApplicationForm(page: Page, form: Record<string, unknown>, afterTab?: (tabIndex: number) => Promise<void>): Promise<number> {
  let filled = 0;
  for (const [index, tab] of formTabs.entries()) {
    const sections = tab.sections.filter((section) => section !== 'recommendation' && form[section] !== undefined);
    if (!sections.length) continue;
    await page.getByRole('tab').nth(index).click();
    for (const section of sections) filled += await fillNode(page, formSections[section], `form.${section}`, form[section]);
    await afterTab?.(index);
  }
  return filled;
}

async function fillNode(page: Page, node: FormNode, source: string, value: unknown): Promise<number> {
  if (value === undefined || value === null) return 0;
  switch (node.node) {
    case 'field':
      return fillField(page, node, source, value);
    case 'group': {
      let filled = 0;
      for (const [key, child] of Object.entries(node.children))
        filled += await fillNode(page, child, `${source}.${key}`, (value as Record<string, unknown>)[key]);
      return filled;
    }
    case 'rows': {
      let filled = 0;
      for (const [index, row] of (value as unknown[]).entries()) {
        for (const [key, child] of Object.entries(node.children)) {
          // The printed parts of a row (year, standards level) are not typed.
          if (child.node === 'field' && (child.value.type === 'year' || child.required === 'fixed')) continue;
          filled += await fillNode(page, child, `${source}.${index}.${key}`, (row as Record<string, unknown>)[key]);
        }
      }
      return filled;
    }
    case 'targets': {
      let filled = 0;
      const ids = Object.keys(node.rows);
      for (const row of value as Array<{ id: string; baseline?: unknown; target?: unknown }>) {
        const index = ids.indexOf(row.id);
        if (index < 0) throw new Error('extra target rows are not filled by this helper');
        for (const column of ['baseline', 'target'] as const)
          filled += await fillField(page, node.rows[row.id][column], `${source}.${index}.${column}`, row[column]);
      }
      return filled;
    }
  }
}

async function fillField(page: Page, node: FieldNode, source: string, value: unknown): Promise<number> {
  if (value === undefined || value === null) return 0;
  const field = page.locator(`[data-field="${source}"]`);
  const type = node.value.type;
  if (type === 'year' || type === 'fixed' || type === 'regionCity' || type === 'regionCounty') return 0;
  if (isNone(value)) {
    await field.locator('button[value="none"]').click();
    return 1;
  }
  switch (type) {
    case 'string':
    case 'text':
    case 'decimal2':
    case 'percent2':
    case 'integer':
    case 'date':
      await page.locator(`[name="${source}"]`).fill(String(value));
      return 1;
    case 'choice':
      await field.locator(`input[type="radio"][value="${String(value)}"]`).check();
      return 1;
    case 'countNames': {
      const { count, names = [] } = value as { count?: number; names?: string[] };
      if (count !== undefined) await page.locator(`[name="${source}.count"]`).fill(String(count));
      const namesInput = field.getByRole('combobox');
      for (const name of names) {
        await namesInput.fill(name);
        await page.getByRole('option', { name: `添加“${name}”` }).click();
        await field
          .getByRole('button', { name })
          .or(field.getByText(name, { exact: true }))
          .first()
          .waitFor();
      }
      return 1;
    }
    case 'files':
      await upload(page, source, (value as unknown[]).length);
      return 1;
    case 'checkbox': {
      const item = value as { checked: boolean; evidence: unknown[] };
      if (!item.checked) return 0;
      await field.locator('input[type="checkbox"]').check();
      await upload(page, source, item.evidence.length);
      return 1;
    }
    default:
      throw new Error(`no input for ${source} (${type})`);
  }
}

/** Uploads `count` small PDFs through the field's own file input and waits for their chips. */
async function upload(page: Page, source: string, count: number): Promise<void> {
  const field = page.locator(`[data-field="${source}"]`);
  for (let n = 1; n <= count; n++) {
    const name = `${source.replace(/^form\./, '').replace(/\W+/g, '-')}-${n}.pdf`;
    await field.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${name}\n`) });
    await field.getByText(name, { exact: true }).waitFor();
  }
}
