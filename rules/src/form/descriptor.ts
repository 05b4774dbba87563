// The application form (申报表), described once, in form order. docs/form.md is the inventory; the seed form wins.
// Zod schema, TypeScript types, the flat field table and the Strapi components all derive from this tree.
import { checkboxGroup, f, group, GROWTH, REDUCTION, rows, SHARE, targetRow, targets } from './nodes';
import type { Choice, Finding } from './nodes';
import { countChars } from './values';

export const YES_NO = [
  { value: '是', key: 'yes' },
  { value: '否', key: 'no' },
] as const satisfies readonly Choice[];

export const YES_NO_NOT_INVOLVED = [...YES_NO, { value: '不涉及', key: 'na' }] as const satisfies readonly Choice[];

export const YES_NO_NON_INDUSTRIAL = [...YES_NO, { value: '非工业集群，不适用', key: 'na' }] as const satisfies readonly Choice[];

export const INDUSTRY_TYPES = [
  { value: '第一产业', key: 'primary' },
  { value: '第二产业', key: 'secondary' },
  { value: '第三产业', key: 'tertiary' },
] as const satisfies readonly Choice[];

/** The four printed rows of each year's standards table, in printed order. */
export const STANDARD_LEVELS = [
  { value: '国际', key: 'international' },
  { value: '国家', key: 'national' },
  { value: '行业', key: 'industry' },
  { value: '团体', key: 'association' },
] as const satisfies readonly Choice[];

export const TARGET_DIRECTIONS = [
  { value: '主导产业', key: 'leadingIndustry' },
  { value: '创新', key: 'innovation' },
  { value: '数字化', key: 'digital' },
  { value: '绿色化', key: 'green' },
  { value: '开放合作', key: 'openness' },
  { value: '治理和服务', key: 'governance' },
  { value: '其它', key: 'other' },
] as const satisfies readonly Choice[];

export const DECLARATION_STATEMENT =
  '本单位承诺此次申报中小企业特色产业集群的申请材料(包括附件资料)真实、合法。如有不实之处，本单位愿意负相应法律责任，并承担由此产生的一切后果。';

/** 八's printed "（3000字以内）" covers the narrative and the three staged goals together (docs/form.md §13 item 13). */
export const PLAN_MAX_CHARS = 3000;

const yesNo = (label: string) => f.choice('yesNo', YES_NO, label);
const text200 = (label: string) => f.text(200, label);
const count = (label: string, unit = '家') => f.integer(label, { unit });

const contactBody = (nameLabel: string) =>
  group('organization', '单位及联系人', {
    name: f.string(nameLabel),
    contactName: f.string('联系人'),
    contactPhone: f.string('联系方式'),
  });

const cover = group('cover', '封面', {
  region: group(
    'region',
    '所属地区',
    {
      city: f.regionCity('所属地区 · 市（州）'),
      county: f.regionCounty('所属地区 · 县（市、区）'),
    },
    ({ city, county }): Finding[] =>
      city && county && !county.startsWith(city.slice(0, 4)) ? [{ path: ['county'], problem: { code: 'county_outside_city' } }] : [],
  ),
  declarantSeal: f.files('申报主体 · （盖章）'),
  submittedOn: f.date('申报时间'),
  contact: f.string('联系人及联系电话'),
});

const basic = group('basic', '一、基本情况', {
  // Also printed on the cover; stored once.
  clusterName: f.string('集群名称'),
  declarant: contactBody('县（市、区）工信部门或或开发区管委会'),
  operator: contactBody('集群运营管理机构'),
  areaKm2: f.decimal('集群占地面积（平方公里）', { min: 0 }, { unit: '平方公里' }),
  industryType: f.choice('enum', INDUSTRY_TYPES, '主导产业所属产业类型'),
  notProhibitedIndustry: yesNo('集群主导产业不属于国家规定的禁止、限制和淘汰类产业'),
  noMajorIncidents: yesNo('近三年未发生较大及以上安全、质量、环境污染等事故，重大及以上网络安全事件和数据安全事件'),
  noMisconduct: yesNo('不存在偷税漏税、违法违规、严重失信和其他重大问题的行为'),
  energyEfficiency: f.choice('yesNoNa', YES_NO_NOT_INVOLVED, '属于高耗能行业的集群，能效水平高于行业基准值'),
  waterEfficiency: f.choice('yesNoNa', YES_NO_NOT_INVOLVED, '属于高用水行业的集群，水效水平高于行业基准值'),
  provincialRecognized: yesNo('获得省级中小企业特色产业集群'),
});

