import { z } from 'zod';
import { fieldErrorsFromZod } from '@sme-cluster/rules';
import { invalid } from '../lib/errors';

/** The simple-rest list query: sort=["field","ASC"]&range=[0,24]&filter={...}. */
export const MAX_PAGE = 500;

const jsonParam = <T extends z.ZodType>(schema: T) =>
  z
    .string()
    .transform((raw, ctx) => {
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'invalid JSON', params: { zh: '不是有效的 JSON', en: 'Not valid JSON' } });
        return z.NEVER;
      }
    })
    .pipe(schema);

const listQuerySchema = z.object({
  sort: jsonParam(z.tuple([z.string().min(1), z.enum(['ASC', 'DESC'])])).optional(),
  range: jsonParam(
    z.tuple([z.number().int().min(0), z.number().int().min(0)]).refine(([start, end]) => end >= start && end - start < MAX_PAGE, {
      message: 'range',
      params: { zh: `分页范围无效（每页最多 ${MAX_PAGE} 条）`, en: `Invalid range (at most ${MAX_PAGE} rows per page)` },
    }),
  ).optional(),
  filter: jsonParam(z.record(z.string(), z.unknown())).optional(),
});

export interface ListQuery {
  sort?: [string, 'ASC' | 'DESC'];
  start: number;
  limit: number;
  filter: Record<string, unknown>;
}

export function parseListQuery(query: Record<string, unknown>): ListQuery {
  const parsed = listQuerySchema.safeParse({ sort: query.sort, range: query.range, filter: query.filter });
  if (!parsed.success) invalid(fieldErrorsFromZod(parsed.error));
  const [start, end] = parsed.data.range ?? [0, 24];
  return { sort: parsed.data.sort, start, limit: end - start + 1, filter: parsed.data.filter ?? {} };
}
