/**
 * OfficialDocument → DOCX in the GB/T 9704-2012 layout (see official-document.ts for the decisions).
 * The fonts are named, not embedded: the reader's Word supplies 仿宋_GB2312 and friends, and the
 * font table lists a fallback for each (仿宋, 华文中宋, 楷体, SimHei, SimSun).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  OverlapType,
  Packer,
  PageNumber,
  Paragraph,
  RelativeHorizontalPosition,
  RelativeVerticalPosition,
  Tab,
  TabStopType,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import {
  BODY_LETTER_SPACING_PT,
  CHAR_PITCH_PT,
  GBT9704,
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

/** The fonts GB/T 9704 names, as Word knows them, and what the font table offers when one is missing. */
export const DOCX_FONTS = {
  body: { name: '仿宋_GB2312', fallback: '仿宋', panose: '02010609030101010101' }, // 5.2.2: 3号仿宋体
  title: { name: '方正小标宋简体', fallback: '华文中宋', panose: '02000000000000000000' }, // 7.2.4, 7.3.1: 小标宋体
  heading1: { name: '黑体', fallback: 'SimHei', panose: '02010609060101010101' }, // 7.3.3: 第一层用黑体字
  heading2: { name: '楷体_GB2312', fallback: '楷体', panose: '02010609030101010101' }, // 7.3.3: 第二层用楷体字
  pageNumber: { name: '宋体', fallback: 'SimSun', panose: '02010600030101010101' }, // 7.5: 4号半角宋体
} as const;

type FontRole = keyof typeof DOCX_FONTS;

const mmToTwips = (mm: number): number => Math.round((mm / 25.4) * 1440);
const ptToTwips = (pt: number): number => Math.round(pt * 20);
const charsToTwips = (chars: number): number => Math.round(chars * CHAR_PITCH_PT * 20);

const VERSION_WIDTH_TWIPS = mmToTwips(GBT9704.versionWidthMm);
const LINE = GBT9704.linePitchTwips;

const font = (role: FontRole) => {
  const name = DOCX_FONTS[role].name;
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
};

/** size in points → half-points; 16 pt text is set 0.25 pt tighter so 28 characters fill a line (5.2.3). */
const run = (text: string, role: FontRole, sizePt: number, extra: Omit<IRunOptions, 'text' | 'font' | 'size'> = {}): TextRun =>
  new TextRun({
    text,
    font: font(role),
    size: sizePt * 2,
    ...(sizePt === GBT9704.bodyFontPt ? { characterSpacing: ptToTwips(BODY_LETTER_SPACING_PT) } : {}),
    ...extra,
  });

const exact = (lineTwips: number = LINE, before = 0): IParagraphOptions['spacing'] => ({
  line: lineTwips,
  lineRule: LineRuleType.EXACT,
  before,
  after: 0,
});

const border = (style: IBorderOptions['style'], widthMm: number, color = '000000'): IBorderOptions => ({
  style,
  // w:sz is in eighths of a point
  size: Math.max(2, Math.round(widthMm * (72 / 25.4) * 8)),
  color,
});

const buildHead = (doc: OfficialDocument): Paragraph[] => {
  // 7.2.4: the mark is squeezed horizontally (w:w) when it would overflow the version area.
  const markPt: number = GBT9704.issuerMarkFontPt;
  const markWidthPt = [...doc.issuerMark].length * markPt;
  const scale = Math.min(100, Math.floor((VERSION_WIDTH_TWIPS / 20 / markWidthPt) * 97));
  const markLine = ptToTwips(markPt * 1.15);
  return [
    // 7.2.4: upper edge 35 mm below the top of the version area (the line box adds ~0.15 em above the glyphs).
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: exact(markLine, mmToTwips(GBT9704.issuerMarkTopMm) - ptToTwips(markPt * 0.15)),
      children: [run(doc.issuerMark, 'title', markPt, { color: GBT9704.red, scale })],
    }),
    // 7.2.5: document number two blank lines below the mark, centred; 7.2.7: red line 4 mm below it.
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: exact(LINE, 2 * LINE),
      border: { bottom: { ...border(BorderStyle.SINGLE, 0.5, GBT9704.red), space: Math.round(GBT9704.separatorGapMm * (72 / 25.4)) } },
      children: [run(formatDocNumber(doc.docNumber), 'body', GBT9704.bodyFontPt)],
    }),
  ];
};