const leadingIndustry = group('leading-industry', '二、主导产业情况', {
  years: rows(
    'leading-industry-year',
    '主导产业情况（近三年）',
    3,
    {
      year: f.year(),
      totalOutput: f.decimal('集群总产值（亿元）', { min: 0 }, { unit: '亿元' }),
      smeOutputShare: f.percent('集群内中小企业产值占集群总产值比例（%）', SHARE),
      leadingIndustryShare: f.percent('集群主导产业产值占集群总产值比例（%）', SHARE),
      leadingIndustryGrowth: f.percent('集群主导产业产值增速（%）', GROWTH),
      firmCount: count('集群企业数量'),
      smeCount: count('其中：集群中小企业数量'),
      specializedSmeCount: count('专精特新中小企业数量'),
      littleGiantCount: count('专精特新“小巨人”企业数量'),
      singleChampionCount: count('制造业单项冠军企业数量'),
      highTechInnovativeCount: count('国家级高新技术企业和创新型中小企业数量'),
    },
    // "其中" on the form: SMEs are part of the firms.
    ({ firmCount, smeCount }): Finding[] =>
      typeof firmCount === 'number' && typeof smeCount === 'number' && smeCount > firmCount
        ? [{ path: ['smeCount'], problem: { code: 'sme_exceeds_firms' } }]
        : [],
  ),
  leadingGrowthAvg3y: f.percent('近三年主导产业产值年均增速（%）', GROWTH),
  chainMap: yesNo('集群是否绘制产业链图谱'),
  chainMapEvidence: f.files('集群是否绘制产业链图谱 · （如涉及，需提供佐证材料）', {
    required: { when: 'equals', key: 'leadingIndustry.chainMap', value: '是' },
  }),
  chainCultivation: text200('集群产业链培育和招商情况（200字以内）'),
  supplyChainRisk: text200('集群供应链风险评估情况（200字以内）'),
  resourceSharing: text200('集群制造资源共享情况（200字以内）'),
  sharingWork: checkboxGroup('leading-industry-sharing-work', '集群已开展的制造资源共享工作', {
    chainCoordination: '建有产业链上下游产供销一体化协同协作机制',
    sharedManufacturing: '建立共享制造机制，开展通用生产设备、物流、仓储、人力、设计等资源共享',
    jointPurchasing: '开展同类设备和产品的集中采销',
    sharedFactories: '建立共享车间、共享工厂',
  }),
  collaboration: text200('集群协同发展情况（与先进制造业集群、国家新型工业化产业示范基地或龙头企业合作情况，200字以内）'),
  qualityBrand: text200('集群质量品牌建设情况（200字以内）'),
  qualityBrandWork: checkboxGroup('leading-industry-quality-brand-work', '集群已开展的质量品牌建设工作', {
    qualityPromotion: '开展先进质量管理模式推广、品牌管理标准宣贯、质量诊断服务等工作',
    collectiveMarks: '获得集体商标、地理标志产品批准认证或证明商标通过注册',
    brandOperation: '建立品牌运营机制',
    qualityInfraServices: '依托质量技术基础公共服务平台，提供计量、测试、认证等服务',
  }),
});

