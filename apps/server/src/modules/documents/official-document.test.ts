import { describe, expect, it } from 'vitest';
import {
  addCalendarMonths,
  addCalendarYears,
  assertRenderable,
  composeTitle,
  formatCc,
  formatChineseDate,
  formatChineseNumeral,
  formatDocNumber,
  layOutBody,
  measureChars,
  parseCalendarDate,
  placeSignature,
  splitInstitutionName,
  type OfficialDocument,
} from './official-document.ts';

describe('formatDocNumber (GB/T 9704-2012 7.2.5)', () => {
  it('writes 鄂市监量〔2026〕7号 with 〔〕 around the full year', () => {
    expect(formatDocNumber({ agency: '鄂市监量', year: 2026, serial: 7 })).toBe('鄂市监量〔2026〕7号');
  });

  it('adds no leading zeros and no 第 (1 is not 01)', () => {
    expect(formatDocNumber({ agency: '鄂市监量', year: 2027, serial: 1 })).toBe('鄂市监量〔2027〕1号');
    expect(formatDocNumber({ agency: '鄂市监量', year: 2026, serial: 123 })).toBe('鄂市监量〔2026〕123号');
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses the serial %s', (serial) => {
    expect(() => formatDocNumber({ agency: '鄂市监量', year: 2026, serial })).toThrow(/GB\/T 9704-2012 7\.2\.5/);
  });

  it('refuses a year not written in full', () => {
    expect(() => formatDocNumber({ agency: '鄂市监量', year: 26, serial: 7 })).toThrow(/年份应标全称/);
  });

  it('refuses an empty agency code or one with brackets', () => {
    expect(() => formatDocNumber({ agency: ' ', year: 2026, serial: 7 })).toThrow(/发文机关代字/);
    expect(() => formatDocNumber({ agency: '鄂市监量〔', year: 2026, serial: 7 })).toThrow(/发文机关代字/);
  });
});

describe('dates (GB/T 9704-2012 7.3.5.4: Arabic numerals, no leading zeros)', () => {
  it('formats 2026-11-27 as 2026年11月27日 and 2027-01-05 as 2027年1月5日', () => {
    expect(formatChineseDate('2026-11-27')).toBe('2026年11月27日');
    expect(formatChineseDate('2027-01-05')).toBe('2027年1月5日');
  });

  it('refuses impossible dates', () => {
    expect(() => parseCalendarDate('2026-02-30')).toThrow(/YYYY-MM-DD/);
    expect(() => parseCalendarDate('2026/11/27')).toThrow(/YYYY-MM-DD/);
  });

  it('adds months and years with the month-end rule: clamp to the last day of a shorter month', () => {
    expect(addCalendarMonths('2026-05-31', 3)).toBe('2026-08-31');
    expect(addCalendarMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addCalendarMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addCalendarYears('2028-02-29', 3)).toBe('2031-02-28');
    expect(addCalendarYears('2026-11-27', 1)).toBe('2027-11-27');
  });
});

describe('layout helpers', () => {
  it('writes Chinese numerals 1..99 for articles and headings', () => {
    expect([1, 10, 11, 17, 20, 24, 99].map(formatChineseNumeral)).toEqual(['一', '十', '十一', '十七', '二十', '二十四', '九十九']);
  });

  it('counts CJK characters as 1 and Arabic numerals as ½ of the 28-character line', () => {
    expect(measureChars('湖北省')).toBe(3);
    expect(measureChars('2026年11月27日')).toBe(7);
  });

  it('breaks a long title at word boundaries into balanced lines of at most 20 characters (7.3.1)', () => {
    const title = composeTitle([
      '湖北省市场监督管理局',
      '关于同意',
      '襄阳市汉江计量测试研究院',
      '筹建',
      splitInstitutionName('湖北省襄阳汽车产业计量数据建设应用基地'),
      '的批复',
    ]);
    const lines = title.split('\n');
    expect(lines.join('')).toBe('湖北省市场监督管理局关于同意襄阳市汉江计量测试研究院筹建湖北省襄阳汽车产业计量数据建设应用基地的批复');
    for (const line of lines) expect(measureChars(line)).toBeLessThanOrEqual(20);
    // No orphaned "的批复" on a line of its own.
    expect(lines.at(-1)).not.toBe('的批复');
  });

  it('keeps a title that fits on one line whole', () => {
    expect(composeTitle(['关于', '测试', '的通知'])).toBe('关于测试的通知');
  });

  it('numbers headings 一、 and （一）, restarting level 2 under each level 1, and lists 1. (7.3.3)', () => {
    const blocks = layOutBody([
      { kind: 'heading', level: 1, text: '甲' },
      { kind: 'heading', level: 2, text: '乙' },
      { kind: 'heading', level: 2, text: '丙' },
      { kind: 'heading', level: 1, text: '丁' },
      { kind: 'heading', level: 2, text: '戊' },
      { kind: 'list', items: ['a', 'b'] },
      { kind: 'list', numbering: 'chinese', items: ['c'] },
    ]);
    expect(blocks.map((b) => ('text' in b ? b.text : ''))).toEqual([
      '一、甲',
      '（一）乙',
      '（二）丙',
      '二、丁',
      '（一）戊',
      '1.a',
      '2.b',
      '一、c',
    ]);
  });

  it('places the date two characters right of the issuer, the issuer two characters from the right (7.3.5.2)', () => {
    expect(placeSignature('湖北省市场监督管理局', '2026年11月27日')).toEqual({ issuerRightChars: 2, dateRightChars: 3 });
    // A date longer than a short issuer: the date two characters in, the issuer moved left.
    expect(placeSignature('某局', '2026年11月27日')).toEqual({ issuerRightChars: 9, dateRightChars: 2 });
  });

  it('writes 抄送 with full-width commas and a full stop (7.4.2)', () => {
    expect(formatCc(['宜昌市市场监督管理局', '宜昌峡江计量检测有限公司'])).toBe('抄送：宜昌市市场监督管理局，宜昌峡江计量检测有限公司。');
  });
});

describe('assertRenderable', () => {
  const doc: OfficialDocument = {
    issuer: '湖北省市场监督管理局',
    issuerMark: '湖北省市场监督管理局文件',
    docNumber: { agency: '鄂市监量', year: 2026, serial: 7 },
    title: '关于测试的通知',
    recipients: ['某单位'],
    body: [{ kind: 'table', columns: [{ header: '甲' }, { header: '乙' }], rows: [['1', '2'], ['3']] }],
    signature: { issuer: '湖北省市场监督管理局', date: '2026-11-27' },
    printedBy: { agency: '湖北省市场监督管理局办公室', date: '2026-11-27' },
  };

  it('refuses a table row with the wrong number of cells, naming the row', () => {
    expect(() => assertRenderable(doc)).toThrow(/表格第2行有1个单元格，应为2个/);
  });

  it('refuses a document without recipients (7.3.2)', () => {
    expect(() => assertRenderable({ ...doc, body: [], recipients: [] })).toThrow(/GB\/T 9704-2012 7\.3\.2/);
  });
});
