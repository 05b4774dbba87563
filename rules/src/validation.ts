import type { z } from 'zod';

/** A field-level error as every API answers it and the console shows it. */
export interface FieldError {
  path: string;
  message: { zh: string; en: string };
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map(String).join('.');
}

/** Turns zod issues into messages a county official can act on, in Chinese and English. */
export function issueMessage(issue: z.core.$ZodIssue): { zh: string; en: string } {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return { zh: '必填', en: 'Required' };
      return { zh: `类型错误，应为${typeNameZh(issue.expected)}`, en: `Expected ${issue.expected}` };
    case 'too_big':
      if (issue.origin === 'string') return { zh: `不能超过${issue.maximum}个字`, en: `At most ${issue.maximum} characters` };
      if (issue.origin === 'array') return { zh: `最多${issue.maximum}项`, en: `At most ${issue.maximum} items` };
      return { zh: `不能大于${issue.maximum}`, en: `Must be at most ${issue.maximum}` };
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? { zh: '必填', en: 'Required' } : { zh: `至少${issue.minimum}个字`, en: `At least ${issue.minimum} characters` };
      if (issue.origin === 'array') return { zh: `至少${issue.minimum}项`, en: `At least ${issue.minimum} items` };
      return { zh: `不能小于${issue.minimum}`, en: `Must be at least ${issue.minimum}` };
    case 'invalid_value':
      return { zh: `取值无效，可选：${issue.values.map(String).join('、')}`, en: `Invalid value; expected one of: ${issue.values.map(String).join(', ')}` };
    case 'invalid_format':
      return { zh: '格式不正确', en: `Invalid format (${issue.format})` };
    case 'unrecognized_keys':
      return { zh: `不允许的字段：${issue.keys.join('、')}`, en: `Unknown field(s): ${issue.keys.join(', ')}` };
    case 'custom': {
      const params = issue.params as { zh?: string; en?: string } | undefined;
      if (params?.zh && params.en) return { zh: params.zh, en: params.en };
      return { zh: issue.message, en: issue.message };
    }
    default:
      return { zh: '取值无效', en: issue.message };
  }
}

function typeNameZh(expected: string): string {
  const names: Record<string, string> = { number: '数字', string: '文本', boolean: '是/否', array: '列表', object: '对象', int: '整数' };
  return names[expected] ?? expected;
}

export function fieldErrorsFromZod(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issueMessage(issue) }));
}

/** Parses with a zod schema and reports every problem as field errors instead of throwing. */
export function safeParseFields<T>(schema: z.ZodType<T>, input: unknown): { success: true; data: T } | { success: false; errors: FieldError[] } {
  const result = schema.safeParse(input);
  return result.success ? { success: true, data: result.data } : { success: false, errors: fieldErrorsFromZod(result.error) };
}
