import { z } from 'zod';

// Flat keys so a province official can edit config/thresholds.json without
// knowing the rule structure; every key names the rule family it feeds.
// Defaults are docs/domain.md §5 (= Art. 11 and form section 八, notes a–g). The
// descriptions and units feed the README's threshold table (see thresholdsMarkdown),
// the console's settings page and the field help of the settings single type in /admin.
const thresholdsShape = {
  outputMin: z.number().finite().nonnegative().default(20).meta({ unit: '亿元', description: '第十一条（一） 集群近三年产值均在20亿元以上 (inclusive)' }),
  smeOutputShareMin: z
    .number()
    .finite()
    .min(0)
    .max(100)
    .default(60)
    .meta({ unit: '%', description: '第十一条（一） 中小企业产值占集群总产值60%以上 (inclusive)' }),
  leadingIndustryShareMin: z
    .number()
    .finite()
    .min(0)
    .max(100)
    .default(60)
    .meta({ unit: '%', description: '第十一条（一） 主导产业占集群总产值60%以上 (inclusive)' }),
  qualitySmesMin: z
    .number()
    .finite()
    .nonnegative()
    .default(8)
    .meta({ unit: '家', description: '第十一条（二） 优质中小企业不少于8家 (inclusive); also the plan baseline check' }),
  rdGrowthAbove: z.number().finite().default(5).meta({ unit: '%', description: '第十一条（四） 研发经费年均增长高于5% (exclusive)' }),
  patentGrowthMin: z.number().finite().default(5).meta({ unit: '%', description: '第十一条（四） 有效发明专利年均增长率不低于5% (inclusive)' }),
  patentsPer10kMin: z
    .number()
    .finite()
    .nonnegative()
    .default(7)
    .meta({ unit: '个/万人', description: '第十一条（四） 每万人有效发明专利拥有量不低于7个 (inclusive)' }),
  iipPenetrationMin: z
    .number()
    .finite()
    .min(0)
    .max(100)
    .default(10)
    .meta({ unit: '%', description: '第十一条（五） 工业互联网平台应用普及率不低于10% (inclusive); also the plan baseline check' }),
  areaMaxKm2: z
    .number()
    .finite()
    .nonnegative()
    .default(100)
    .meta({ unit: '平方公里', description: '第十一条（一） 占地面积一般不超过100平方公里 (inclusive)' }),
  leadingGrowthMin: z
    .number()
    .finite()
    .default(5)
    .meta({ unit: '%', description: '第十一条（一） 主导产业产值年均增速原则上不低于5% (inclusive); also the plan baseline check' }),
  leadingGrowthTolerancePp: z
    .number()
    .finite()
    .nonnegative()
    .default(0.5)
    .meta({ unit: '个百分点', description: 'reported vs computed 3-year average leading growth, percentage points (inclusive)' }),
  patentsPer10kTolerance: z
    .number()
    .finite()
    .nonnegative()
    .default(0.5)
    .meta({ unit: '个/万人', description: 'reported vs computed patents per 10 000 employees (inclusive)' }),
  planOutputGrowthMin: z.number().finite().default(5).meta({ unit: '%', description: '第八部分 注a 产值年均增速不低于5% (inclusive)' }),
  planRdGrowthMin: z.number().finite().default(5).meta({ unit: '%', description: '第八部分 注c 研发经费年均增速不低于5% (inclusive)' }),
  planPatentsGrowthMin: z.number().finite().default(5).meta({ unit: '%', description: '第八部分 注d 有效发明专利数年均增长不低于5% (inclusive)' }),
  planIipTargetWarnBelow: z
    .number()
    .finite()
    .min(0)
    .max(100)
    .default(27)
    .meta({ unit: '%', description: '第八部分 注e 工业互联网普及率达到30%左右: warn below (the value itself passes)' }),
  planCo2ReductionWarnBelow: z.number().finite().default(13.5).meta({ unit: '%', description: '第八部分 注f 二氧化碳排放量降低达到15%左右: warn below' }),
  planEnergyReductionWarnBelow: z.number().finite().default(9).meta({ unit: '%', description: '第八部分 注g 单位工业产值能耗下降达到10%左右: warn below' }),
};

/** Unknown keys are errors: a misspelt key must not silently fall back to a default. */
export const thresholdsSchema = z.strictObject(thresholdsShape);

export type Thresholds = z.output<typeof thresholdsSchema>;
export type ThresholdKey = keyof Thresholds;

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze(thresholdsSchema.parse({}));

export const THRESHOLD_KEYS = Object.keys(thresholdsShape) as ThresholdKey[];

/** The unit a threshold is entered in (亿元, %, 家 …), for the README, the console's settings page and /admin. */
export function thresholdUnit(key: ThresholdKey): string {
  return String(thresholdsShape[key].meta()?.unit ?? '');
}

/** What a threshold means in policy terms (article, wording, bound), as the README table prints it. */
export function thresholdMeaning(key: ThresholdKey): string {
  return thresholdsShape[key].description ?? '';
}

export interface ThresholdIssue {
  path: string;
  message: string;
}

export class InvalidThresholdsError extends Error {
  constructor(readonly issues: ThresholdIssue[]) {
    super(`Invalid thresholds: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`);
    this.name = 'InvalidThresholdsError';
  }
}

/** Validates a thresholds object (e.g. config/thresholds.json), filling absent keys with the defaults. */
export function parseThresholds(json: unknown): Thresholds {
  const result = thresholdsSchema.safeParse(json ?? {});
  if (result.success) return result.data;
  throw new InvalidThresholdsError(
    result.error.issues.map((issue) => ({
      path: [...issue.path, ...('keys' in issue ? [issue.keys.join(',')] : [])].map(String).join('.'),
      message: issue.message,
    })),
  );
}

/** Each threshold as a rule reports it: `{ [key]: value }`. */
export type ThresholdsUsed = { readonly [K in ThresholdKey]: Readonly<Record<string, number>> };

/** Built once per thresholds object (see evaluate) and frozen: reports share them as they share `thresholds` itself. */
export function thresholdsUsed(thresholds: Thresholds): ThresholdsUsed {
  const used: Partial<Record<ThresholdKey, Readonly<Record<string, number>>>> = {};
  for (const key of Object.keys(thresholdsShape) as ThresholdKey[]) {
    used[key] = Object.freeze({ [key]: thresholds[key] });
  }
  return used as ThresholdsUsed;
}