const innovation = group('innovation', '三、创新能力情况', {
  years: rows('innovation-year', '年度', 3, {
    year: f.year(),
    rdIntensity: f.percent('集群中小企业近三年研发投入强度（%）', SHARE),
    rdGrowth: f.percent('集群近三年研发经费增速（%）', GROWTH),
    standards: rows(
      'innovation-standards-row',
      '集群中小企业近三年主持（起草单位排名前三位）或参与制修订标准数量情况（需提供清单）',
      STANDARD_LEVELS.length,
      {
        level: f.choice('enum', STANDARD_LEVELS, '类别', { required: 'fixed' }),
        ledCount: count('主持数量', '个'),
        participatedCount: count('参与数量', '个'),
      },
      ({ level }, index): Finding[] => {
        const expected = STANDARD_LEVELS[index]?.value;
        return level !== undefined && expected !== undefined && level !== expected ? [{ path: ['level'], problem: { code: 'standards_level', expected } }] : [];
      },
    ),
  }),
  standardsList: f.files('（需提供清单）', {
    required: {
      when: 'anyPositive',
      keys: ['innovation.years[].standards[].ledCount', 'innovation.years[].standards[].participatedCount'],
    },
  }),
  platforms: group('innovation-platforms', '创新平台建设情况', {
    national: f.countNames('创新平台建设情况 · 国家制造业创新中心或国家级创新平台名称及数量'),
    provincial: f.countNames('省级制造业创新中心或省级创新平台名称及数量'),
    other: f.countNames('其他平台名称及数量'),
  }),
  smeEmployees: f.integer('集群内中小企业从业人员数量', { unit: '人' }),
  rdStaffShare: f.percent('集群内研发人员占从业人员比例（%）', SHARE),
  patentGrowthAvg: f.percent('集群有效发明专利年均增速（%）', GROWTH),
  patentsPer10k: f.decimal('集群每万人有效发明专利拥有量', { min: 0 }, { unit: '个/万人' }),
  smePatentCount: count(
    '集群内中小企业有效发明专利拥有量（包括发明专利、国防专利、 植物新品种、国家级农作物品种、国家新药、国家一级中药保护品种、集成电路布图设计专有权等）',
    '个',
  ),
  patentList: f.files('（需提供清单）', {
    required: { when: 'anyPositive', keys: ['innovation.smePatentCount'] },
  }),
  collaborationOverview: text200('协同创新总体情况（200字以内）'),
  collaborativeWork: checkboxGroup('innovation-collaborative-work', '集群已开展的协同创新工作', {
    techRoadmap: '绘制了集群主导产业技术路线图',
    challengeList: '形成了集群技术难点清单或创新项目库',
    incentives: '建立了“揭榜挂帅”、“赛马”或众创众包等激励机制',
    innovationConsortium: '联合集群上下游企业，组建了创新联合体，并开展了产业链联合攻关',
    industryAcademia: '集群引入了高等院校、科研院所开展核心和关键共性技术产学研协同创新',
  }),
});

const digital = group('digital', '四、数字化升级情况', {
  cloudAdoption: f.percent('企业上云比例（%）', SHARE),
  iipPenetration: f.percent('集群工业互联网平台应用普及率（%）', SHARE),
  industrialSoftwareRising: yesNo('工业软件应用率稳步提升'),
  years: rows('digital-year', '工业软件采购金额（万元）', 3, {
    year: f.year(),
    industrialSoftwarePurchase: f.decimal('工业软件采购金额（万元）', { min: 0 }, { unit: '万元' }),
  }),
  serviceOverview: text200('数字化服务总体情况（200字以内）'),
  serviceWork: checkboxGroup('digital-service-work', '集群已开展的数字化服务工作', {
    solutionProviders: '引入了数字化系统解决方案服务商',
    commonSolutions: '开展了数字化共性解决方案开发和诊断等服务',
    integrationSystem: '开展了两化融合管理体系推广工作',
    maturityAssessment: '开展了智能制造能力成熟度评估或数据管理能力成熟度评估等推广工作',
  }),
  newModels: text200('数字化新模式新业态推广情况 · 智能制造、工业互联网以及其它新模式新业态试点示范建设或应用情况（200字以内）'),
  newModelWork: checkboxGroup('digital-new-model-work', '集群已开展的数字化新模式新业态推广工作：', {
    nationalPilots: '建有国家智能制造、工业互联网以及其它国家新模式新业态试点示范项目',
    provincialPilots: '建有省级智能制造、工业互联网以及其它国家新模式新业态试点示范项目',
    applicationPromotion: '开展了智能制造、工业互联网等新模式新业态创新应用推广',
  }),
});

