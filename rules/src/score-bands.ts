/**
 * What a score means, criterion by criterion: four bands (优、良、中、差) of a criterion's maximum,
 * each described in the words of the recognition conditions of Art. 11 that the criterion scores.
 * The server sends them with the score sheet and the console shows the band of the score typed,
 * so an expert scores against the same wording everywhere.
 */
import type { Criterion } from './settings';

export const SCORE_BAND_KEYS = ['excellent', 'good', 'fair', 'poor'] as const;
export type ScoreBandKey = (typeof SCORE_BAND_KEYS)[number];

/** Each band starts at this share of the criterion's maximum (in %), up to the next band's start. */
export const SCORE_BAND_FLOORS: Record<ScoreBandKey, number> = { excellent: 90, good: 75, fair: 60, poor: 0 };
export const SCORE_BAND_LABELS: Record<ScoreBandKey, { zh: string; en: string }> = {
  excellent: { zh: '优', en: 'Excellent' },
  good: { zh: '良', en: 'Good' },
  fair: { zh: '中', en: 'Fair' },
  poor: { zh: '差', en: 'Poor' },
};

type BandWording = Record<ScoreBandKey, string>;

/** The criteria of config/call-notice.json, each with Art. 11's condition it scores. */
const CRITERION_BANDS: Record<string, BandWording> = {
  // 第十一条（一）
  leadingIndustry: {
    excellent:
      '主导产业为县域支柱或特色产业，发展水平位居细分领域全省前列，集群品牌知名度较高；近三年产值、中小企业产值占比、主导产业占比及增速均明显高于认定标准。',
    good: '主导产业为县域支柱或特色产业，符合全省产业政策和行业发展规划；近三年产值均在20亿元以上，中小企业产值和主导产业产值均占60%以上，主导产业年均增速不低于5%。',
    fair: '主导产业较为聚焦，产值等指标基本达到认定标准，但在细分领域的全省位次或品牌知名度一般。',
    poor: '主导产业不够聚焦或非县域支柱、特色产业，产值、占比或增速未达到认定标准，或佐证材料不足。',
  },
  // 第十一条（二）
  qualitySmes: {
    excellent: '持续开展优质中小企业梯度培育，创新型中小企业、专精特新中小企业、专精特新“小巨人”、单项冠军和高新技术企业数量明显多于8家，梯度结构完整。',
    good: '持续开展梯度培育工作，各类优质中小企业合计不少于8家，培育机制较为健全。',
    fair: '开展了梯度培育工作，优质中小企业数量接近8家，培育成效尚不明显。',
    poor: '梯度培育工作开展不足，优质中小企业少于8家或佐证材料不足。',
  },
  // 第十一条（三）
  supplyChain: {
    excellent: '产业链布局合理，上下游产供销一体化协同机制完善，设备、物流、仓储、人力、设计等共享机制运行良好，关键环节配套能力强。',
    good: '产业链布局较为合理，协同协作机制较完善，初步建立共享机制，关键环节配套能力较强。',
    fair: '产业链上下游有一定协作，共享机制尚在建设，关键环节配套能力一般。',
    poor: '产业链协作松散，未建立共享机制，关键环节配套能力弱或佐证材料不足。',
  },
  // 第十一条（四）
  innovation: {
    excellent:
      '研发投入持续增长且明显高于5%，建有多元创新平台和稳定的产学研、大中小企业融通创新机制，主导参与标准制（修）订，有效发明专利增长和拥有量明显高于认定标准。',
    good: '近三年中小企业研发经费年均增长高于5%，与大型企业、高校和科研院所建立创新合作关系，有效发明专利年均增长不低于5%、每万人拥有量不低于7个。',
    fair: '研发投入和创新合作有一定基础，部分创新指标接近认定标准。',
    poor: '研发投入不足，创新平台和合作机制缺乏，创新指标未达到认定标准或佐证材料不足。',
  },
  // 第十一条（五）
  digital: {
    excellent: '新型信息基础设施完善，数字化装备和系统广泛应用，工业互联网平台应用普及率明显高于10%，企业重要生产数据联通，数字化新模式新业态成效突出。',
    good: '推广数字化装备和系统应用，引入跨企业数字化服务，工业互联网平台应用普及率不低于10%，工业软件应用率稳步提升。',
    fair: '数字化转型已经起步，部分企业开展数字化应用，平台应用普及率接近10%。',
    poor: '数字化转型进展缓慢，平台应用普及率低于10%或佐证材料不足。',
  },
  // 第十一条（六）
  green: {
    excellent:
      '能源消费结构合理，碳排放强度持续下降，资源利用效率高，污染物排放优于国家和省相关要求，绿色低碳服务机制完善；高耗能、高用水行业能效、水效明显高于行业基准值。',
    good: '能源消费结构较为合理，碳排放强度持续下降，污染物排放达到国家和省相关要求，建立了绿色低碳服务机制。',
    fair: '绿色低碳发展有一定举措，主要排放指标达标，服务机制尚不健全。',
    poor: '绿色化发展水平较低，排放或能效、水效指标未达到相关要求，或佐证材料不足。',
  },
  // 第十一条（七）
  openness: {
    excellent: '积极参与主导产业国际合作机制和交流活动，在技术、管理、人才、资本等方面合作成效显著，设有海外分支机构，对外贸易快速发展。',
    good: '参与主导产业国际合作或交流活动，开展了技术、管理、人才或资本等方面的交流合作，对外贸易有所发展。',
    fair: '开放合作有一定开展，但形式单一、成效有限。',
    poor: '基本未开展开放合作，或佐证材料不足。',
  },
  // 第十一条（八）
  governance: {
    excellent: '设有运营管理机构且运行规范，中小企业公共服务体系完善，集群发展促进机制专业化，惠企政策宣贯全覆盖、应享尽享。',
    good: '设立（或拥有）运营管理机构，建立了中小企业公共服务体系和集群发展促进机制，政策宣贯基本覆盖集群企业。',
    fair: '有运营管理机构，公共服务和促进机制尚不完善，政策宣贯覆盖面有限。',
    poor: '未设立运营管理机构或服务体系缺失，或佐证材料不足。',
  },
};

