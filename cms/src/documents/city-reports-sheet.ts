// Every city's yearly report of one year as the province downloads it (Art. 19): one sheet of the
// cities' narratives, one of their recognized clusters' figures.
import ExcelJS from 'exceljs';
import { CITY_REPORT_FIGURE_COLUMNS, STATUS_LABELS, type CityReportClusterFigures, type CityReportStatus } from '@sme-cluster/rules';

export interface WorkbookCity {
  prefectureName: string;
  /** Past the due day without a submitted report. */
  overdue: boolean;
  /** Absent: the city has not started its report. */
  report?: {
    status: CityReportStatus;
    narrative: string | null;
    submittedAt: string | null;
    late: boolean;
    figures: CityReportClusterFigures[];
  };
}

export const NARRATIVE_SHEET = '集群培育工作情况';
export const FIGURES_SHEET = '认定集群发展情况';

/** 已提交 / 草稿 / 未报送, marked where it came late or is still owed past the due day. */
function stateOf(city: WorkbookCity): string {
  const word = city.report ? STATUS_LABELS[city.report.status].zh : '未报送';
  return `${word}${city.report?.late ? '（逾期提交）' : city.overdue ? '（逾期）' : ''}`;
}

/** "2026-03-05 16:00" in Guizhou, as an official reads a time. */
const shanghaiTime = (iso: string) => {
  const at = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString();
  return `${at.slice(0, 10)} ${at.slice(11, 16)}`;
};

export async function cityReportsWorkbook(year: number, dueOn: string, cities: WorkbookCity[], countyNames: Map<string, string>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const narratives = workbook.addWorksheet(NARRATIVE_SHEET, { views: [{ state: 'frozen', ySplit: 2 }] });
  narratives.getCell(1, 1).value = `${year}年度各市（州）中小企业特色产业集群培育工作情况（报送截止 ${dueOn}）`;
  narratives.getCell(1, 1).font = { bold: true, size: 14 };
  const header = narratives.getRow(2);
  header.values = ['市（州）', '状态', '提交时间', '集群培育工作情况'];
  header.font = { bold: true };
  narratives.columns = [{ width: 16 }, { width: 18 }, { width: 22 }, { width: 100 }];
  for (const city of cities) {
    const submittedAt = city.report?.submittedAt ? shanghaiTime(city.report.submittedAt) : '';
    const row = narratives.addRow([city.prefectureName, stateOf(city), submittedAt, city.report?.narrative ?? '']);
    row.getCell(4).alignment = { wrapText: true, vertical: 'top' };
  }

  const figures = workbook.addWorksheet(FIGURES_SHEET, { views: [{ state: 'frozen', xSplit: 3, ySplit: 2 }] });
  figures.getCell(1, 1).value = `${year}年度各市（州）认定集群发展情况（取自各集群${year}年度发展情况）`;
  figures.getCell(1, 1).font = { bold: true, size: 14 };
  const figureHeader = figures.getRow(2);
  figureHeader.values = ['市（州）', '县（市、区）', '集群名称', '年度发展情况', ...CITY_REPORT_FIGURE_COLUMNS.map((column) => column.zh)];
  figureHeader.font = { bold: true };
  figureHeader.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  figures.columns = [{ width: 14 }, { width: 14 }, { width: 48 }, { width: 14 }, ...CITY_REPORT_FIGURE_COLUMNS.map(() => ({ width: 16 }))];
  for (const city of cities) {
    for (const cluster of city.report?.figures ?? []) {
      figures.addRow([
        city.prefectureName,
        cluster.countyCode ? (countyNames.get(cluster.countyCode) ?? '') : '',
        cluster.clusterName,
        cluster.annualReportSubmitted ? '已提交' : '未提交',
        ...CITY_REPORT_FIGURE_COLUMNS.map((column) => cluster[column.key] ?? ''),
      ]);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