const green = group('green', '五、绿色化转型情况', {
  carbonMonitoring: yesNo('建立了集群碳排放监测机制'),
  carbonMonitoringEvidence: f.files('建立了集群碳排放监测机制 · （如涉及，需提供佐证材料）', {
    required: { when: 'equals', key: 'green.carbonMonitoring', value: '是' },
  }),
  years: rows('green-year', '近三年单位产值二氧化碳排放量（吨二氧化碳/万元）', 3, {
    year: f.year(),
    co2Intensity: f.decimal('近三年单位产值二氧化碳排放量（吨二氧化碳/万元）', { min: 0 }, { unit: '吨二氧化碳/万元' }),
  }),
  co2Formula: f.string('（注：单位产值二氧化碳排放量需提供计算公式）'),
  carbonWork: text200('开展碳达峰碳中和相关宣传、监测等工作情况（200字以内）'),
  carbonWorkEvidence: f.files('（需提供相关佐证材料）'),
  energyIntensityReduction: f.percent('近三年单位工业产值能耗降低率（%）', REDUCTION),
  solidWasteUtilization: f.percent('大宗工业固废综合利用率（%）', SHARE),
  solidWasteAboveAvg: f.choice('yesNoNa', YES_NO_NON_INDUSTRIAL, '是否高于行业平均水平'),
  waterReuseRate: f.percent('工业用水重复利用率（%）', SHARE),
  waterReuseAboveAvg: f.choice('yesNoNa', YES_NO_NON_INDUSTRIAL, '是否高于行业平均水平'),
  resourceUtilization: text200('能源和资源综合利用工作情况（200字以内）'),
  resourceWork: checkboxGroup('green-resource-work', '集群已开展的能源和资源综合利用工作', {
    wasteHeatRecovery: '余热余压集中回收',
    waterCascade: '水资源梯级循环利用',
    wasteGradedUse: '工业废弃物分类分级利用',
  }),
  lowCarbonServices: text200('绿色低碳公共服务总体情况（200字以内）'),
  lowCarbonCapabilities: checkboxGroup('green-low-carbon-capabilities', '集群已具备绿色低碳公共服务能力', {
    greenManufacturingSolutions: '绿色制造系统解决方案',
    energyDiagnosis: '节能诊断与服务',
    cleanerProductionAssessment: '清洁生产水平评价',
    energySystemOperation: '节能系统建设运营',
    carbonAccounting: '碳排放、碳足迹核算',
  }),
});

const openness = group('openness', '六、开放合作情况', {
  overview: text200('集群国际合作交流总体情况（200字以内）'),
  activities: checkboxGroup('openness-activities', '集群已开展的国际合作交流活动', {
    cooperationMechanism: '建立或参与主导产业国际合作机制',
    overseasParks: '与境外产业园区形成较为稳定的合作关系',
    importedTechTalent: '引进了国际领先技术、先进管理经验或高端人才团队等',
    expos: '参加中国国际中小企业博览会等展会类活动',
    hostedConferences: '承办主导产业国际研讨会或技术交流会',
  }),
  overseasBranches: count('集群或集群内企业在境外设立分支机构数量', '个'),
  overseasBranchesEvidence: f.files('（需提供相关佐证材料）', {
    required: { when: 'anyPositive', keys: ['openness.overseasBranches'] },
  }),
  years: rows('openness-year', '开放合作情况（近三年）', 3, {
    year: f.year(),
    exportGrowth: f.percent('近三年集群主导产品出口贸易额增长率（%）', GROWTH),
    fdiGrowth: f.percent('近三年集群外商直接投资额增长率（%）', GROWTH),
  }),
});

const governance = group('governance', '七、治理和服务水平', {
  overview: text200('治理和服务水平情况（200字以内）'),
  platforms: checkboxGroup('governance-platforms', '中小企业公共服务平台建设情况 · 集群已建设的中小企业公共服务平台：', {
    nationalDemo: '建设或引入国家中小企业公共服务示范平台',
    provincialDemo: '建设或引入省级中小企业公共服务示范平台',
    ownPlatform: '建立了中小企业公共服务平台',
  }),
  services: checkboxGroup('governance-services', '集群提供中小企业公共服务情况 · 集群已提供的中小企业公共服务：', {
    information: '信息服务',
    entrepreneurship: '创业辅导',
    innovationSupport: '创新支持',
    training: '人员培训',
    marketing: '市场营销',
    financing: '投融资服务',
    managementConsulting: '管理咨询',
  }),
  governanceWork: checkboxGroup('governance-work', '集群治理情况 · 集群开展的治理工作：', {
    promotionAgency: '建立了专业化发展促进机构、开展共商共建共享',
    rightsProtection: '建立了中小企业合法权益保护机制',
    serviceEvaluation: '建立了公共服务效果考核机制',
  }),
});

