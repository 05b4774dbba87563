// The province's package for the national level: each recommended cluster's 申报表 PDF and the
// 推荐汇总表 (summary sheet), in one zip.
import ExcelJS from 'exceljs';
// jszip is what exceljs itself reads .xlsx files with; it is already installed with it.
import JSZip from 'jszip';
import { VERDICT_ZH } from './labels';

export interface PackagedApplication {
  clusterName: string;
  region: string;
  leadingIndustry: string | null;
  /** 集群总产值 of the last year before the call (亿元). */
  totalOutput: number | null;
  /** Mean weighted expert score, when experts have scored. */
  score: number | null;
  verdict: string | null;
  pdf: Buffer;
}

async function summarySheet(callYear: number, rows: PackagedApplication[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('推荐汇总表');
  sheet.mergeCells(1, 1, 1, 7);
  sheet.getCell(1, 1).value = `${callYear}年贵州省中小企业特色产业集群推荐汇总表`;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  const header = sheet.getRow(2);
  header.values = ['序号', '集群名称', '所属地区', '主导产业', `总产值（亿元，${callYear - 1}年）`, '评审得分', '评估结论'];
  header.font = { bold: true };
  rows.forEach((row, i) => {
    sheet.addRow([
      i + 1,
      row.clusterName,
      row.region,
      row.leadingIndustry,
      row.totalOutput,
      row.score,
      row.verdict ? (VERDICT_ZH[row.verdict] ?? row.verdict) : null,
    ]);
  });
  [6, 44, 20, 20, 16, 10, 12].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
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
