// A small ruled-table layout on pdfkit for printing official forms: measured rows, sections kept on one
// page when they fit, long tables continued with their header repeated, long cells split across pages,
// and "第 N 页 共 M 页" on every page.
import PDFDocument from 'pdfkit';
import { cjkFont } from './font';
import fs from 'fs';

export type Para =
  | { kind: 'text'; text: string; size?: number; align?: 'left' | 'center' | 'right'; bold?: boolean }
  /** One □ line with its label; the label wraps under itself, not under the box. */
  | { kind: 'check'; text: string; checked: boolean }
  /** Mutually exclusive options (是/否/不涉及): side by side when they fit, else one per line. */
  | { kind: 'choices'; options: { text: string; checked: boolean }[] };

export interface Cell {
  paras: Para[];
  /** How many columns the cell covers. */
  span?: number;
  /** Header and label cells are shaded lightly, as on the printed form. */
  shade?: boolean;
  align?: 'left' | 'center';
}

export interface Row {
  cells: Cell[];
  /** Space for a signature or a handwritten opinion. */
  minHeight?: number;
}

export interface Table {
  /** Relative column widths. */
  widths: number[];
  /** Repeated at the top of every page the table continues on. */
  header?: Row[];
  rows: Row[];
  /** Free text (notes, outlines) is a table without rules. */
  ruled?: boolean;
}

export interface Section {
  title?: string;
  tables: Table[];
  /** Start on a fresh page whatever space is left (the cover, 填报说明, the first section). */
  newPage?: boolean;
}

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 62, bottom: 62, side: 62 };
const FONT_SIZE = 10.5; // 五号
const TITLE_SIZE = 14;
const LINE_GAP = 2.5;
const PAD = 4;
const BOX = 8.5;
const BOX_INDENT = 13;
const CHOICE_GAP = 14;

let fontData: { source: string; buffer: Buffer } | undefined;

/** The font file is read once per process; pdfkit embeds only the glyphs a document uses. */
function fontBuffer(): { buffer: Buffer; name?: string } {
  const font = cjkFont();
  if (fontData?.source !== font.path) fontData = { source: font.path, buffer: fs.readFileSync(font.path) };
  return { buffer: fontData.buffer, name: font.name };
}

export function renderPdf(sections: Section[], info: { title: string; subject?: string }): Promise<Buffer> {
  const font = fontBuffer();
  // pdfkit's own bottom margin stays small so that it never breaks a page by itself: this layout decides.
  const doc = new PDFDocument({
    size: 'A4',
    bufferPages: true,
    margins: { top: MARGIN.top, bottom: 20, left: MARGIN.side, right: MARGIN.side },
    info: { Title: info.title, Subject: info.subject },
  });
  doc.registerFont('cjk', font.buffer, font.name);
  doc.font('cjk').fontSize(FONT_SIZE);
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  new Layout(doc).sections(sections);
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.fontSize(9).text(`第 ${i + 1} 页 共 ${range.count} 页`, MARGIN.side, PAGE.height - MARGIN.bottom + 22, {
      width: PAGE.width - 2 * MARGIN.side,
      align: 'center',
      lineBreak: false,
    });
  }
  doc.end();
  return done;
}

class Layout {
  private y = MARGIN.top;
  private readonly top = MARGIN.top;
  private readonly bottom = PAGE.height - MARGIN.bottom;
  private readonly width = PAGE.width - 2 * MARGIN.side;
  private title: string | undefined;

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  sections(sections: Section[]): void {
    sections.forEach((section, index) => {
      const height = (section.title ? this.titleHeight() : 0) + section.tables.reduce((sum, t) => sum + this.tableHeight(t), 0);
      // 填报说明 11: parts 一–七 must not run across pages — a section that does not fit starts a new page.
      const atTop = this.y === this.top;
      if (index > 0 && !atTop && (section.newPage || this.y + height > this.bottom)) this.newPage();
      this.title = section.title;
      if (section.title) this.drawTitle(section.title);
      section.tables.forEach((table) => this.table(table));
    });
  }

  private newPage(): void {
    this.doc.addPage();
    this.y = this.top;
  }

  private titleHeight(): number {
    return TITLE_SIZE * 1.4 + 8;
  }

  private drawTitle(text: string): void {
    this.doc.fontSize(TITLE_SIZE).text(text, MARGIN.side, this.y, { width: this.width, lineBreak: false, stroke: true, fill: true });
    this.doc.fontSize(FONT_SIZE);
    this.y += this.titleHeight();
  }

