import type { ApplicationForm } from '@sme-cluster/rules';
import { invalid } from '../lib/errors';

/** Every file a form refers to must exist in the upload library. */
export async function assertFilesExist(form: ApplicationForm): Promise<void> {
  const ids = new Set<number>();
  const visit = (value: unknown, path: string[]) => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, String(index)]));
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.id === 'number' && path.length > 0 && /^\d+$/.test(path[path.length - 1])) ids.add(record.id);
      else for (const [key, child] of Object.entries(record)) visit(child, [...path, key]);
    }
  };
  visit(form, []);
  if (!ids.size) return;
  const found = (await strapi.db.query('plugin::upload.file').findMany({ where: { id: { $in: [...ids] } }, select: ['id'] })) as Array<{ id: number }>;
  const missing = [...ids].filter((id) => !found.some((file) => file.id === id));
  if (missing.length)
    invalid([{ path: 'form', message: { zh: `佐证材料文件不存在：${missing.join('、')}`, en: `Unknown evidence file id(s): ${missing.join(', ')}` } }]);
}