const buildTitle = (doc: OfficialDocument): Paragraph[] =>
  // 7.3.1: two blank lines under the red line, 二号小标宋, centred, one paragraph per composed line.
  doc.title.split('\n').map(
    (line, index) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: exact(LINE, index === 0 ? 2 * LINE : 0),
        keepNext: true,
        children: [run(line, 'title', GBT9704.titleFontPt)],
      }),
  );

const bodyParagraph = (text: string, role: FontRole, options: Partial<IParagraphOptions> = {}): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: exact(),
    // 7.3.3: 每个自然段左空二字，回行顶格
    indent: { firstLineChars: 200, firstLine: charsToTwips(2) },
    ...options,
    children: [run(text, role, GBT9704.bodyFontPt)],
  });

const cellParagraphs = (text: string, options: { header: boolean; align: 'left' | 'center' }): Paragraph[] =>
  text.split('\n').map(
    (line) =>
      new Paragraph({
        alignment: options.header || options.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { line: ptToTwips(GBT9704.tableFontPt * 1.5), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [run(line, options.header ? 'heading1' : 'body', GBT9704.tableFontPt)],
      }),
  );

const buildTable = (block: Extract<LaidOutBlock, { kind: 'table' }>): (Paragraph | Table)[] => {
  const total = block.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = block.columns.map((c) => Math.floor((VERSION_WIDTH_TWIPS * c.width) / total));
  const line = border(BorderStyle.SINGLE, 0.18);
  const cell = (text: string, index: number, header: boolean): TableCell =>
    new TableCell({
      width: { size: widths[index] ?? 0, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      children: cellParagraphs(text, { header, align: block.columns[index]?.align ?? 'left' }),
    });
  const table = new Table({
    width: { size: VERSION_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    margins: { left: 85, right: 85, top: 40, bottom: 40 },
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [
      // GB/T 9704-2012 8: the header row repeats on every page the table crosses.
      new TableRow({ tableHeader: true, cantSplit: true, keepNext: true, children: block.columns.map((c, i) => cell(c.header, i, true)) }),
      // Rows are short; one never breaks across a page, and the first three stay with the header (no orphan rows).
      ...block.rows.map(
        (row, r) =>
          new TableRow({ cantSplit: true, ...(r < 2 ? { keepNext: true } : {}), children: row.map((text, i) => cell(text, i, false)) }),
      ),
    ],
  });
  const caption = block.caption
    ? [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: exact(),
          keepNext: true,
          children: [run(block.caption, 'heading1', GBT9704.recordFontPt)],
        }),
      ]
    : [];
  return [...caption, table];
};

const buildBody = (doc: OfficialDocument): (Paragraph | Table)[] => {
  const out: (Paragraph | Table)[] = [
    // 7.3.2: one blank line under the title, flush left, full-width colon after the last recipient.
    new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      spacing: exact(LINE, LINE),
      children: [run(`${doc.recipients.join('、')}：`, 'body', 16)],
    }),
  ];
  const blocks = layOutBody(doc.body);
  blocks.forEach((block, index) => {
    // The signature never stands alone on a page: the last paragraph keeps with it (Word's widow control leaves it 2 lines).
    const keepNext = index === blocks.length - 1 ? { keepNext: true } : {};
    switch (block.kind) {
      case 'paragraph':
        out.push(
          block.align === 'right'
            ? new Paragraph({
                alignment: AlignmentType.RIGHT,
                spacing: exact(),
                indent: { right: charsToTwips(2) },
                ...keepNext,
                children: [run(block.text, 'body', GBT9704.bodyFontPt)],
              })
            : bodyParagraph(block.text, 'body', keepNext),
        );
        break;
      case 'heading':
        out.push(bodyParagraph(block.text, block.level === 1 ? 'heading1' : 'heading2', { keepNext: true }));
        break;
      case 'list-item':
        out.push(bodyParagraph(block.text, 'body', keepNext));
        break;
      case 'table':
        out.push(...buildTable(block));
        break;
    }
  });
  return out;
};

