/**
 * The official document (党政机关公文) model shared by the DOCX and PDF renderers, and the layout
 * decisions both follow. Everything here is GB/T 9704-2012 《党政机关公文格式》 unless a comment says
 * otherwise.
 *
 * Page (5.1, 5.2.1–5.2.3): A4 210 mm × 297 mm; top margin (天头) 37 mm, left (订口) 28 mm, so the
 * version area (版心) of 156 mm × 225 mm leaves 26 mm right and 35 mm bottom. 22 lines of 28
 * characters in 三号 (16 pt): the line spacing is fixed ("exactly") at 28.95 pt (579 twips; 22 lines
 * = 224.7 mm), and the 16 pt characters are set 0.25 pt tighter (28 × 15.75 pt = 441 pt ≤ 156 mm),
 * so 28 fit on a line. We do not use Word's document grid (`linesAndChars`, charSpace −842), the
 * usual way templates get there: LibreOffice lays a grid out differently (a 22 pt title character
 * takes two grid cells there), while exact line spacing and letter spacing mean the same everywhere.
 *
 * Head (版头, 7.2): the issuer mark (发文机关标志, 7.2.4) in red 小标宋, centred, its upper edge 35 mm
 * below the top of the version area and squeezed horizontally to fit the width; the document number
 * (发文字号, 7.2.5) two lines below it, centred, the year in 〔〕, no 第 and no leading zeros; a red
 * separator line (7.2.7) 4 mm under the number, as wide as the version area.
 *
 * Body (主体, 7.3): the title (7.3.1, 发文机关 + 事由 + 文种) two lines below the red line in 二号
 * (22 pt) 小标宋, centred, broken into balanced lines at word boundaries (`composeTitle`); the recipients (主送机关, 7.3.2) one line
 * below, flush left, ending in a full-width colon; paragraphs (7.3.3) in 三号 仿宋_GB2312 indented
 * two characters; headings numbered 一、 (黑体) and （一） (楷体_GB2312); lists 1. 2. in the body font;
 * the attachment note (附件说明, 7.3.4) one line below the body; the signature (7.3.5.2, a
 * document without a seal: the issuer two characters from the right one line below the body, the
 * date under it starting two characters further right); dates in Arabic numerals with no leading
 * zeros (7.3.5.4: 2026年11月27日); the note (附注, 7.3.6) in brackets under the date.
 *
 * Record (版记, 7.4): at the foot of the last page, between a thick first and a thick last line with
 * a thin line between its rows (7.4.1): 抄送 (7.4.2) above 印发机关和印发日期 (7.4.3), both in 4号 仿宋,
 * one character in from each side. The last line sits on the bottom of the version area: the PDF
 * places it there (on a page of its own when the signature leaves no room); the DOCX makes it a table
 * floating at the bottom of the margin box, which Word and WPS honour and LibreOffice 7.4 does not
 * (it sets the record straight after the signature).
 *
 * Pagination: the signature never stands alone on a page — the last body paragraph keeps with it
 * (its last two lines move over when they must); a heading keeps with what follows it; a table
 * starts only with its header and first three rows, never splits a row, and repeats its header.
 *
 * Page numbers (7.5): 4号 半角宋体 Arabic numerals between em dashes, "— 1 —", 7 mm below the version
 * area; odd pages right, even pages left, one character in.
 *
 * Tables (clause 8) are set in 小四 (12 pt) 仿宋 with a 黑体 header row, as wide as the version area.
 *
 * Fonts. The DOCX names the fonts a reader's Word should use (仿宋_GB2312, 方正小标宋简体, 黑体,
 * 楷体_GB2312, 宋体) and lists fallbacks in its font table; it embeds none. The PDF must embed its
 * fonts, and none of those is free: it uses Noto CJK SC (fonts-noto-cjk) instead, see
 * `pdf-fonts.ts` for the mapping.
 *
 * Date of the signature (7.3.5.4) in Arabic numerals: GB/T 9704-2012 requires them (the 1999 edition
 * used Chinese numerals). The DOCX turns off Word's automatic space between Chinese and numbers
 * (w:autoSpaceDE/DN), which would print "2026 年".
 *
 * Both renderers are pure functions of the document: no clock, no database. Dates are inputs, and
 * the files carry the signing date as their creation date, so the PDF is byte-for-byte reproducible.
 */
