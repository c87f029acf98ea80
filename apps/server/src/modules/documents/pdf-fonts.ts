/**
 * The fonts the PDF embeds. GB/T 9704-2012 asks for 仿宋, 小标宋, 黑体, 楷体 and 宋体; none of them is
 * free to embed, and none is on a stock Debian machine. The PDF substitutes Noto CJK SC from the
 * fonts-noto-cjk package (SIL Open Font License), choosing for each role the face that keeps the
 * hierarchy the standard intends:
 *
 *   仿宋_GB2312  (body, 3号)                  → Noto Serif CJK SC Regular
 *   方正小标宋简体 (issuer mark, title)         → Noto Serif CJK SC Bold
 *   黑体         (first-level headings, table header) → Noto Sans CJK SC Bold
 *   楷体_GB2312  (second-level headings)      → Noto Sans CJK SC Regular (no free Kai face is packaged;
 *                                             a different face at body weight keeps the level distinct)
 *   宋体         (page numbers)               → Noto Serif CJK SC Regular
 *
 * The DOCX is unaffected: it names the real fonts and the reader's Word supplies them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '@jiliang/shared';

/** Where Debian's fonts-noto-cjk installs the OpenType collections; the server config may pass another directory. */
export const DEFAULT_PDF_FONT_DIR = '/usr/share/fonts/opentype/noto';

export type PdfFontRole = 'body' | 'title' | 'heading1' | 'heading2' | 'pageNumber';

/** File in the font directory, the face's PostScript name inside the .ttc collection, and the font it stands for. */
export const PDF_FONTS: Record<PdfFontRole, { file: string; postscriptName: string; standsFor: string }> = {
  body: { file: 'NotoSerifCJK-Regular.ttc', postscriptName: 'NotoSerifCJKsc-Regular', standsFor: '仿宋_GB2312' },
  title: { file: 'NotoSerifCJK-Bold.ttc', postscriptName: 'NotoSerifCJKsc-Bold', standsFor: '方正小标宋简体' },
  heading1: { file: 'NotoSansCJK-Bold.ttc', postscriptName: 'NotoSansCJKsc-Bold', standsFor: '黑体' },
  heading2: { file: 'NotoSansCJK-Regular.ttc', postscriptName: 'NotoSansCJKsc-Regular', standsFor: '楷体_GB2312' },
  pageNumber: { file: 'NotoSerifCJK-Regular.ttc', postscriptName: 'NotoSerifCJKsc-Regular', standsFor: '宋体' },
};

/** The path of every role's font file, refusing with the missing file's name (and the package that provides it). */
export const resolvePdfFonts = (fontDir: string = DEFAULT_PDF_FONT_DIR): Record<PdfFontRole, { path: string; postscriptName: string }> => {
  const resolved = {} as Record<PdfFontRole, { path: string; postscriptName: string }>;
  for (const [role, spec] of Object.entries(PDF_FONTS) as [PdfFontRole, (typeof PDF_FONTS)[PdfFontRole]][]) {
    const path = join(fontDir, spec.file);
    if (!existsSync(path)) {
      throw new AppError(
        'INTERNAL',
        `缺少PDF字体文件：${path}（用于代替${spec.standsFor}；请安装 fonts-noto-cjk 或配置字体目录）— missing PDF font file ${path} ` +
          `(${spec.postscriptName}, standing in for ${spec.standsFor}); install fonts-noto-cjk or configure the font directory`,
        { fontFile: path, role },
      );
    }
    resolved[role] = { path, postscriptName: spec.postscriptName };
  }
  return resolved;
};