const buildClosing = (doc: OfficialDocument): Paragraph[] => {
  const out: Paragraph[] = [];
  const attachments = doc.attachments ?? [];
  // 7.3.4: 正文下空一行左空二字编排“附件”; several attachments are numbered 1. 2. and aligned under the first name.
  attachments.forEach((name, index) => {
    const text = attachments.length === 1 ? `附件：${name}` : index === 0 ? `附件：1.${name}` : `${index + 1}.${name}`;
    const first = index === 0;
    out.push(
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        spacing: exact(LINE, first ? LINE : 0),
        indent: first ? { left: charsToTwips(2 + 3), hanging: charsToTwips(3) } : { left: charsToTwips(2 + 3) },
        keepNext: true,
        children: [run(text, 'body', GBT9704.bodyFontPt)],
      }),
    );
  });
  // 7.3.5.2: issuer one line below the body, two characters from the right; the date under it.
  const date = formatChineseDate(doc.signature.date);
  const place = placeSignature(doc.signature.issuer, date);
  out.push(
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: exact(LINE, LINE),
      indent: { right: charsToTwips(place.issuerRightChars) },
      keepNext: true,
      keepLines: true,
      children: [run(doc.signature.issuer, 'body', GBT9704.bodyFontPt)],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: exact(),
      indent: { right: charsToTwips(place.dateRightChars) },
      ...(doc.note ? { keepNext: true } : {}),
      children: [run(date, 'body', GBT9704.bodyFontPt)],
    }),
  );
  // 7.3.6: 附注 on the line under the date, two characters in, in brackets.
  if (doc.note) out.push(bodyParagraph(`（${doc.note}）`, 'body', { alignment: AlignmentType.LEFT }));
  return out;
};

/**
 * 7.4: the record (版记) at the foot of the last page, its last line on the bottom of the version area:
 * a one-column table floating at the bottom of the margin box (w:tblpPr vertAnchor="margin"
 * tblpYSpec="bottom"), thick lines above and below, a thin line between 抄送 and 印发. Word and WPS
 * place it at the foot of the page; LibreOffice 7.4 ignores the float and sets it straight after
 * the signature, lines intact. (Framed paragraphs were tried: LibreOffice drops their borders.)
 */
const buildRecord = (doc: OfficialDocument): (Table | Paragraph)[] => {
  const size = GBT9704.recordFontPt;
  const oneChar = ptToTwips(size);
  const thick = border(BorderStyle.SINGLE, GBT9704.recordThickLineMm);
  const thin = border(BorderStyle.SINGLE, GBT9704.recordThinLineMm);
  const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  const row = (paragraph: Paragraph): TableRow =>
    new TableRow({
      cantSplit: true,
      children: [new TableCell({ width: { size: VERSION_WIDTH_TWIPS, type: WidthType.DXA }, children: [paragraph] })],
    });
  const rows: TableRow[] = [];
  if (doc.cc && doc.cc.length > 0) {
    rows.push(
      row(
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing: exact(),
          // 7.4.2: 左右各空一字; wrapped lines align with the first name after the colon.
          indent: { left: oneChar * 4, hanging: oneChar * 3, right: oneChar },
          children: [run(formatCc(doc.cc), 'body', size)],
        }),
      ),
    );
  }
  // 7.4.3: printing office one character in from the left, the date one character in from the right.
  rows.push(
    row(
      new Paragraph({
        spacing: exact(),
        tabStops: [{ type: TabStopType.RIGHT, position: VERSION_WIDTH_TWIPS }],
        children: [
          new TextRun({
            children: [`\u3000${doc.printedBy.agency}`, new Tab(), `${formatPrintedOn(doc.printedBy.date)}\u3000`],
            font: font('body'),
            size: size * 2,
          }),
        ],
      }),
    ),
  );
  return [
    new Table({
      width: { size: VERSION_WIDTH_TWIPS, type: WidthType.DXA },
      columnWidths: [VERSION_WIDTH_TWIPS],
      layout: TableLayoutType.FIXED,
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
      borders: { top: thick, bottom: thick, insideHorizontal: thin, left: none, right: none, insideVertical: none },
      float: {
        horizontalAnchor: TableAnchorType.MARGIN,
        relativeHorizontalPosition: RelativeHorizontalPosition.LEFT,
        verticalAnchor: TableAnchorType.MARGIN,
        relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
        overlap: OverlapType.NEVER,
      },
      rows,
    }),
    // A floating table anchors to the paragraph after it; this one takes no room.
    new Paragraph({ spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, children: [] }),
  ];
};

