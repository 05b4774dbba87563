// Every validation message of the form lives here, in Chinese and English, so the server's 400 and the console agree.

export interface Bilingual {
  zh: string;
  en: string;
}

/** What a value is expected to be, named for the person filling the form. */
export type Expected = 'number' | 'text' | 'choice' | 'date' | 'section' | 'rows' | 'boolean' | 'files' | 'countNames' | 'checkbox' | 'regionCode';

export type Problem =
  | { code: 'type'; expected: Expected }
  | { code: 'decimals' }
  | { code: 'integer' }
  | { code: 'min'; min: number }
  | { code: 'max'; max: number }
  | { code: 'range'; min: number; max: number }
  | { code: 'text_length'; max: number; actual: number }
  | { code: 'plan_length'; max: number; actual: number }
  | { code: 'string_length'; max: number }
  | { code: 'choice'; options: readonly string[] }
  | { code: 'date' }
  | { code: 'unknown_key'; key: string }
  | { code: 'row_count'; expected: number; actual: number }
  | { code: 'sme_exceeds_firms' }
  | { code: 'county_outside_city' }
  | { code: 'standards_level'; expected: string }
  | { code: 'duplicate_target'; id: string }
  | { code: 'unknown_target'; ids: readonly string[] }
  | { code: 'name_line_break' }
  | { code: 'file_id' };

const expectedText: Record<Expected, Bilingual> = {
  number: { zh: '数字', en: 'a number' },
  text: { zh: '文字', en: 'text' },
  choice: { zh: '一个选项', en: 'one of the options' },
  date: { zh: '日期', en: 'a date' },
  section: { zh: '一组填报项', en: 'a group of fields' },
  rows: { zh: '表格行', en: 'table rows' },
  boolean: { zh: '是或否', en: 'true or false' },
  files: { zh: '上传的文件（或“无”）', en: 'uploaded files (or "无")' },
  countNames: { zh: '数量和名称（或“无”）', en: 'a count and names (or "无")' },
  checkbox: { zh: '勾选项及佐证材料', en: 'a tick box with evidence files' },
  regionCode: { zh: '行政区划代码', en: 'an administrative division code' },
};

export function describeProblem(problem: Problem): Bilingual {
  switch (problem.code) {
    case 'type':
      return {
        zh: `应填写${expectedText[problem.expected].zh}`,
        en: `Expected ${expectedText[problem.expected].en}`,
      };
    case 'decimals':
      return { zh: '最多保留两位小数', en: 'At most 2 decimal places' };
    case 'integer':
      return { zh: '应填写整数', en: 'Must be a whole number' };
    case 'min':
      return { zh: `不能小于${problem.min}`, en: `Must not be less than ${problem.min}` };
    case 'max':
      return { zh: `不能大于${problem.max}`, en: `Must not be greater than ${problem.max}` };
    case 'range':
      return {
        zh: `应在${problem.min}到${problem.max}之间`,
        en: `Must be between ${problem.min} and ${problem.max}`,
      };
    case 'text_length':
      return {
        zh: `最多${problem.max}字（现有${problem.actual}字，换行不计）`,
        en: `At most ${problem.max} characters (now ${problem.actual}; line breaks not counted)`,
      };
    case 'plan_length':
      return {
        zh: `发展规划正文与三个阶段性目标合计最多${problem.max}字（现有${problem.actual}字）`,
        en: `The plan text and the three staged goals together may have at most ${problem.max} characters (now ${problem.actual})`,
      };
    case 'string_length':
      return { zh: `最多${problem.max}个字符`, en: `At most ${problem.max} characters` };
    case 'choice':
      return {
        zh: `应为以下选项之一：${problem.options.join('、')}`,
        en: `Must be one of: ${problem.options.join(', ')}`,
      };
    case 'date':
      return { zh: '日期格式应为 年-月-日（如 2026-03-31）', en: 'Date must be YYYY-MM-DD (e.g. 2026-03-31)' };
    case 'unknown_key':
      return {
        zh: `表中没有“${problem.key}”这一项`,
        en: `"${problem.key}" is not a field of the form`,
      };
    case 'row_count':
      return {
        zh: `应填写${problem.expected}行（现有${problem.actual}行）`,
        en: `Must have exactly ${problem.expected} rows (now ${problem.actual})`,
      };
    case 'sme_exceeds_firms':
      return {
        zh: '集群中小企业数量不能多于集群企业数量',
        en: 'The number of SMEs cannot exceed the number of firms in the cluster',
      };
    case 'county_outside_city':
      return {
        zh: '所选县（市、区）不属于所选市（州）',
        en: 'The county does not belong to the selected city (prefecture)',
      };
    case 'standards_level':
      return { zh: `此行类别应为“${problem.expected}”`, en: `This row's level must be "${problem.expected}"` };
    case 'duplicate_target':
      return { zh: `目标表中“${problem.id}”行重复`, en: `Target row "${problem.id}" appears more than once` };
    case 'unknown_target':
      return {
        zh: `目标行编号应为以下之一：${problem.ids.join('、')}`,
        en: `Target row id must be one of: ${problem.ids.join(', ')}`,
      };
    case 'name_line_break':
      return { zh: '每个名称单独一项，名称内不能换行', en: 'One name per entry; a name cannot contain line breaks' };
    case 'file_id':
      return { zh: '文件编号无效，请重新上传', en: 'Invalid file id; please upload the file again' };
  }
}
