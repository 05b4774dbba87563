import type { Thresholds } from './thresholds';

export type RuleKind = 'hard' | 'negative' | 'soft' | 'form' | 'plan';

export interface Bilingual {
  zh: string;
  en: string;
}

export interface CatalogEntry {
  id: string;
  article: string;
  kind: RuleKind;
  /** Descriptions may name thresholds as {key}; see describeRule. */
  description: Bilingual;
}

// docs/domain.md §5 in its order: 5.1 hard, 5.2 negative list, 5.3 soft (form.* last),
// 5.4 plan targets. The ids are stable: stored reports and the console refer to them.
export const CATALOG = [
  {
    id: 'output.min',
    article: '第十一条（一）',
    kind: 'hard',
    description: {
      zh: '集群近三年产值均在{outputMin}亿元以上',
      en: 'Cluster total output ≥ {outputMin} 100M CNY (亿元) in each of the last three years',
    },
  },
  {
    id: 'output.sme_share',
    article: '第十一条（一）',
    kind: 'hard',
    description: {
      zh: '中小企业产值占集群总产值{smeOutputShareMin}%以上（近三年每年）',
      en: 'SME output ≥ {smeOutputShareMin} % of cluster output in each of the last three years',
    },
  },
  {
    id: 'output.leading_share',
    article: '第十一条（一）',
    kind: 'hard',
    description: {
      zh: '主导产业占集群总产值{leadingIndustryShareMin}%以上（近三年每年）',
      en: 'Leading industry ≥ {leadingIndustryShareMin} % of cluster output in each of the last three years',
    },
  },
  {
    id: 'quality_smes.min',
    article: '第十一条（二）',
    kind: 'hard',
    description: {
      zh: '创新型中小企业、专精特新中小企业、小巨人、单项冠军和国家级高新技术企业不少于{qualitySmesMin}家（上一年末）',
      en: 'At least {qualitySmesMin} innovative / specialised / little-giant / single-champion / high-tech firms (last year)',
    },
  },
  {
    id: 'rd.growth',
    article: '第十一条（四）',
    kind: 'hard',
    description: {
      zh: '近三年中小企业研发经费年均增长高于{rdGrowthAbove}%（几何平均）',
      en: 'Average annual R&D growth over three years above {rdGrowthAbove} % (geometric mean)',
    },
  },
  {
    id: 'patents.growth',
    article: '第十一条（四）',
    kind: 'hard',
    description: {
      zh: '集群中小企业有效发明专利年均增长率不低于{patentGrowthMin}%',
      en: 'Average annual growth of valid invention patents ≥ {patentGrowthMin} %',
    },
  },
  {
    id: 'patents.per_10k',
    article: '第十一条（四）',
    kind: 'hard',
    description: {
      zh: '每万人有效发明专利拥有量不低于{patentsPer10kMin}个（有专利数和从业人数时以计算值为准）',
      en: 'Valid invention patents per 10,000 employees ≥ {patentsPer10kMin} (computed from count and employees when both are given)',
    },
  },
  {
    id: 'digital.iip',
    article: '第十一条（五）',
    kind: 'hard',
    description: {
      zh: '工业互联网平台应用普及率不低于{iipPenetrationMin}%',
      en: 'Industrial-internet platform penetration ≥ {iipPenetrationMin} %',
    },
  },
  {
    id: 'green.energy',
    article: '第十一条（六）',
    kind: 'hard',
    description: {
      zh: '属于高耗能行业的集群，能效水平高于行业基准值（是或不涉及）',
      en: 'Energy efficiency above the industry benchmark for energy-intensive clusters (yes or not applicable)',
    },
  },
  {
    id: 'green.water',
    article: '第十一条（六）',
    kind: 'hard',
    description: {
      zh: '属于高用水行业的集群，水效水平高于行业基准值（是或不涉及）',
      en: 'Water efficiency above the industry benchmark for water-intensive clusters (yes or not applicable)',
    },
  },
  {
    id: 'negative.industry',
    article: '第十二条（一）',
    kind: 'negative',
    description: {
      zh: '主导产业不属于国家规定的禁止、限制和淘汰类产业',
      en: 'Leading industry is not prohibited, restricted or phased out by the state',
    },
  },
  {
    id: 'negative.incidents',
    article: '第十二条（二）（三）',
    kind: 'negative',
    description: {
      zh: '近三年未发生重大及以上安全、质量和环境污染等事故，重大及以上网络安全事件和数据安全事件（申报表声明的是较大及以上事故，第十二条排除的是重大及以上：声明为“否”时由审核人员认定事故等级）',
      en: 'No major (重大及以上) safety, quality or pollution accidents and no major cyber or data security incidents in three years (the form declares accidents 较大及以上, serious or worse, while Art. 12 excludes only 重大及以上, major or worse: a 否 is reviewed for the severity)',
    },
  },
  {
    id: 'negative.integrity',
    article: '第十二条（四）',
    kind: 'negative',
    description: {
      zh: '不存在偷税漏税、违法违规、严重失信和其它重大问题的行为',
      en: 'No tax evasion, violations, serious dishonesty or other major problems',
    },
  },
  {
    id: 'area.max',
    article: '第十一条（一）',
    kind: 'soft',
    description: {
      zh: '占地面积一般不超过{areaMaxKm2}平方公里',
      en: 'Area as a rule ≤ {areaMaxKm2} km²',
    },
  },
  {
    id: 'leading.growth',
    article: '第十一条（一）',
    kind: 'soft',
    description: {
      zh: '主导产业产值年均增速原则上不低于{leadingGrowthMin}%（三年增速齐全时以几何平均计算值为准）',
      en: 'Leading-industry average annual growth as a rule ≥ {leadingGrowthMin} % (the geometric mean of the yearly rates decides when all three are given)',
    },
  },
  {
    id: 'consistency.leading_growth',
    article: '第十一条（一）',
    kind: 'soft',
    description: {
      zh: '填报的主导产业年均增速与按各年增速计算的几何平均相差不超过{leadingGrowthTolerancePp}个百分点',
      en: 'Reported average leading-industry growth within {leadingGrowthTolerancePp} pp of the geometric mean of the yearly rates',
    },
  },
  {
    id: 'consistency.patents_per_10k',
    article: '第十一条（四）',
    kind: 'soft',
    description: {
      zh: '填报的每万人有效发明专利拥有量与按专利数和从业人数计算的值相差不超过{patentsPer10kTolerance}',
      en: 'Reported patents per 10,000 employees within {patentsPer10kTolerance} of the value computed from count and employees',
    },
  },
  {
    id: 'evidence.checkboxes',
    article: '申报表 注：勾选需提供佐证材料',
    kind: 'soft',
    description: {
      zh: '每个勾选项及“如涉及”栏目均有佐证材料',
      en: 'Every ticked item and every applicable "if so" field has evidence files',
    },
  },
  {
    id: 'openness.activity',
    article: '第十一条（七）',
    kind: 'soft',
    description: {
      zh: '至少开展一项国际合作交流活动',
      en: 'At least one international cooperation activity ticked',
    },
  },
  {
    id: 'chain.collaboration',
    article: '第十一条（三）',
    kind: 'soft',
    description: {
      zh: '产业链供应链协作：至少一项已开展的制造资源共享工作（产供销协同、共享制造、集中采销、共享车间或工厂）勾选并附佐证材料',
      en: 'Supply-chain collaboration: at least one manufacturing-resource sharing item (chain coordination, shared manufacturing, joint purchasing, shared workshops or factories) ticked with evidence',
    },
  },
  {
    id: 'governance.service',
    article: '第十一条（八）',
    kind: 'soft',
    description: {
      zh: '设立（或拥有）运营管理机构，且至少一项中小企业公共服务平台、公共服务或集群治理工作勾选并附佐证材料',
      en: 'An operating organization is named and at least one SME public-service platform, public service or governance item is ticked with evidence',
    },
  },
  {
    id: 'form.complete',
    article: '填报说明2',
    kind: 'form',
    description: {
      zh: '各必填栏目不得空缺，无相关情况时应填写“无”',
      en: 'Every required field is filled ("无" where nothing applies)',
    },
  },
  {
    id: 'form.decimals',
    article: '填报说明2',
    kind: 'form',
    description: {
      zh: '数据有小数时，保留小数点后2位',
      en: 'Numbers have at most 2 decimals',
    },
  },
  {
    id: 'form.text_length',
    article: '申报表 200字以内 / 第八部分 3000字以内',
    kind: 'form',
    description: {
      zh: '情况说明不超过200字，发展规划不超过3000字',
      en: 'Narratives ≤ 200 characters, the plan ≤ 3000 characters',
    },
  },
  {
    id: 'plan.output_growth',
    article: '第八部分 注a',
    kind: 'plan',
    description: {
      zh: '目标值：产值年均增速不低于{planOutputGrowthMin}%',
      en: 'Target: average annual output growth ≥ {planOutputGrowthMin} %',
    },
  },
  {
    id: 'plan.quality_smes',
    article: '第八部分 注b',
    kind: 'plan',
    description: {
      zh: '目标值：优质中小企业数量逐年增加（目标值高于基准值）',
      en: 'Target: quality SMEs increase every year (target above baseline)',
    },
  },
  {
    id: 'plan.rd_growth',
    article: '第八部分 注c',
    kind: 'plan',
    description: {
      zh: '目标值：研发经费年均增速不低于{planRdGrowthMin}%',
      en: 'Target: R&D investment annualised growth ≥ {planRdGrowthMin} %',
    },
  },
  {
    id: 'plan.patents_growth',
    article: '第八部分 注d',
    kind: 'plan',
    description: {
      zh: '目标值：有效发明专利数年均增长不低于{planPatentsGrowthMin}%',
      en: 'Target: valid invention patents annualised growth ≥ {planPatentsGrowthMin} %',
    },
  },
  {
    id: 'plan.iip',
    article: '第八部分 注e',
    kind: 'plan',
    description: {
      zh: '目标值：工业互联网普及率达到30%左右（低于{planIipTargetWarnBelow}%需复核）',
      en: 'Target: industrial-internet penetration about 30 % (review below {planIipTargetWarnBelow} %)',
    },
  },
  {
    id: 'plan.co2',
    article: '第八部分 注f',
    kind: 'plan',
    description: {
      zh: '目标值：二氧化碳排放量降低达到15%左右（低于{planCo2ReductionWarnBelow}%需复核）',
      en: 'Target: CO₂ emissions reduced by about 15 % (review below {planCo2ReductionWarnBelow} %)',
    },
  },
  {
    id: 'plan.energy',
    article: '第八部分 注g',
    kind: 'plan',
    description: {
      zh: '目标值：单位工业产值能耗下降达到10%左右（低于{planEnergyReductionWarnBelow}%需复核）',
      en: 'Target: energy per unit of industrial output reduced by about 10 % (review below {planEnergyReductionWarnBelow} %)',
    },
  },
  {
    id: 'plan.baseline',
    article: '第八部分 备注',
    kind: 'plan',
    description: {
      zh: '基准值须符合认定标准（优质中小企业不少于{qualitySmesMin}家、工业互联网普及率不低于{iipPenetrationMin}%、产值年均增速不低于{leadingGrowthMin}%），并与上一年填报数据一致',
      en: "Baselines meet the criteria (quality SMEs ≥ {qualitySmesMin}, IIP ≥ {iipPenetrationMin} %, output growth ≥ {leadingGrowthMin} %) and match the last year's figures",
    },
  },
] as const satisfies readonly CatalogEntry[];