  private columns(table: Table): number[] {
    const total = table.widths.reduce((a, b) => a + b, 0);
    return table.widths.map((w) => (w / total) * this.width);
  }

  private tableHeight(table: Table): number {
    const cols = this.columns(table);
    return [...(table.header ?? []), ...table.rows].reduce((sum, row) => sum + this.rowHeight(row, cols), 0);
  }

  private table(table: Table): void {
    const cols = this.columns(table);
    const header = table.header ?? [];
    const headerHeight = header.reduce((sum, row) => sum + this.rowHeight(row, cols), 0);
    const continueOnNewPage = () => {
      this.newPage();
      if (this.title) this.drawTitle(`${this.title}（续）`);
      header.forEach((row) => this.drawRow(row, cols, table.ruled ?? true));
    };
    if (header.length && this.y + headerHeight + this.rowHeight(table.rows[0] ?? { cells: [] }, cols) > this.bottom) continueOnNewPage();
    else header.forEach((row) => this.drawRow(row, cols, table.ruled ?? true));
    const pageRoom = this.bottom - this.top - this.titleHeight() - headerHeight;
    for (const first of table.rows) {
      let row: Row | undefined = first;
      while (row) {
        const height = this.rowHeight(row, cols);
        if (this.y + height <= this.bottom) {
          this.drawRow(row, cols, table.ruled ?? true);
          break;
        }
        if (height <= pageRoom) {
          continueOnNewPage();
          continue;
        }
        // Taller than a page (a 3000-character plan): fill this page, continue the rest on the next.
        const split = this.splitRow(row, cols, this.bottom - this.y);
        if (!split) {
          if (this.y > this.top + this.titleHeight() + headerHeight) {
            continueOnNewPage();
            continue;
          }
          this.drawRow(row, cols, table.ruled ?? true);
          break;
        }
        this.drawRow(split[0], cols, table.ruled ?? true);
        continueOnNewPage();
        row = split[1];
      }
    }
  }

  // ------------------------------------------------------------------ measuring

  private cellWidths(row: Row, cols: number[]): number[] {
    let at = 0;
    return row.cells.map((cell) => {
      const span = cell.span ?? 1;
      const width = cols.slice(at, at + span).reduce((a, b) => a + b, 0);
      at += span;
      return width;
    });
  }

  private rowHeight(row: Row, cols: number[]): number {
    const widths = this.cellWidths(row, cols);
    const content = Math.max(0, ...row.cells.map((cell, i) => this.parasHeight(cell.paras, widths[i] - 2 * PAD)));
    return Math.max(row.minHeight ?? 0, content + 2 * PAD, FONT_SIZE + LINE_GAP + 2 * PAD);
  }

  private parasHeight(paras: Para[], width: number): number {
    return paras.reduce((sum, para) => sum + this.paraHeight(para, width), 0);
  }

  private textHeight(text: string, width: number, size = FONT_SIZE): number {
    this.doc.fontSize(size);
    const height = this.doc.heightOfString(text || ' ', { width, lineGap: LINE_GAP });
    this.doc.fontSize(FONT_SIZE);
    return height;
  }

  private choicesFit(options: { text: string }[], width: number): boolean {
    const total = options.reduce((sum, o) => sum + BOX_INDENT + this.doc.widthOfString(o.text) + CHOICE_GAP, 0);
    return total <= width;
  }

  /** Rows are measured several times (section fit, page fit, drawing); text measuring is the slow part. */
  private readonly measured = new WeakMap<Para, Map<number, number>>();

  private paraHeight(para: Para, width: number): number {
    let byWidth = this.measured.get(para);
    if (!byWidth) this.measured.set(para, (byWidth = new Map()));
    let height = byWidth.get(width);
    if (height === undefined) byWidth.set(width, (height = this.measurePara(para, width)));
    return height;
  }

  private measurePara(para: Para, width: number): number {
    switch (para.kind) {
      case 'text':
        return this.textHeight(para.text, width, para.size);
      case 'check':
        return this.textHeight(para.text, width - BOX_INDENT);
      case 'choices':
        return this.choicesFit(para.options, width)
          ? this.textHeight('是', width)
          : para.options.reduce((sum, o) => sum + this.textHeight(o.text, width - BOX_INDENT), 0);
    }
  }

