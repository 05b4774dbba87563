// Export of applications: one row per application, every figure and answer of the form (generated
// from the descriptor), and the rule verdict with the ids of the rules that failed, warned or lacked data.
import { once } from 'events';
import type { Writable } from 'stream';
import ExcelJS from 'exceljs';
import { formYears, type ApplicationForm, type EligibilityReport } from '@sme-cluster/rules';
import { cellValue, formColumns, isNumeric, valueAt, type FormColumn } from './columns';
import { STATUS_ZH, VERDICT_ZH } from './labels';

/** What the sheet shows of a report: the verdict and each rule's outcome (a whole report has them too). */
export interface ExportedReport {
  verdict: EligibilityReport['verdict'];
  rules: ReadonlyArray<{ id: string; outcome: string }>;
}

export interface ExportedApplication {
  id: string;
  clusterName: string | null;
  prefecture: string | null;
  county: string | null;
  status: string;
  callYear: number;
  form: ApplicationForm;
  report: ExportedReport;
}

/** Figures and answers; narratives, contacts and evidence files stay in the PDF. */
const METRIC_TYPES = new Set(['choice', 'checkbox', 'countNames']);
const metricColumns = formColumns.filter((column) => isNumeric(column) || METRIC_TYPES.has(column.field.value.type));

const ruleIds = (report: ExportedApplication['report'], outcome: string) =>
  report.rules
    .filter((rule) => rule.outcome === outcome)
    .map((rule) => rule.id)
    .join('，');

/**
 * The style of every data cell, one object for all: exceljs looks a cell's style up by the object's
 * identity before serializing it, and each cell otherwise brings a fresh empty one, which it then
 * turns into XML to find in its table — a third of the export's own work. With no number format,
 * text and figures come out as the same (default) style, so one object serves both.
 */
const PLAIN: Partial<ExcelJS.Style> = Object.freeze({});

/**
 * Writes the workbook to `output` as the batches come, with exceljs' streaming writer: each row is
 * committed to the zip as soon as it is added, so memory stays flat however many applications the
 * list holds. `callYears` are those of every application (known from the list before the forms
 * are read); `written` hears of each batch once its rows are out.
 */
export async function writeApplicationsWorkbook(
  output: Writable,
  callYears: number[],
  batches: AsyncIterable<ExportedApplication[]>,
  written: (rows: ExportedApplication[]) => Promise<void> = async () => undefined,
): Promise<void> {
  const years = [...new Set(callYears)];
  // One call year: real years in the headers; several: the position before each application's call year.
  const yearLabel = (index: number) => (years.length === 1 ? `${formYears(years[0])[index]}年` : `申报前第${3 - index}年`);
  const columns: Array<{ header: string; width: number; value(a: ExportedApplication): string | number | null }> = [
    { header: '申报编号', width: 28, value: (a) => a.id },
    { header: '集群名称', width: 44, value: (a) => a.clusterName },
    { header: '市（州）', width: 12, value: (a) => a.prefecture },
    { header: '县（市、区）', width: 12, value: (a) => a.county },
    { header: '申报年度', width: 10, value: (a) => a.callYear },
    { header: '状态', width: 10, value: (a) => STATUS_ZH[a.status] ?? a.status },
    ...metricColumns.flatMap((column: FormColumn) =>
      (column.perYear ? [0, 1, 2] : [0]).map((year) => {
        // Built once per column rather than per cell: a path is a fresh array, for every cell of 10,000 rows.
        const path = column.path(year);
        return {
          header: column.perYear ? `${column.header}（${yearLabel(year)}）` : column.header,
          width: 14,
          value: (a: ExportedApplication) => cellValue(column, valueAt(a.form, path)),
        };
      }),
    ),
    { header: '评估结论', width: 12, value: (a) => VERDICT_ZH[a.report.verdict] ?? a.report.verdict },
    { header: '未通过的规则', width: 30, value: (a) => ruleIds(a.report, 'fail') },
    { header: '需复核的规则', width: 30, value: (a) => ruleIds(a.report, 'warn') },
    { header: '缺少数据的规则', width: 30, value: (a) => ruleIds(a.report, 'missing') },
  ];
  // Inline strings, not a shared-strings table: that table would grow with every distinct text until the end.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('申报汇总', { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'middle' };
  sheet.getRow(1).commit();
  for await (const batch of batches) {
    for (const application of batch) {
      const row = sheet.addRow(columns.map((c) => c.value(application)));
      row.eachCell({ includeEmpty: true }, (cell) => (cell.style = PLAIN));
      row.commit();
    }
    // A reader slower than the writer holds the next batch back, instead of the bytes piling up here.
    if (output.writableNeedDrain) await Promise.race([once(output, 'drain'), once(output, 'close')]);
    // The reader went away: stop reading forms for nobody.
    if (output.destroyed) throw new Error('the export was abandoned by its reader');
    await written(batch);
  }
  sheet.commit();
  await workbook.commit();
}
