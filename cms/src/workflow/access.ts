import { fieldErrorsFromZod } from '@sme-cluster/rules';
import type { z } from 'zod';
import { invalid } from '../lib/errors';

/** Validates a request body at the boundary: 400 with field errors, nothing written. */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) invalid(fieldErrorsFromZod(parsed.error));
  return parsed.data;
}

/** A stored rule report as an audit reference: which evaluation, by which engine. */
export function reportRefOf(report: unknown): string | null {
  const r = report as { evaluatedAt?: string; engineVersion?: string } | null | undefined;
  return r?.evaluatedAt ? `${r.evaluatedAt}/${r.engineVersion ?? '?'}` : null;
}
