/**
 * OfficialDocument → PDF in the GB/T 9704-2012 layout (see official-document.ts), with Noto CJK SC
 * embedded in place of the official fonts (see pdf-fonts.ts).
 *
 * The layout is done here, line by line, rather than by pdfkit's text wrapper, because Chinese
 * official documents need what it lacks: justified lines of ideographs (pdfkit justifies only at
 * spaces), line-breaking rules for punctuation (避头尾: no ，。） at a line start, no （《 at an end),
 * and a fixed 28.95 pt line pitch that puts 22 lines in the version area.
 */
import PDFDocument from 'pdfkit';
import {
  BODY_LETTER_SPACING_PT,
  CHAR_PITCH_PT,
  GBT9704,
  LINE_PITCH_PT,
  MM_TO_PT,
  VERSION_WIDTH_PT,
  assertRenderable,
  formatCc,
  formatChineseDate,
  formatDocNumber,
  formatPrintedOn,
  layOutBody,
  parseCalendarDate,
  placeSignature,
  type LaidOutBlock,
  type OfficialDocument,
} from './official-document.ts';
import { DEFAULT_PDF_FONT_DIR, resolvePdfFonts, type PdfFontRole } from './pdf-fonts.ts';

export type PdfRenderOptions = {
  /** Directory holding the Noto CJK .ttc files; default /usr/share/fonts/opentype/noto (fonts-noto-cjk). */
  fontDir?: string;
};

type Pdf = PDFKit.PDFDocument;
type TextOptions = PDFKit.Mixins.TextOptions & { horizontalScaling?: number };

const PAGE_WIDTH = GBT9704.pageWidthMm * MM_TO_PT;
const PAGE_HEIGHT = GBT9704.pageHeightMm * MM_TO_PT;
const LEFT = GBT9704.marginLeftMm * MM_TO_PT;
const RIGHT = LEFT + VERSION_WIDTH_PT;
const TOP = GBT9704.marginTopMm * MM_TO_PT;
const BOTTOM = PAGE_HEIGHT - GBT9704.marginBottomMm * MM_TO_PT;
const P = LINE_PITCH_PT;
/** 28 characters to a line (5.2.3): 16 pt characters set 0.25 pt tighter, as in the DOCX; justification spreads the rest. */
const BODY_SPACING = BODY_LETTER_SPACING_PT;
const BLACK = '#000000';
const RED = `#${GBT9704.red}`;

/** 避头尾: characters that may not start a line, and ones that may not end it. */
const NO_LINE_START = new Set([...'，。、；：？！）》」』”’〕】…—%‰·,.;:?!)]}']);
const NO_LINE_END = new Set([...'（《「『“‘〔【([{']);

/** Runs of Latin letters and digits stay whole (2026, CM-10, 85.5); every other character is its own token. */
const tokenize = (text: string): string[] => text.match(/[A-Za-z0-9][A-Za-z0-9.%\-/+:]*|[\s\S]/gu) ?? [];

type Style = { role: PdfFontRole; size: number; spacing: number; color?: string };
const BODY: Style = { role: 'body', size: GBT9704.bodyFontPt, spacing: BODY_SPACING };

type Line = { text: string; glyphWidth: number; chars: number };

class Layout {
  readonly pdf: Pdf;
  y = TOP;
  private readonly widths = new Map<string, number>();

  constructor(pdf: Pdf) {
    this.pdf = pdf;
  }

  use(style: Style): void {
    this.pdf
      .font(style.role)
      .fontSize(style.size)
      .fillColor(style.color ?? BLACK);
  }

