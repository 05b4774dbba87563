import { errors } from '@strapi/utils';
import createHttpError from 'http-errors';
import type { FieldError } from '@sme-cluster/rules';

/** 400 with every field error in both languages; the console maps `details.errors` onto its inputs. */
export function invalid(fieldErrors: FieldError[], message = '提交的数据有误 / Invalid data'): never {
  throw new errors.ValidationError(message, { errors: fieldErrors });
}

export function notFound(): never {
  throw new errors.NotFoundError('记录不存在或无权访问 / Not found');
}

export function forbidden(message = '无权执行此操作 / Forbidden'): never {
  throw new errors.ForbiddenError(message);
}

/** 409: the record changed since the caller read it (stale state or a lost race); nothing was written. */
export function conflict(message = '记录已被他人修改或状态已变化，请刷新后重试 / The record changed meanwhile; reload and retry'): never {
  throw createHttpError(409, message);
}

/** 422: the request is well-formed but a precondition of the policy does not hold (deadline passed, quota used up …). */
export function unprocessable(message: string, fieldErrors: FieldError[] = []): never {
  throw createHttpError(422, message, { details: { errors: fieldErrors } });
}

/** Whether the database refused a write for a unique index (SQLite and PostgreSQL), the cause included when a layer wrapped it. */
export function isUniqueViolation(error: unknown): boolean {
  for (
    let current = error as { code?: string; cause?: unknown } | undefined, depth = 0;
    current && depth < 3;
    current = current.cause as typeof current, depth += 1
  ) {
    if (current.code === '23505' || current.code === 'SQLITE_CONSTRAINT_UNIQUE') return true;
  }
  return false;
}

const STATUS_OF_NAME: Record<string, number> = { ValidationError: 400, ForbiddenError: 403, NotFoundError: 404 };

/** The HTTP status an error thrown by the helpers above answers with; undefined for anything else (a 500). */
export function statusOf(error: unknown): number | undefined {
  const { status, name } = error as { status?: number; name?: string };
  return status ?? (name ? STATUS_OF_NAME[name] : undefined);
}
