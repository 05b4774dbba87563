// The Chinese words officials read in exported sheets; the console has the same words in its i18n.

export const STATUS_ZH: Record<string, string> = {
  draft: '草稿',
  submitted: '已提交',
  city_review: '市级初审',
  recommended: '已推荐',
  province_review: '省级评审',
  shortlisted: '拟入选',
  public_notice: '公示中',
  recognized: '已认定',
  returned: '已退回',
  rejected: '未通过',
};

export const VERDICT_ZH: Record<string, string> = {
  eligible: '符合条件',
  needs_review: '需人工复核',
  incomplete: '材料不全',
  ineligible: '不符合条件',
};