  /** Cuts a row so that its first part fills `room`; undefined when not even one line fits. */
  private splitRow(row: Row, cols: number[], room: number): [Row, Row] | undefined {
    const widths = this.cellWidths(row, cols);
    const parts = row.cells.map((cell, i) => this.splitParas(cell.paras, widths[i] - 2 * PAD, room - 2 * PAD));
    if (parts.every(([head]) => head.length === 0)) return undefined;
    return [
      { cells: row.cells.map((cell, i) => ({ ...cell, paras: parts[i][0] })) },
      { cells: row.cells.map((cell, i) => ({ ...cell, paras: parts[i][1] })), minHeight: row.minHeight },
    ];
  }

  private splitParas(paras: Para[], width: number, room: number): [Para[], Para[]] {
    let used = 0;
    for (let i = 0; i < paras.length; i++) {
      const para = paras[i];
      const height = this.paraHeight(para, width);
      if (used + height <= room) {
        used += height;
        continue;
      }
      if (para.kind !== 'text') return [paras.slice(0, i), paras.slice(i)];
      const chars = [...para.text];
      let lo = 0;
      let hi = chars.length;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (used + this.textHeight(chars.slice(0, mid).join(''), width, para.size) <= room) lo = mid;
        else hi = mid - 1;
      }
      if (lo === 0) return [paras.slice(0, i), paras.slice(i)];
      return [
        [...paras.slice(0, i), { ...para, text: chars.slice(0, lo).join('') }],
        [{ ...para, text: chars.slice(lo).join('') }, ...paras.slice(i + 1)],
      ];
    }
    return [paras, []];
  }

  // ------------------------------------------------------------------ drawing

  private drawRow(row: Row, cols: number[], ruled: boolean): void {
    const height = this.rowHeight(row, cols);
    const widths = this.cellWidths(row, cols);
    let x = MARGIN.side;
    row.cells.forEach((cell, i) => {
      const width = widths[i];
      if (cell.shade) this.doc.save().rect(x, this.y, width, height).fill('#f2f2f2').restore();
      if (ruled) this.doc.save().lineWidth(0.6).rect(x, this.y, width, height).stroke('#000000').restore();
      const contentHeight = this.parasHeight(cell.paras, width - 2 * PAD);
      // Labels sit in the middle of their row, as on the printed form; long text starts at the top.
      let y = this.y + PAD + Math.max(0, (height - 2 * PAD - contentHeight) / 2);
      for (const para of cell.paras) {
        this.drawPara(para, x + PAD, y, width - 2 * PAD, cell.align);
        y += this.paraHeight(para, width - 2 * PAD);
      }
      x += width;
    });
    this.y += height;
  }

  private drawBox(x: number, y: number, checked: boolean): void {
    const top = y + (FONT_SIZE * 1.2 - BOX) / 2 + 1;
    this.doc.save().lineWidth(0.7).rect(x, top, BOX, BOX).stroke('#000000').restore();
    // A tick glyph inside the drawn box: ☑ is not in the CJK font, and text extraction still sees "√".
    if (checked) this.doc.text('√', x + 0.5, y - 0.5, { lineBreak: false });
  }

  private drawPara(para: Para, x: number, y: number, width: number, align: 'left' | 'center' | undefined): void {
    switch (para.kind) {
      case 'text':
        this.doc.fontSize(para.size ?? FONT_SIZE);
        this.doc.text(para.text, x, y, { width, lineGap: LINE_GAP, align: para.align ?? align ?? 'left', ...(para.bold ? { stroke: true, fill: true } : {}) });
        this.doc.fontSize(FONT_SIZE);
        return;
      case 'check':
        this.drawBox(x, y, para.checked);
        this.doc.text(para.text, x + BOX_INDENT, y, { width: width - BOX_INDENT, lineGap: LINE_GAP });
        return;
      case 'choices': {
        if (!this.choicesFit(para.options, width)) {
          let at = y;
          for (const option of para.options) {
            this.drawPara({ kind: 'check', ...option }, x, at, width, align);
            at += this.textHeight(option.text, width - BOX_INDENT);
          }
          return;
        }
        let at = x;
        for (const option of para.options) {
          this.drawBox(at, y, option.checked);
          this.doc.text(option.text, at + BOX_INDENT, y, { lineBreak: false });
          at += BOX_INDENT + this.doc.widthOfString(option.text) + CHOICE_GAP;
        }
      }
    }
  }
}
