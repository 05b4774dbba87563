// The province's package for the national level: the 申报表 PDF of each application it marked
// 拟推荐国家级 and the 推荐汇总表 (summary sheet) with the columns the national notices ask for, in one zip.
import ExcelJS from 'exceljs';
// jszip is what exceljs itself reads .xlsx files with; it is already installed with it.
import JSZip from 'jszip';
import { NATIONAL_SUMMARY_COLUMNS, type NationalSummaryRow } from '@sme-cluster/rules';

/** One application marked 拟推荐国家级: its line of the 推荐汇总表 and its 申报表 PDF. */
export interface PackagedApplication extends NationalSummaryRow {
  pdf: Buffer;
}

async function summarySheet(callYear: number, rows: PackagedApplication[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('推荐汇总表');
  sheet.mergeCells(1, 1, 1, NATIONAL_SUMMARY_COLUMNS.length);
  sheet.getCell(1, 1).value = `${callYear}年贵州省中小企业特色产业集群推荐汇总表（产值及企业数量为${callYear - 1}年数据）`;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  const header = sheet.getRow(2);
  header.values = [...NATIONAL_SUMMARY_COLUMNS];
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  rows.forEach((row, i) => {
    sheet.addRow([
      i + 1,
      row.clusterName,
      row.place,
      row.leadingIndustry,
      row.operator,
      row.totalOutput,
      row.leadingIndustryOutput,
      row.leadingIndustryShare,
      row.smeCount,
      row.specializedSmeCount,
      row.score,
      row.contact,
    ]);
  });
  [6, 44, 24, 18, 28, 12, 12, 14, 12, 14, 10, 26].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** File names inside the zip: numbered like the summary sheet, without characters file systems refuse. */
const safeName = (name: string) => name.replace(/[\\/:*?"<>|]/g, '_');

export async function recommendationPackage(callYear: number, rows: PackagedApplication[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(`${callYear}年推荐汇总表.xlsx`, await summarySheet(callYear, rows));
  rows.forEach((row, i) => zip.file(`${String(i + 1).padStart(2, '0')}-${safeName(row.clusterName)}.pdf`, row.pdf));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