/** 7.5: "— 1 —", 4号半角宋体; odd pages right, even pages left, one character in. */
const buildPageNumberFooter = (side: 'odd' | 'even'): Footer =>
  new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        spacing: { line: ptToTwips(GBT9704.pageNumberFontPt * 1.3), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        indent: side === 'odd' ? { right: ptToTwips(GBT9704.pageNumberFontPt) } : { left: ptToTwips(GBT9704.pageNumberFontPt) },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: font('pageNumber'),
            size: GBT9704.pageNumberFontPt * 2,
          }),
        ],
      }),
    ],
  });

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The font table with a fallback (w:altName) and the GB2312 character set (charset 86) for each font. */
const buildFontTable = (): string => {
  const fonts = Object.values(DOCX_FONTS)
    .map(
      (f) =>
        `<w:font w:name="${escapeXml(f.name)}"><w:altName w:val="${escapeXml(f.fallback)}"/><w:panose1 w:val="${f.panose}"/>` +
        `<w:charset w:val="86"/><w:family w:val="${f.name === '黑体' ? 'modern' : 'roman'}"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    fonts +
    '</w:fonts>'
  );
};

/**
 * word/styles.xml of our own, for the document defaults docx cannot set: 仿宋_GB2312 三号, exact
 * 28.95 pt lines, and no automatic space between Chinese and Latin text or numbers (w:autoSpaceDE,
 * w:autoSpaceDN), which Word and WPS otherwise add ("2026 年") and official documents do not have.
 */
const buildStyles = (): string => {
  const body = DOCX_FONTS.body.name;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    '<w:docDefaults><w:rPrDefault><w:rPr>' +
    `<w:rFonts w:ascii="${body}" w:eastAsia="${body}" w:hAnsi="${body}" w:cs="${body}"/>` +
    `<w:kern w:val="2"/><w:sz w:val="${GBT9704.bodyFontPt * 2}"/><w:szCs w:val="${GBT9704.bodyFontPt * 2}"/>` +
    '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>' +
    '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>' +
    '<w:widowControl/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>' +
    `<w:spacing w:before="0" w:after="0" w:line="${LINE}" w:lineRule="exact"/><w:jc w:val="both"/>` +
    '</w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>' +
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '</w:styles>'
  );
};

/** docProps/core.xml dated by the document (midnight Asia/Shanghai of the signing date), not by the clock. */
const buildCoreProperties = (doc: OfficialDocument): string => {
  const { year, month, day } = parseCalendarDate(doc.signature.date);
  const at = new Date(Date.UTC(year, month - 1, day) - 8 * 3600_000).toISOString().replace('.000Z', 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(doc.title.replace(/\n/g, ''))}</dc:title>` +
    `<dc:subject>${escapeXml(formatDocNumber(doc.docNumber))}</dc:subject>` +
    `<dc:creator>${escapeXml(doc.issuer)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(doc.issuer)}</cp:lastModifiedBy>` +
    `<dc:language>zh-CN</dc:language>` +
    `<cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
};

/** Renders an official document as a DOCX (Office Open XML) file. */
export const renderDocx = async (doc: OfficialDocument): Promise<Buffer> => {
  assertRenderable(doc);
  const document = new Document({
    title: doc.title.replace(/\n/g, ''),
    creator: doc.issuer,
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            // 5.1: A4; 5.2.1: margins around the 156 mm × 225 mm version area
            size: { width: mmToTwips(GBT9704.pageWidthMm), height: mmToTwips(GBT9704.pageHeightMm) },
            margin: {
              top: mmToTwips(GBT9704.marginTopMm),
              bottom: mmToTwips(GBT9704.marginBottomMm),
              left: mmToTwips(GBT9704.marginLeftMm),
              right: mmToTwips(GBT9704.marginRightMm),
              header: mmToTwips(15),
              // 7.5: the page number's line starts ~4 mm below the version area so the dashes sit 7 mm below it
              footer:
                mmToTwips(GBT9704.marginBottomMm - GBT9704.pageNumberGapMm) - ptToTwips(GBT9704.pageNumberFontPt * 1.3) + ptToTwips(5),
            },
          },
          // 5.2.3: 22 lines of 28.95 pt come from the exact line spacing; no character grid (see official-document.ts).
          grid: { type: DocumentGridType.DEFAULT, linePitch: LINE },
        },
        footers: { default: buildPageNumberFooter('odd'), even: buildPageNumberFooter('even') },
        children: [...buildHead(doc), ...buildTitle(doc), ...buildBody(doc), ...buildClosing(doc), ...buildRecord(doc)],
      },
    ],
  });
  return Packer.toBuffer(document, false, [
    { path: 'word/styles.xml', data: buildStyles() },
    { path: 'word/fontTable.xml', data: buildFontTable() },
    { path: 'docProps/core.xml', data: buildCoreProperties(doc) },
  ]);
};