export type RuleId = (typeof CATALOG)[number]['id'];

export const RULE_IDS: readonly RuleId[] = CATALOG.map((entry) => entry.id);

/** The description with threshold placeholders filled in. */
export function describeRule(entry: CatalogEntry, thresholds: Thresholds): Bilingual {
  const fill = (text: string) =>
    text.replace(/\{(\w+)\}/g, (placeholder, key: string) => (key in thresholds ? String(thresholds[key as keyof Thresholds]) : placeholder));
  return { zh: fill(entry.description.zh), en: fill(entry.description.en) };
}

/** The catalog entries whose description names a threshold: what changing it changes. */
export function rulesUsingThreshold(key: keyof Thresholds): CatalogEntry[] {
  return CATALOG.filter((entry) => entry.description.zh.includes(`{${key}}`));
}

/** A threshold's name where its value is entered (/admin): the first rule using it, the value shown as N. */
export function thresholdLabel(key: keyof Thresholds): Bilingual {
  const [entry] = rulesUsingThreshold(key);
  const name = (text: string) =>
    text
      .replace(/（[^）{]*）$/, '')
      .replace(`{${key}}`, 'N')
      .replace(/\{\w+\}/g, '…');
  return entry ? { zh: name(entry.description.zh), en: name(entry.description.en) } : { zh: key, en: key };
}