  measure(token: string, style: Style): number {
    const key = `${style.role}|${style.size}|${token}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      this.use(style);
      width = this.pdf.widthOfString(token);
      this.widths.set(key, width);
    }
    return width;
  }

  /** Greedy line breaking with 避头尾; `first` and `rest` are the widths available to the first and later lines. */
  breakLines(text: string, style: Style, first: number, rest: number): Line[] {
    const lines: string[][] = [];
    let line: string[] = [];
    let width = 0;
    const tokenWidth = (t: string) => this.measure(t, style) + style.spacing * [...t].length;
    const widthOf = (tokens: string[]) => tokens.reduce((sum, t) => sum + tokenWidth(t), 0);
    for (const token of tokenize(text)) {
      const available = (lines.length === 0 ? first : rest) + 0.01 - style.spacing;
      const w = tokenWidth(token);
      if (line.length === 0 || width + w <= available) {
        if (!(line.length === 0 && lines.length > 0 && /^\s+$/.test(token))) {
          line.push(token);
          width += w;
        }
        continue;
      }
      const carried: string[] = [];
      // A closing mark may not start the next line: take the last character down with it (and the one before,
      // when that is a closing mark too, as in ”，).
      const startsClosed = (t: string | undefined) => NO_LINE_START.has([...(t ?? '')][0] ?? '');
      if (startsClosed(token) && line.length > 1) {
        do carried.unshift(line.pop() ?? '');
        while (line.length > 1 && startsClosed(carried[0]));
      }
      // An opening mark may not end this line.
      while (line.length > 1 && NO_LINE_END.has(line[line.length - 1] ?? '')) carried.unshift(line.pop() ?? '');
      lines.push(line);
      line = [...carried, token];
      width = widthOf(line);
    }
    if (line.length > 0) lines.push(line);
    return lines.map((tokens) => {
      const lineText = tokens.join('');
      return { text: lineText, glyphWidth: tokens.reduce((sum, t) => sum + this.measure(t, style), 0), chars: [...lineText].length };
    });
  }

  newPage(): void {
    this.pdf.addPage();
    this.y = TOP;
  }

  /** Moves to a new page unless `height` more points fit above the bottom of the version area. */
  ensure(height: number): void {
    if (this.y + height > BOTTOM + 0.5) this.newPage();
  }

  /**
   * Draws one line whose box starts at `top` and is `pitch` high, the ideographs' em box centred in
   * it (the em box runs from 0.12 em below the baseline to 0.88 em above).
   */
  drawLine(text: string, x: number, top: number, style: Style, options: TextOptions = {}, pitch = P): void {
    this.use(style);
    const baseline = top + pitch / 2 + 0.38 * style.size;
    this.pdf.text(text, x, baseline, { lineBreak: false, baseline: 'alphabetic', characterSpacing: style.spacing, ...options });
  }

  /**
   * A paragraph: first line indented `indentChars`, later lines from `hangChars`; justified except its
   * last line. `keepWithNext` is the height that must follow on the same page as the paragraph's last
   * two lines (the signature block), so that those lines move to the next page with it.
   */
  paragraph(
    text: string,
    style: Style,
    opts: { indentChars?: number; hangChars?: number; align?: 'justify' | 'left' | 'center'; keepWithNext?: number } = {},
  ): void {
    const indent = (opts.indentChars ?? 0) * CHAR_PITCH_PT;
    const hang = (opts.hangChars ?? 0) * CHAR_PITCH_PT;
    const lines = this.breakLines(text, style, VERSION_WIDTH_PT - indent, VERSION_WIDTH_PT - hang);
    const tailStart = Math.max(0, lines.length - 2);
    lines.forEach((line, index) => {
      if (opts.keepWithNext !== undefined && index === tailStart && this.y > TOP)
        this.ensure((lines.length - tailStart) * P + opts.keepWithNext);
      this.ensure(P);
      const x = LEFT + (index === 0 ? indent : hang);
      const available = RIGHT - x;
      let spacing = style.spacing;
      if ((opts.align ?? 'justify') === 'justify' && index < lines.length - 1 && line.chars > 1) {
        const justified = (available - line.glyphWidth) / (line.chars - 1);
        if (justified - style.spacing < style.size * 0.5) spacing = justified;
      }
      if (opts.align === 'center') {
        const width = line.glyphWidth + style.spacing * (line.chars - 1);
        this.drawLine(line.text, LEFT + (VERSION_WIDTH_PT - width) / 2, this.y, style);
      } else {
        this.drawLine(line.text, x, this.y, { ...style, spacing });
      }
      this.y += P;
    });
  }

  /** A single line set flush right, `rightChars` characters in from the right edge. */
  rightAligned(text: string, style: Style, rightChars: number): void {
    this.ensure(P);
    const width = this.measure(text, style) + style.spacing * ([...text].length - 1);
    this.drawLine(text, RIGHT - rightChars * CHAR_PITCH_PT - width, this.y, style);
    this.y += P;
  }

  hLine(y: number, widthPt: number, color = BLACK, x0 = LEFT, x1 = RIGHT): void {
    this.pdf.save().moveTo(x0, y).lineTo(x1, y).lineWidth(widthPt).strokeColor(color).stroke().restore();
  }
}

/** 版头 (7.2): issuer mark, document number, red separator line. */
const drawHead = (layout: Layout, doc: OfficialDocument): void => {
  const size = GBT9704.issuerMarkFontPt;
  const mark: Style = { role: 'title', size, spacing: 0, color: RED };
  const natural = layout.measure(doc.issuerMark, mark);
  // 7.2.4: squeezed horizontally to fit 97 % of the version width, never stretched.
  const scale = Math.min(100, Math.floor(((VERSION_WIDTH_PT * 0.97) / natural) * 100));
  const width = (natural * scale) / 100;
  const markTop = TOP + GBT9704.issuerMarkTopMm * MM_TO_PT;
  layout.use(mark);
  layout.pdf.text(doc.issuerMark, LEFT + (VERSION_WIDTH_PT - width) / 2, markTop + 0.88 * size, {
    lineBreak: false,
    baseline: 'alphabetic',
    horizontalScaling: scale,
  } as TextOptions);
  const markBottom = markTop + size;
  // 7.2.5: two blank lines under the mark, centred.
  const numberTop = markBottom + 2 * P;
  const number = formatDocNumber(doc.docNumber);
  const numberWidth = layout.measure(number, BODY) + BODY_SPACING * ([...number].length - 1);
  layout.drawLine(number, LEFT + (VERSION_WIDTH_PT - numberWidth) / 2, numberTop, BODY);
  // 7.2.7: red line 4 mm under the number, as wide as the version area.
  const numberBottom = numberTop + P / 2 + 0.5 * GBT9704.bodyFontPt;
  const lineY = numberBottom + GBT9704.separatorGapMm * MM_TO_PT;
  layout.hLine(lineY, 0.5 * MM_TO_PT, RED);
  // 7.3.1: the title starts two blank lines under the red line.
  layout.y = lineY + 2 * P;
};

const drawTitle = (layout: Layout, doc: OfficialDocument): void => {
  const style: Style = { role: 'title', size: GBT9704.titleFontPt, spacing: 0 };
  for (const part of doc.title.split('\n')) layout.paragraph(part, style, { align: 'center' });
};

/** Lays a table out; `startHeight` is what must fit for it to start on a page (caption, header and first rows). */
const prepareTable = (layout: Layout, block: Extract<LaidOutBlock, { kind: 'table' }>): { startHeight: number; draw: () => void } => {
  const size = GBT9704.tableFontPt;
  const cellText: Style = { role: 'body', size, spacing: 0 };
  const headText: Style = { role: 'heading1', size, spacing: 0 };
  const linePitch = size * 1.5;
  const padX = 4;
  const padY = 4;
  const total = block.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = block.columns.map((c) => (VERSION_WIDTH_PT * c.width) / total);
  const xs = widths.map((_, i) => LEFT + widths.slice(0, i).reduce((sum, w) => sum + w, 0));
  const caption: Style = { role: 'heading1', size: GBT9704.recordFontPt, spacing: 0 };

  const layOutRow = (cells: string[], header: boolean) => {
    const style = header ? headText : cellText;
    const lines = cells.map((text, i) =>
      text.split('\n').flatMap((part) => layout.breakLines(part, style, (widths[i] ?? 0) - 2 * padX, (widths[i] ?? 0) - 2 * padX)),
    );
    const height = Math.max(...lines.map((l) => l.length)) * linePitch + 2 * padY;
    return { lines, height, style, header };
  };
  const drawRow = (row: ReturnType<typeof layOutRow>) => {
    const top = layout.y;
    row.lines.forEach((cellLines, i) => {
      const x = xs[i] ?? LEFT;
      const w = widths[i] ?? 0;
      const center = row.header || block.columns[i]?.align === 'center';
      const offset = (row.height - 2 * padY - cellLines.length * linePitch) / 2;
      cellLines.forEach((line, n) => {
        const lx = center ? x + (w - line.glyphWidth) / 2 : x + padX;
        layout.drawLine(line.text, lx, top + padY + offset + n * linePitch, row.style, {}, linePitch);
      });
    });
    const pdf = layout.pdf;
    pdf.save().lineWidth(0.5).strokeColor(BLACK);
    pdf.rect(LEFT, top, VERSION_WIDTH_PT, row.height).stroke();
    for (const x of xs.slice(1))
      pdf
        .moveTo(x, top)
        .lineTo(x, top + row.height)
        .stroke();
    pdf.restore();
    layout.y = top + row.height;
  };

  const header = layOutRow(
    block.columns.map((c) => c.header),
    true,
  );
  const rows = block.rows.map((r) => layOutRow(r, false));
  // A table starts on a page only with its caption, header and first three rows (or all, if fewer): no orphan rows.
  const startHeight = (block.caption ? P : 0) + header.height + rows.slice(0, 3).reduce((sum, row) => sum + row.height, 0);
  const draw = () => {
    // Caption, header and first rows start together; the header repeats on each new page (GB/T 9704-2012 8).
    layout.ensure(startHeight);
    if (block.caption) layout.paragraph(block.caption, caption, { align: 'center' });
    drawRow(header);
    for (const row of rows) {
      if (layout.y + row.height > BOTTOM + 0.5) {
        layout.newPage();
        drawRow(header);
      }
      drawRow(row);
    }
    // Half a line of air before the text resumes.
    layout.y += P / 2;
  };
  return { startHeight, draw };
};

/** Height of the closing (attachment note, signature, note) that the last body lines keep with (7.3.4–7.3.6). */
const measureClosing = (layout: Layout, doc: OfficialDocument): number => {
  const attachments = doc.attachments ?? [];
  const attachmentLines = attachments.reduce(
    (sum, name, i) =>
      sum +
      layout.breakLines(`附件：1.${name}`, BODY, VERSION_WIDTH_PT - (i === 0 ? 2 : 5) * CHAR_PITCH_PT, VERSION_WIDTH_PT - 5 * CHAR_PITCH_PT)
        .length,
    0,
  );
  const noteLines = doc.note
    ? layout.breakLines(`（${doc.note}）`, BODY, VERSION_WIDTH_PT - 2 * CHAR_PITCH_PT, VERSION_WIDTH_PT).length
    : 0;
  return (attachments.length > 0 ? P + attachmentLines * P : 0) + 3 * P + noteLines * P;
};

const drawBody = (layout: Layout, doc: OfficialDocument): void => {
  // 7.3.2: one blank line under the title, flush left, full-width colon.
  layout.y += P;
  layout.paragraph(`${doc.recipients.join('、')}：`, BODY, { align: 'justify' });
  const blocks = layOutBody(doc.body);
  const closing = measureClosing(layout, doc);
  /** What must fit after a heading for it not to be left alone at the foot of a page. */
  const startHeightOf = (block: LaidOutBlock | undefined): number =>
    block?.kind === 'table' ? prepareTable(layout, block).startHeight : block?.kind === 'heading' ? 2 * P : P;
  blocks.forEach((block, index) => {
    // The signature never stands alone on a page: the last paragraph's last lines go with it.
    const keepWithNext = index === blocks.length - 1 ? closing : undefined;
    switch (block.kind) {
      case 'paragraph':
        if (block.align === 'right') {
          if (keepWithNext !== undefined) layout.ensure(P + keepWithNext);
          layout.rightAligned(block.text, BODY, 2);
        } else layout.paragraph(block.text, BODY, { indentChars: 2, keepWithNext });
        break;
      case 'heading': {
        // Keep a heading with what follows it: a line of text, the next heading, or the start of a table.
        layout.ensure(P + startHeightOf(blocks[index + 1]));
        const style: Style = { role: block.level === 1 ? 'heading1' : 'heading2', size: GBT9704.bodyFontPt, spacing: BODY_SPACING };
        layout.paragraph(block.text, style, { indentChars: 2 });
        break;
      }
      case 'list-item':
        layout.paragraph(block.text, BODY, { indentChars: 2, keepWithNext });
        break;
      case 'table':
        prepareTable(layout, block).draw();
        break;
    }
  });
};

const drawClosing = (layout: Layout, doc: OfficialDocument): void => {
  const attachments = doc.attachments ?? [];
  attachments.forEach((name, index) => {
    // 7.3.4: one blank line under the body, two characters in; several are numbered and aligned.
    if (index === 0) layout.y += P;
    const text = attachments.length === 1 ? `附件：${name}` : index === 0 ? `附件：1.${name}` : `${index + 1}.${name}`;
    layout.paragraph(text, BODY, { indentChars: index === 0 ? 2 : 5, hangChars: 5 });
  });
  // 7.3.5.2: one blank line, the issuer two characters from the right, the date under it. Kept together.
  const date = formatChineseDate(doc.signature.date);
  const place = placeSignature(doc.signature.issuer, date);
  layout.y += P;
  layout.ensure(2 * P);
  layout.rightAligned(doc.signature.issuer, BODY, place.issuerRightChars);
  layout.rightAligned(date, BODY, place.dateRightChars);
  // 7.3.6: the note on the next line, two characters in, in brackets.
  if (doc.note) layout.paragraph(`（${doc.note}）`, BODY, { indentChars: 2, align: 'left' });
};

/** 7.4: the record at the foot of the last page; its last line on the bottom of the version area. */
const drawRecord = (layout: Layout, doc: OfficialDocument): void => {
  const size = GBT9704.recordFontPt;
  const style: Style = { role: 'body', size, spacing: 0 };
  const ccLines =
    doc.cc && doc.cc.length > 0 ? layout.breakLines(formatCc(doc.cc), style, VERSION_WIDTH_PT - 2 * size, VERSION_WIDTH_PT - 5 * size) : [];
  const height = (ccLines.length + 1) * P;
  // At least half a line of air between the signature (or note) and the record's first line.
  if (layout.y + P / 2 > BOTTOM - height) layout.newPage();
  const top = BOTTOM - height;
  const thick = GBT9704.recordThickLineMm * MM_TO_PT;
  const thin = GBT9704.recordThinLineMm * MM_TO_PT;
  layout.hLine(top, thick);
  ccLines.forEach((line, i) => {
    // 7.4.2: one character in; later lines align with the first name after the colon.
    layout.drawLine(line.text, LEFT + (i === 0 ? size : 4 * size), top + i * P, style);
  });
  if (ccLines.length > 0) layout.hLine(top + ccLines.length * P, thin);
  const printTop = top + ccLines.length * P;
  // 7.4.3: printing office one character in from the left, date one character in from the right.
  layout.drawLine(doc.printedBy.agency, LEFT + size, printTop, style);
  const printed = formatPrintedOn(doc.printedBy.date);
  layout.drawLine(printed, RIGHT - size - layout.measure(printed, style), printTop, style);
  layout.hLine(BOTTOM, thick);
  layout.y = BOTTOM;
};

/** 7.5: "— N —" 7 mm below the version area; odd pages right, even pages left, one character in. */
const drawPageNumbers = (layout: Layout): void => {
  const pdf = layout.pdf;
  const range = pdf.bufferedPageRange();
  const size = GBT9704.pageNumberFontPt;
  const style: Style = { role: 'pageNumber', size, spacing: 0 };
  for (let i = range.start; i < range.start + range.count; i += 1) {
    pdf.switchToPage(i);
    const text = `— ${i + 1} —`;
    const width = layout.measure(text, style);
    const x = (i + 1) % 2 === 1 ? RIGHT - size - width : LEFT + size;
    // The dash sits ~0.3 em above the baseline; put its top 7 mm below the version area.
    const baseline = BOTTOM + GBT9704.pageNumberGapMm * MM_TO_PT + 0.35 * size;
    layout.use(style);
    pdf.text(text, x, baseline, { lineBreak: false, baseline: 'alphabetic' });
  }
};

const collect = (pdf: Pdf): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

/** Renders an official document as a PDF with its CJK fonts embedded (subsets of Noto CJK SC). */
export const renderPdf = async (doc: OfficialDocument, options: PdfRenderOptions = {}): Promise<Buffer> => {
  assertRenderable(doc);
  const fonts = resolvePdfFonts(options.fontDir ?? DEFAULT_PDF_FONT_DIR);
  const { year, month, day } = parseCalendarDate(doc.signature.date);
  // Dated by the document, not by the clock, so the same document renders to the same bytes.
  const dated = new Date(Date.UTC(year, month - 1, day) - 8 * 3600_000);
  const pdf = new PDFDocument({
    size: [PAGE_WIDTH, PAGE_HEIGHT],
    margins: { top: TOP, bottom: PAGE_HEIGHT - BOTTOM, left: LEFT, right: PAGE_WIDTH - RIGHT },
    bufferPages: true,
    autoFirstPage: true,
    pdfVersion: '1.7',
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: doc.title.replace(/\n/g, ''),
      Author: doc.issuer,
      Subject: formatDocNumber(doc.docNumber),
      Keywords: (doc.articles ?? []).join(' '),
      Creator: 'Jiliang 计量',
      Producer: 'Jiliang 计量',
      CreationDate: dated,
      ModDate: dated,
    },
  });
  const done = collect(pdf);
  for (const [role, font] of Object.entries(fonts)) pdf.registerFont(role, font.path, font.postscriptName);
  const layout = new Layout(pdf);
  drawHead(layout, doc);
  drawTitle(layout, doc);
  drawBody(layout, doc);
  drawClosing(layout, doc);
  drawRecord(layout, doc);
  drawPageNumbers(layout);
  pdf.end();
  return done;
};
