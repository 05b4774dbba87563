// The clusters behind their plan (Art. 5 跟踪监测) as the province hands them on: one row per cluster and
// indicator behind, with the year, the path's value for it and the actual, so the figures read back as numbers.
import ExcelJS from 'exceljs';
import { TARGET_INDICATOR_INFO, TARGET_STATUS_LABELS, type ClusterTargets } from '@sme-cluster/rules';
import { behindYears } from '../workflow/targets';

export const BEHIND_SHEET = '规划目标滞后集群';

const COLUMNS = [
  { header: '集群名称', width: 44 },
  { header: '市（州）', width: 14 },
  { header: '县（市、区）', width: 14 },
  { header: '指标', width: 20 },
  { header: '单位', width: 16 },
  { header: '年度', width: 8 },
  { header: '基准值', width: 10 },
  { header: '当年规划路径值', width: 14 },
  { header: '当年实际值', width: 12 },
  { header: '目标值', width: 10 },
  { header: '目标年度', width: 10 },
  { header: '状态', width: 8 },
];

export async function behindWorkbook(clusters: readonly ClusterTargets[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(BEHIND_SHEET, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  sheet.columns = COLUMNS;
  sheet.getRow(1).font = { bold: true };
  for (const cluster of clusters) {
    for (const { track, year } of behindYears(cluster)) {
      const info = TARGET_INDICATOR_INFO[track.indicator];
      sheet.addRow([
        cluster.clusterName,
        cluster.prefectureName,
        cluster.countyName,
        info.actualName,
        info.unit,
        year.year,
        track.baseline,
        year.expected,
        year.actual,
        track.target,
        track.targetYear,
        TARGET_STATUS_LABELS[year.status].zh,
      ]);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