/** The wording of a criterion the province added to a call's scheme and this catalogue does not know. */
const GENERAL_BANDS: BandWording = {
  excellent: '该项工作成效突出，各项指标明显优于认定标准，佐证材料充分。',
  good: '该项工作成效较好，各项指标达到认定标准，佐证材料较充分。',
  fair: '该项工作有一定基础，部分指标接近认定标准，佐证材料基本齐全。',
  poor: '该项工作基础薄弱，指标未达到认定标准，或佐证材料不足。',
};

export interface ScoreBand {
  key: ScoreBandKey;
  label: string;
  /** The band's scores on the criterion's own scale: from `min` (inclusive) to `max` (exclusive, but the top band's max is the maximum). */
  min: number;
  max: number;
  description: string;
}

/** The criterion's bands from 优 down, in its own score range (a maximum of 10 gives 优 9–10, 良 7.5–9, …). */
export function scoreBands(criterion: Pick<Criterion, 'key' | 'maxScore'>): ScoreBand[] {
  const wording = CRITERION_BANDS[criterion.key] ?? GENERAL_BANDS;
  const at = (share: number) => Math.round(criterion.maxScore * share) / 100;
  return SCORE_BAND_KEYS.map((key, index) => ({
    key,
    label: SCORE_BAND_LABELS[key].zh,
    min: at(SCORE_BAND_FLOORS[key]),
    max: index === 0 ? criterion.maxScore : at(SCORE_BAND_FLOORS[SCORE_BAND_KEYS[index - 1]]),
    description: wording[key],
  }));
}

/** The band a score falls in, or undefined for no score or one out of range. */
export function bandOf(bands: readonly ScoreBand[], score: number | null | undefined): ScoreBand | undefined {
  if (score == null || !Number.isFinite(score)) return undefined;
  const top = bands[0];
  if (!top || score < 0 || score > top.max) return undefined;
  return bands.find((band) => score >= band.min);
}

/** How a band's range reads on the sheet: 90–100分, 75–89.99分 … (scores have at most two decimals). */
export function bandRange(band: ScoreBand, maxScore: number): string {
  const upper = band.max === maxScore ? band.max : Math.round(band.max * 100 - 1) / 100;
  return `${band.min}–${upper}分`;
}