const planText = (label: string) => f.text(3000, label);

const plan = group(
  'plan',
  '八、未来三年中小企业特色产业集群发展规划',
  {
    narrative: planText('未来三年中小企业特色产业集群发展规划 · （3000字以内）'),
    targets: targets(
      '1.三年总体目标 · 方向 / 指标 / 2022年基准值 / 2025年目标值',
      {
        outputGrowth: targetRow('主导产业', '集群产值年均增速', (l) => f.percent(l, GROWTH)),
        qualitySmes: targetRow('主导产业', '优质中小企业数量', (l) => count(l)),
        rdInvestment: targetRow('创新', '研发经费投入', (l) => f.decimal(l, { min: 0 }, { unit: '亿元' })),
        inventionPatents: targetRow('创新', '有效发明专利数量', (l) => count(l, '个')),
        iipPenetration: targetRow('数字化', '工业互联网普及率', (l) => f.percent(l, SHARE)),
        co2Emissions: targetRow('绿色化', '二氧化碳排放量', (l) => f.decimal(l, { min: 0 }, { unit: '吨二氧化碳/万元' })),
        energyIntensity: targetRow('绿色化', '单位工业产值能耗', (l) => f.decimal(l, { min: 0 }, { unit: '吨标准煤/万元' })),
        opennessQualitative: targetRow('开放合作', '定性描述', text200),
        governanceQualitative: targetRow('治理和服务', '定性描述', text200),
      },
      group('plan-target-extra', '......', {
        direction: f.choice('enum', TARGET_DIRECTIONS, '方向', { required: 'no' }),
        indicator: f.string('指标', { required: 'no' }),
        baseline: f.string('2022年基准值', { required: 'no' }),
        target: f.string('2025年目标值', { required: 'no' }),
      }),
    ),
    stagedGoals: group('plan-staged-goals', '2.阶段性目标', {
      p1: planText('2.阶段性目标 · （1）2023年度'),
      p2: planText('2.阶段性目标 · （2）2024年度'),
      p3: planText('2.阶段性目标 · （3）2025年度'),
    }),
  },
  ({ narrative, stagedGoals }): Finding[] => {
    const texts = [narrative, stagedGoals?.p1, stagedGoals?.p2, stagedGoals?.p3].filter((t): t is string => typeof t === 'string');
    const lengths = texts.map(countChars);
    const actual = lengths.reduce((a, b) => a + b, 0);
    // A single over-long text already has its own error.
    return actual > PLAN_MAX_CHARS && lengths.every((n) => n <= PLAN_MAX_CHARS)
      ? [{ path: ['narrative'], problem: { code: 'plan_length', max: PLAN_MAX_CHARS, actual } }]
      : [];
  },
);

const declaration = group('declaration', '九、真实性声明', {
  statement: f.fixed('真实性声明', DECLARATION_STATEMENT),
  signatoryName: f.string('单位负责人（签字）'),
  countySeal: f.files('县（市、区）工信部门或集群所在地开发区管委会（公章）'),
  countyDate: f.date('年    月    日'),
});

const recommendation = group('recommendation', '九、市（州）工信部门推荐意见', {
  opinion: f.text(3000, '市（州）工信部门推荐意见', { required: 'city' }),
  seal: f.files('推荐单位（公章）', { required: 'city' }),
  date: f.date('年    月    日', { required: 'city' }),
});

/** The form's sections in printed order; each is one Strapi component on the application. */
export const formSections = {
  cover,
  basic,
  leadingIndustry,
  innovation,
  digital,
  green,
  openness,
  governance,
  plan,
  declaration,
  recommendation,
};

export type SectionKey = keyof typeof formSections;
