/**
 * A plain technical report as DOCX: a cover, numbered sections (一、二、…), paragraphs and tables, A4 with 25 mm side
 * margins, 宋体 小四 body, 黑体 headings, 五号 tables whose header row repeats on every page, page numbers centred.
 * Not an official document: GB/T 9704 (documents/docx-renderer.ts) is for what an authority issues, and an emission
 * report is the reporting entity's own. The blocks are the documents module's (BodyBlock), numbered by layOutBody.
 */
import { AlignmentType, BorderStyle, Document, Footer, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell } from 'docx';
import { TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';
import { layOutBody, type BodyBlock, type LaidOutBlock } from '../documents/official-document.ts';

export type ReportDocument = {
  /** The cover title; '\n' marks where the lines break. */
  title: string;
  subtitle: string;
  coverLines: string[];
  body: BodyBlock[];
};

// A4 (11906 × 16838 twips), 25 mm margins left and right: 160 mm of text width.
const TEXT_WIDTH_TWIPS = 9071;
const FONTS = { body: '宋体', heading: '黑体', latin: 'Times New Roman' } as const;
const text = (value: string, sizePt: number, face: 'body' | 'heading' = 'body') =>
  new TextRun({
    text: value,
    size: Math.round(sizePt * 2),
    font: { ascii: FONTS.latin, hAnsi: FONTS.latin, eastAsia: FONTS[face], cs: FONTS.latin },
  });

const renderTable = (block: Extract<LaidOutBlock, { kind: 'table' }>): (Paragraph | Table)[] => {
  const total = block.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = block.columns.map((c) => Math.floor((TEXT_WIDTH_TWIPS * c.width) / total));
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const cell = (value: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'EDEDED', color: 'auto' } } : {}),
      children: value.split('\n').map(
        (l) =>
          new Paragraph({
            alignment: header || block.columns[i]?.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
            children: [text(l, 10.5, header ? 'heading' : 'body')],
          }),
      ),
    });
  const caption = block.caption
    ? [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          spacing: { before: 120 },
          children: [text(block.caption, 10.5, 'heading')],
        }),
      ]
    : [];
  const rows = [
    // The header row repeats on every page the table crosses; a row never breaks across pages.
    new TableRow({ tableHeader: true, cantSplit: true, children: block.columns.map((c, i) => cell(c.header, i, true)) }),
    ...block.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((v, i) => cell(v, i, false)) })),
  ];
  const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
  return [
    ...caption,
    new Table({
      width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders,
      rows,
    }),
    new Paragraph({ children: [] }),
  ];
};

const renderBlock = (block: LaidOutBlock, first: boolean): (Paragraph | Table)[] => {
  switch (block.kind) {
    case 'heading':
      // The first heading starts the page after the cover.
      return [
        new Paragraph({
          keepNext: true,
          pageBreakBefore: first,
          spacing: { before: 240, after: 120 },
          children: [text(block.text, block.level === 1 ? 14 : 12, 'heading')],
        }),
      ];
    case 'table':
      return renderTable(block);
    default:
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: 480 },
          spacing: { line: 360 },
          children: [text(block.text, 12)],
        }),
      ];
  }
};

export const renderReportDocx = async ({ title, subtitle, coverLines, body }: ReportDocument): Promise<Buffer> => {
  const cover = [
    ...title
      .split('\n')
      .map(
        (l, i) =>
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: i === 0 ? 3600 : 240 }, children: [text(l, 22, 'heading')] }),
      ),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 480 }, children: [text(subtitle, 16)] }),
    ...coverLines.map(
      (l, i) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: i === 0 ? 2400 : 240 }, children: [text(l, 14)] }),
    ),
  ];
  const footer = new Footer({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 21 })] }),
    ],
  });
  const document = new Document({
    title: title.replace(/\n/g, ''),
    creator: 'Jiliang 计量',
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1417, right: 1417 } } },
        footers: { default: footer },
        children: [...cover, ...layOutBody(body).flatMap((block, i) => renderBlock(block, i === 0))],
      },
    ],
  });
  return Packer.toBuffer(document);
};