import { addMonths } from '@jiliang/calc';
import { AppError } from '@jiliang/shared';

/** A calendar date in Asia/Shanghai, `YYYY-MM-DD`. */
export type CalendarDate = string;

/** 发文字号 (GB/T 9704-2012 7.2.5): agency code, year, serial, e.g. 鄂市监量〔2026〕7号. */
export type DocNumber = { agency: string; year: number; serial: number };

export type TableColumn = {
  header: string;
  /** Relative width; the columns share the version area in proportion. Default 1. */
  width?: number;
  align?: 'left' | 'center';
};

export type ParagraphBlock = {
  kind: 'paragraph';
  text: string;
  /** Default 'justify' with a two-character first-line indent (7.3.3); 'right' for a sign-off line inside the body. */
  align?: 'justify' | 'right';
};
/** 结构层次序数 (7.3.3): level 1 is numbered 一、 in 黑体, level 2 （一） in 楷体; the renderers add the numbers. */
export type HeadingBlock = { kind: 'heading'; level: 1 | 2; text: string };
/** A table; a cell may hold several lines separated by '\n'. */
export type TableBlock = { kind: 'table'; caption?: string; columns: TableColumn[]; rows: string[][] };
/** Numbered items in the body font: 'arabic' 1. 2. (third level, 7.3.3), 'chinese' 一、 二、 as items of a reply. */
export type ListBlock = { kind: 'list'; items: string[]; numbering?: 'arabic' | 'chinese' };
export type BodyBlock = ParagraphBlock | HeadingBlock | TableBlock | ListBlock;

export type OfficialDocument = {
  /** 发文机关全称, e.g. 湖北省市场监督管理局. */
  issuer: string;
  /** 发文机关标志 (7.2.4), e.g. 湖北省市场监督管理局文件. */
  issuerMark: string;
  docNumber: DocNumber;
  /** 标题 (7.3.1); '\n' marks where the lines break. */
  title: string;
  /** 主送机关 (7.3.2). */
  recipients: string[];
  body: BodyBlock[];
  /** 附件说明 (7.3.4): attachment names, without 《》 and without a closing full stop. */
  attachments?: string[];
  /** 发文机关署名和成文日期 (7.3.5). */
  signature: { issuer: string; date: CalendarDate };
  /** 附注 (7.3.6), printed in brackets, e.g. 此件依申请公开. */
  note?: string;
  /** 抄送机关 (7.4.2). */
  cc?: string[];
  /** 印发机关和印发日期 (7.4.3). */
  printedBy: { agency: string; date: CalendarDate };
  /** The articles of the Measures the document rests on, e.g. ['CM-10']; metadata, not printed. */
  articles?: string[];
};

/** GB/T 9704-2012 geometry, in the units the standard uses. */
export const GBT9704 = {
  // 5.1: A4
  pageWidthMm: 210,
  pageHeightMm: 297,
  // 5.2.1: 天头 37 mm, 订口 28 mm, 版心 156 mm × 225 mm
  marginTopMm: 37,
  marginLeftMm: 28,
  marginRightMm: 26,
  marginBottomMm: 35,
  versionWidthMm: 156,
  versionHeightMm: 225,
  // 5.2.2, 5.2.3: 三号 仿宋, 22 lines × 28 characters
  bodyFontPt: 16,
  linesPerPage: 22,
  charsPerLine: 28,
  linePitchTwips: 579,
  // 7.3.1: 二号 小标宋
  titleFontPt: 22,
  // 7.4.2, 7.4.3, 7.5: 4号
  recordFontPt: 14,
  pageNumberFontPt: 14,
  // 7.2.4: upper edge of the issuer mark 35 mm below the version area's top
  issuerMarkTopMm: 35,
  issuerMarkFontPt: 36,
  // 7.2.7: red line 4 mm under the document number
  separatorGapMm: 4,
  // 7.5: the em dashes' top 7 mm below the version area
  pageNumberGapMm: 7,
  // 7.4.1: first and last record lines 0.35 mm, the lines between 0.25 mm
  recordThickLineMm: 0.35,
  recordThinLineMm: 0.25,
  tableFontPt: 12,
  red: 'E60012',
} as const;

