import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEstablishmentNotice } from './establishment-notice.template.ts';
import { renderPdf } from './pdf-renderer.ts';
import { buildPreparationTaskBook } from './preparation-task-book.template.ts';
import { sampleCentreEstablishmentNotice, sampleCentreTaskBook } from './sample-documents.fixture.ts';

describe('renderPdf (Noto CJK SC standing in for the official fonts)', () => {
  const doc = buildPreparationTaskBook(sampleCentreTaskBook);
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await renderPdf(doc);
  });

  it('is a PDF', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
  });

  it('embeds subsets of the CJK fonts: serif body and title, sans headings', () => {
    const text = pdf.toString('latin1');
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifCJKsc-Regular/);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifCJKsc-Bold/);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansCJKsc-Bold/);
    expect(text).toContain('/FontFile3');
    expect(text).toContain('/ToUnicode');
  });

  it('declares the language and the document number', () => {
    const text = pdf.toString('latin1');
    expect(text).toContain('/Lang (zh-CN)');
    // Info strings are UTF-16BE; the Subject is the document number.
    expect(pdf.includes(Buffer.from('\ufeff鄂市监量〔2026〕8号', 'utf16le').swap16())).toBe(true);
  });

  it('renders the same document to the same bytes (dated by the document, not the clock)', async () => {
    const notice = buildEstablishmentNotice(sampleCentreEstablishmentNotice);
    const [a, b] = await Promise.all([renderPdf(notice), renderPdf(notice)]);
    expect(a.equals(b)).toBe(true);
  });

  it('names the missing font file when the font directory lacks it', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'jiliang-fonts-'));
    await expect(renderPdf(doc, { fontDir: empty })).rejects.toThrow(join(empty, 'NotoSerifCJK-Regular.ttc'));
    await expect(renderPdf(doc, { fontDir: empty })).rejects.toThrow(/fonts-noto-cjk/);
  });
});
