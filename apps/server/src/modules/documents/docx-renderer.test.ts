import { beforeAll, describe, expect, it } from 'vitest';
import { buildApprovalDocument } from './approval-document.template.ts';
import { buildAssessmentReport } from './assessment-report.template.ts';
import { renderDocx } from './docx-renderer.ts';
import { sampleBaseAssessmentReport, sampleCentreApproval } from './sample-documents.fixture.ts';
import { readZipEntries, readZipText } from './zip-entries.test-support.ts';

/** The w:r element whose text contains `needle`. */
const findRun = (xml: string, needle: string): string => {
  const runs = xml.match(/<w:r>.*?<\/w:r>/gs) ?? [];
  const run = runs.find((r) => r.includes(needle));
  if (!run) throw new Error(`no run contains ${needle}`);
  return run;
};

const attribute = (xml: string, element: string, name: string): string | undefined =>
  new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];

describe('renderDocx (GB/T 9704-2012 layout)', () => {
  const doc = buildApprovalDocument(sampleCentreApproval);
  let docx: Buffer;
  let xml: string;
  beforeAll(async () => {
    docx = await renderDocx(doc);
    xml = readZipText(docx, 'word/document.xml');
  });

  it('is a ZIP package with the Word parts', () => {
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    const names = [...readZipEntries(docx).keys()];
    expect(names).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/fontTable.xml']));
  });

  it('prints every line of the title in 二号 (22 pt) 方正小标宋简体 (7.3.1)', () => {
    for (const line of doc.title.split('\n')) {
      const run = findRun(xml, line);
      expect(run).toContain('w:eastAsia="方正小标宋简体"');
      expect(run).toContain('<w:sz w:val="44"/>');
    }
    expect(doc.title.replace(/\n/g, '')).toBe(
      '湖北省市场监督管理局关于同意宜昌市峡州计量检定测试院等单位联合筹建湖北省宜昌磷化工与水电碳计量中心的批复',
    );
  });

  it('prints the issuer mark in red 小标宋 and the document number with 〔〕 (7.2.4, 7.2.5)', () => {
    const mark = findRun(xml, '湖北省市场监督管理局文件');
    expect(mark).toContain('w:eastAsia="方正小标宋简体"');
    expect(mark).toContain('<w:color w:val="E60012"/>');
    expect(xml).toContain('鄂市监量〔2026〕7号');
  });

  it('sets the body in 三号 (16 pt) 仿宋_GB2312 with exact 28.95 pt lines (5.2.2, 5.2.3)', () => {
    const run = findRun(xml, '材料收悉');
    expect(run).toContain('w:eastAsia="仿宋_GB2312"');
    expect(run).toContain('w:ascii="仿宋_GB2312"');
    expect(run).toContain('<w:sz w:val="32"/>');
    expect(xml).toContain('w:line="579" w:lineRule="exact"');
    expect(xml).toContain('w:firstLineChars="200"');
  });

  it('lays out A4 with margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (5.2.1)', () => {
    expect(attribute(xml, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attribute(xml, 'w:pgSz', 'w:h')).toBe('16838');
    expect(attribute(xml, 'w:pgMar', 'w:top')).toBe('2098');
    expect(attribute(xml, 'w:pgMar', 'w:bottom')).toBe('1984');
    expect(attribute(xml, 'w:pgMar', 'w:left')).toBe('1587');
    expect(attribute(xml, 'w:pgMar', 'w:right')).toBe('1474');
  });

  it('ends with the signature, then the record: 抄送 above 印发机关和印发日期 (7.3.5, 7.4)', () => {
    const signature = xml.lastIndexOf('湖北省市场监督管理局</w:t>');
    const date = xml.indexOf('2026年11月27日</w:t>');
    const cc = xml.indexOf('抄送：宜昌市市场监督管理局，宜昌峡江计量检测有限公司。');
    const printedBy = xml.indexOf('湖北省市场监督管理局办公室');
    const printedOn = xml.indexOf('2026年11月27日印发');
    expect(signature).toBeGreaterThan(0);
    expect([signature, date, cc, printedBy, printedOn]).toEqual([...[signature, date, cc, printedBy, printedOn]].sort((a, b) => a - b));
    // The record floats to the bottom of the last page's version area.
    const float = /<w:tblpPr[^>]*>/.exec(xml)?.[0] ?? '';
    expect(float).toContain('w:vertAnchor="margin"');
    expect(float).toContain('w:tblpYSpec="bottom"');
  });

  it('numbers pages "— N —" in 4号 宋体, odd pages right and even pages left (7.5)', () => {
    const entries = readZipEntries(docx);
    const footers = [...entries.keys()]
      .filter((name) => /^word\/footer\d+\.xml$/.test(name))
      .map((name) => entries.get(name)?.toString('utf8') ?? '');
    expect(footers).toHaveLength(2);
    for (const footer of footers) {
      expect(footer).toContain('PAGE');
      expect(footer).toContain('— ');
      expect(footer).toContain('w:eastAsia="宋体"');
      expect(footer).toContain('<w:sz w:val="28"/>');
    }
    expect(footers.some((f) => f.includes('<w:jc w:val="right"/>'))).toBe(true);
    expect(footers.some((f) => f.includes('<w:jc w:val="left"/>'))).toBe(true);
    expect(readZipText(docx, 'word/settings.xml')).toContain('w:evenAndOddHeaders');
  });

  it('names a fallback for each font and turns off the space Word adds between Chinese and numbers', () => {
    const fontTable = readZipText(docx, 'word/fontTable.xml');
    expect(fontTable).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fontTable).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="华文中宋"/>');
    const styles = readZipText(docx, 'word/styles.xml');
    expect(styles).toContain('<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>');
  });

  it('dates the package by the document, not by the clock', () => {
    expect(readZipText(docx, 'docProps/core.xml')).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-26T16:00:00Z</dcterms:created>',
    );
  });

  it('sets first-level headings in 黑体 and second-level ones in 楷体_GB2312 (7.3.3)', async () => {
    const report = readZipText(await renderDocx(buildAssessmentReport(sampleBaseAssessmentReport)), 'word/document.xml');
    expect(findRun(report, '一、考核组组成')).toContain('w:eastAsia="黑体"');
    expect(findRun(report, '（一）首次会议')).toContain('w:eastAsia="楷体_GB2312"');
  });
});