export const MM_TO_PT = 72 / 25.4;
export const VERSION_WIDTH_PT = GBT9704.versionWidthMm * MM_TO_PT;
/** 156 mm / 28 characters = 15.79 pt per character: the unit of 空二字 and the other indents. */
export const CHAR_PITCH_PT = VERSION_WIDTH_PT / GBT9704.charsPerLine;
/** Letter spacing of the 16 pt body text, so that 28 characters (28 × 15.75 pt = 441 pt) fit in 156 mm (5.2.3). */
export const BODY_LETTER_SPACING_PT = -0.25;
export const LINE_PITCH_PT = GBT9704.linePitchTwips / 20;

/** Refuse bad input the way the rest of the platform does (ARCHITECTURE rule 6): name the field and the rule. */
export const refuseDocument = (rule: string, messageZh: string, messageEn: string, field?: string): never => {
  throw new AppError('VALIDATION_FAILED', `${messageZh}（${rule}）— ${messageEn} (${rule})`, { rule, field });
};

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` into its parts, refusing impossible dates such as 2026-02-30. */
export const parseCalendarDate = (date: CalendarDate, field = 'date'): { year: number; month: number; day: number } => {
  const match = CALENDAR_DATE.exec(date);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    refuseDocument('ISO 8601', `日期格式应为YYYY-MM-DD：${date}`, `a date must be a real YYYY-MM-DD calendar date: "${date}"`, field);
  }
  return { year, month, day };
};

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The same calendar day `months` later, or the last day of a shorter month: 31 May + 3 months = 31
 * August, 30 November + 3 months = 28 (29) February, 29 February + 1 year = 28 February. This is the
 * lifecycle's month-end rule (Civil Code art. 202, @jiliang/calc `addMonths`); the documents use it
 * only to check the deadlines they print, which come in as inputs.
 */
export const addCalendarMonths = (date: CalendarDate, months: number): CalendarDate => {
  parseCalendarDate(date);
  return addMonths(date, months);
};

export const addCalendarYears = (date: CalendarDate, years: number): CalendarDate => addCalendarMonths(date, 12 * years);

/** GB/T 9704-2012 7.3.5.4: 成文日期 in Arabic numerals, the year in full, no leading zeros: 2026年11月27日. */
export const formatChineseDate = (date: CalendarDate): string => {
  const { year, month, day } = parseCalendarDate(date);
  return `${year}年${month}月${day}日`;
};

/** GB/T 9704-2012 7.2.5: 鄂市监量〔2026〕7号 — the year in full in 〔〕, no 第, no leading zeros. */
export const formatDocNumber = ({ agency, year, serial }: DocNumber): string => {
  if (agency.trim() === '' || /[〔〕[\]()（）\s]/.test(agency)) {
    refuseDocument(
      'GB/T 9704-2012 7.2.5',
      `发文机关代字不能为空，也不能含括号或空格：“${agency}”`,
      `the agency code must be non-empty, without brackets or spaces: "${agency}"`,
      'docNumber.agency',
    );
  }
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    refuseDocument(
      'GB/T 9704-2012 7.2.5',
      `发文字号的年份应标全称（四位数字）：${year}`,
      `the year must be written in full, four digits: ${year}`,
      'docNumber.year',
    );
  }
  if (!Number.isInteger(serial) || serial < 1) {
    refuseDocument(
      'GB/T 9704-2012 7.2.5',
      `发文顺序号应为正整数：${serial}`,
      `the serial must be a positive integer: ${serial}`,
      'docNumber.serial',
    );
  }
  return `${agency}〔${year}〕${serial}号`;
};

const DIGITS_ZH = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 17 → 十七, 24 → 二十四; for article numbers and heading numbers (1–99). */
export const formatChineseNumeral = (n: number): string => {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`formatChineseNumeral: 1..99, got ${n}`);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const tensText = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS_ZH[tens]}十`;
  return tensText + (units === 0 ? '' : DIGITS_ZH[units]);
};

