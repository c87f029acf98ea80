import { describe, expect, it } from 'vitest';
import { collectText } from './document-text.test-support.ts';
import { buildEstablishmentNotice } from './establishment-notice.template.ts';
import { sampleBaseEstablishmentNotice, sampleCentreEstablishmentNotice } from './sample-documents.fixture.ts';

describe('buildEstablishmentNotice (同意成立的通知)', () => {
  it('CM-18: agrees to establish the centre, with its certificate number', () => {
    const doc = buildEstablishmentNotice(sampleCentreEstablishmentNotice);
    const text = collectText(doc);
    expect(doc.title.replace(/\n/g, '')).toBe('湖北省市场监督管理局关于同意成立湖北省楚天碳计量中心的通知');
    expect(text).toContain('第十八条规定，经研究，同意成立湖北省楚天碳计量中心（以下简称中心），证书编号：鄂碳计量中心证字〔2026〕第1号');
    expect(text).toContain('考核得分为88.5分（鄂市监量〔2026〕49号）');
    expect(doc.articles).toEqual(['CM-18', 'CM-19', 'CM-21', 'CM-22', 'CM-23', 'CM-24']);
  });

  it('BM-19: a base is established under its own article', () => {
    const doc = buildEstablishmentNotice(sampleBaseEstablishmentNotice);
    expect(collectText(doc)).toContain('第十九条规定，经研究，同意成立湖北省襄阳汽车产业计量数据建设应用基地（以下简称基地）');
    expect(doc.articles).toEqual(['BM-19', 'BM-20', 'BM-21', 'BM-23', 'BM-24']);
  });

  it('CM-19 / BM-20: annual report every November; the major changes differ (关键测量设备 / 技术服务能力)', () => {
    const centre = collectText(buildEstablishmentNotice(sampleCentreEstablishmentNotice));
    const base = collectText(buildEstablishmentNotice(sampleBaseEstablishmentNotice));
    expect(centre).toContain(
      '中心应当于每年11月向我局书面报送年度工作总结报告；组织结构或性质、关键测量设备、主要基础设施等发生重大变化时',
    );
    expect(base).toContain('组织结构或性质、技术服务能力、主要基础设施等发生重大变化时，应当及时向我局报告（《办法》第二十条）');
  });

  it('CM-21: only a centre signs the confidentiality agreement; a base has no such article', () => {
    expect(collectText(buildEstablishmentNotice(sampleCentreEstablishmentNotice))).toContain('数据安全保密协议');
    expect(collectText(buildEstablishmentNotice(sampleBaseEstablishmentNotice))).not.toContain('保密协议');
  });

  it('CM-22 / BM-21: a centre answers for its certificates and reports, a base for its products', () => {
    expect(collectText(buildEstablishmentNotice(sampleCentreEstablishmentNotice))).toContain(
      '检定证书、校准证书和测试报告的真实性和公正性负责',
    );
    expect(collectText(buildEstablishmentNotice(sampleBaseEstablishmentNotice))).toContain(
      '对提供的产品的合法性和真实性负责，并承担相应的法律责任；存在严重违法违规情况的，由我局撤销其资格（《办法》第二十一条）',
    );
  });

  it('CM-20 / BM-22: asks the local bureau to supervise, when there is one', () => {
    expect(collectText(buildEstablishmentNotice(sampleBaseEstablishmentNotice))).toContain(
      '请襄阳市市场监督管理局加强对基地的日常监督管理',
    );
    expect(collectText(buildEstablishmentNotice(sampleCentreEstablishmentNotice))).not.toContain('日常监督管理');
  });

  it('CM-18: refuses to establish a unit that scored below 80', () => {
    const assessment = { ...sampleCentreEstablishmentNotice.assessment, score: 79.5 };
    expect(() => buildEstablishmentNotice({ ...sampleCentreEstablishmentNotice, assessment })).toThrow(/CM-18.*79\.5/);
  });

  it('CM-18: refuses a notice without a certificate number', () => {
    expect(() => buildEstablishmentNotice({ ...sampleCentreEstablishmentNotice, certificateNumber: ' ' })).toThrow(/证书编号/);
  });

  it('CM-24: the first re-review falls within five years of establishment', () => {
    expect(() => buildEstablishmentNotice({ ...sampleCentreEstablishmentNotice, firstReReviewBy: '2031-12-16' })).toThrow(/CM-24/);
    expect(collectText(buildEstablishmentNotice(sampleCentreEstablishmentNotice))).toContain(
      '每五年组织一次复查，首次复查于2031年12月15日前进行',
    );
  });
});