/**
 * Width in characters of the 28-character line: CJK and full-width forms count 1, ASCII and other
 * half-width characters ½ (Arabic numerals are half-width in 仿宋_GB2312).
 */
export const measureChars = (text: string): number => {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) < 0x2000 ? 0.5 : 1;
  return width;
};

/**
 * 7.3.1: a long title is broken into lines "词意完整，排列对称，长短适宜". A segment is a word that is never
 * split, or a name given as its parts (['湖北省宜昌磷化工与水电', '碳计量中心']) that may be split between
 * them at a cost. Among the layouts with the fewest lines of at most `maxChars` (20 二号 characters
 * fill the version area), the one chosen minimises the squared slack of its lines plus a penalty for
 * each split name and for each line shorter than 6 characters; the breaks are marked with '\n'. A
 * part longer than a line stays whole and the renderer wraps it.
 */
export const composeTitle = (segments: (string | string[])[], maxChars = 20): string => {
  const SPLIT_NAME = 150;
  const SHORT_LINE = 400;
  // Flatten into parts; `soft` marks a break inside a name.
  const parts: { text: string; soft: boolean }[] = segments.flatMap((segment) =>
    typeof segment === 'string' ? [{ text: segment, soft: false }] : segment.map((text, i) => ({ text, soft: i > 0 })),
  );
  const items = parts.filter((p) => p.text !== '');
  const n = items.length;
  // best[i]: the best layout of items[i..n) as [lines, cost, next break].
  const best: { lines: number; cost: number; next: number }[] = new Array(n + 1);
  best[n] = { lines: 0, cost: 0, next: n };
  for (let i = n - 1; i >= 0; i -= 1) {
    let width = 0;
    let choice = { lines: Infinity, cost: Infinity, next: n };
    for (let j = i; j < n; j += 1) {
      width += measureChars(items[j]?.text ?? '');
      if (width > maxChars && j > i) break;
      const rest = best[j + 1] ?? { lines: 0, cost: 0, next: n };
      const slack = Math.max(0, maxChars - width);
      const cost = rest.cost + slack * slack + (j + 1 < n && items[j + 1]?.soft ? SPLIT_NAME : 0) + (width < 6 ? SHORT_LINE : 0);
      const lines = rest.lines + 1;
      if (lines < choice.lines || (lines === choice.lines && cost < choice.cost)) choice = { lines, cost, next: j + 1 };
    }
    best[i] = choice;
  }
  const lines: string[] = [];
  for (let i = 0; i < n;) {
    const next = best[i]?.next ?? n;
    lines.push(
      items
        .slice(i, next)
        .map((p) => p.text)
        .join(''),
    );
    i = next;
  }
  return lines.join('\n');
};

/** Splits an institution name before its kind, so a title may break there: 湖北省宜昌磷化工与水电 | 碳计量中心. */
export const splitInstitutionName = (name: string): string[] => {
  for (const kind of ['计量数据建设应用基地', '碳计量中心', '能源计量中心']) {
    if (name.endsWith(kind) && name.length > kind.length) return [name.slice(0, -kind.length), kind];
  }
  return [name];
};

/** A block with its numbering resolved, as both renderers print it. */
export type LaidOutBlock =
  | { kind: 'paragraph'; text: string; align: 'justify' | 'right' }
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'table'; caption?: string; columns: Required<TableColumn>[]; rows: string[][] }
  | { kind: 'list-item'; text: string };

/** Resolves heading and list numbers (7.3.3: 一、 （一） 1.); level-2 numbers restart under each level-1 heading. */
export const layOutBody = (body: BodyBlock[]): LaidOutBlock[] => {
  const out: LaidOutBlock[] = [];
  let level1 = 0;
  let level2 = 0;
  for (const block of body) {
    switch (block.kind) {
      case 'paragraph':
        out.push({ kind: 'paragraph', text: block.text, align: block.align ?? 'justify' });
        break;
      case 'heading':
        if (block.level === 1) {
          level1 += 1;
          level2 = 0;
          out.push({ kind: 'heading', level: 1, text: `${formatChineseNumeral(level1)}、${block.text}` });
        } else {
          level2 += 1;
          out.push({ kind: 'heading', level: 2, text: `（${formatChineseNumeral(level2)}）${block.text}` });
        }
        break;
      case 'list':
        block.items.forEach((item, index) => {
          const label = block.numbering === 'chinese' ? `${formatChineseNumeral(index + 1)}、` : `${index + 1}.`;
          out.push({ kind: 'list-item', text: label + item });
        });
        break;
      case 'table':
        out.push({
          kind: 'table',
          caption: block.caption,
          columns: block.columns.map((c) => ({ header: c.header, width: c.width ?? 1, align: c.align ?? 'left' })),
          rows: block.rows,
        });
        break;
    }
  }
  return out;
};

/**
 * The signature block (7.3.5.2, no seal): the issuer two characters in from the right; the date on
 * the next line starting two characters to the right of the issuer's first character; when the date
 * is the longer, the date sits two characters in and the issuer moves left. Returns the right
 * indents in characters.
 */
export const placeSignature = (issuer: string, date: string): { issuerRightChars: number; dateRightChars: number } => {
  const issuerWidth = measureChars(issuer);
  const dateWidth = measureChars(date);
  const dateRight = 2 + issuerWidth - 2 - dateWidth;
  if (dateRight >= 2) return { issuerRightChars: 2, dateRightChars: dateRight };
  return { issuerRightChars: 2 + (2 - dateRight), dateRightChars: 2 };
};

/** 7.4.2: 抄送：A，B，C。 */
export const formatCc = (cc: string[]): string => `抄送：${cc.join('，')}。`;

/** 7.4.3: 2026年11月27日印发. */
export const formatPrintedOn = (date: CalendarDate): string => `${formatChineseDate(date)}印发`;

/** Checks what the renderers rely on, so a bad document is refused with a reason instead of rendered wrongly. */
export const assertRenderable = (doc: OfficialDocument): void => {
  formatDocNumber(doc.docNumber);
  parseCalendarDate(doc.signature.date, 'signature.date');
  parseCalendarDate(doc.printedBy.date, 'printedBy.date');
  if (doc.title.trim() === '') refuseDocument('GB/T 9704-2012 7.3.1', '公文应有标题', 'a document needs a title', 'title');
  if (doc.issuerMark.trim() === '') {
    refuseDocument('GB/T 9704-2012 7.2.4', '公文应有发文机关标志', 'a document needs an issuer mark', 'issuerMark');
  }
  if (doc.recipients.length === 0) {
    refuseDocument('GB/T 9704-2012 7.3.2', '公文应有主送机关', 'a document needs at least one recipient', 'recipients');
  }
  doc.body.forEach((block, index) => {
    if (block.kind !== 'table') return;
    if (block.columns.length === 0)
      refuseDocument('GB/T 9704-2012 8', '表格至少应有一列', 'a table needs a column', `body[${index}].columns`);
    block.rows.forEach((row, r) => {
      if (row.length !== block.columns.length) {
        refuseDocument(
          'GB/T 9704-2012 8',
          `表格第${r + 1}行有${row.length}个单元格，应为${block.columns.length}个`,
          `table row ${r + 1} has ${row.length} cells, the table has ${block.columns.length} columns`,
          `body[${index}].rows[${r}]`,
        );
      }
    });
  });
};
