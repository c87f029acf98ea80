import { describe, expect, it } from 'vitest';
import { buildApprovalDocument } from './approval-document.template.ts';
import { collectText } from './document-text.test-support.ts';
import { formatDocNumber } from './official-document.ts';
import { CHUTIAN_CENTRE, sampleBaseApproval, sampleCentreApproval } from './sample-documents.fixture.ts';

describe('buildApprovalDocument (批准筹建的批复)', () => {
  it('CM-10: approves preparation of a centre, citing 第十条, with the task book attached', () => {
    const doc = buildApprovalDocument(sampleCentreApproval);
    const text = collectText(doc);
    expect(formatDocNumber(doc.docNumber)).toBe('鄂市监量〔2026〕7号');
    expect(doc.title.replace(/\n/g, '')).toBe(
      '湖北省市场监督管理局关于同意宜昌市峡州计量检定测试院等单位联合筹建湖北省宜昌磷化工与水电碳计量中心的批复',
    );
    expect(text).toContain('《湖北省碳计量中心建设管理办法》（以下简称《办法》）第十条规定');
    expect(text).toContain('经宜昌市市场监督管理局资料审核合格后');
    expect(text).toContain('筹建期限自本批复印发之日起至2029年11月27日止');
    expect(text).toContain('（鄂市监量〔2026〕8号，以下简称《筹建任务书》）');
    expect(text).toContain('此复。');
    expect(doc.attachments).toEqual(['湖北省宜昌磷化工与水电碳计量中心筹建任务书']);
    expect(doc.recipients).toEqual(['宜昌市峡州计量检定测试院']);
    expect(doc.cc).toEqual(['宜昌市市场监督管理局', '宜昌峡江计量检测有限公司']);
    expect(doc.articles).toEqual(['CM-10', 'CM-11', 'CM-12', 'CM-13']);
    expect(doc.note).toBe('此件依申请公开');
  });

  it('BM-11: a base is approved under its own Measures, 第十一条, with 第十二条 to 第十四条 for preparation', () => {
    const doc = buildApprovalDocument(sampleBaseApproval);
    const text = collectText(doc);
    expect(text).toContain('《湖北省计量数据建设应用基地建设管理办法》（以下简称《办法》）第十一条规定');
    expect(text).toContain('《湖北省计量数据建设应用基地申报书》');
    expect(text).toContain('（《办法》第十二条）');
    expect(text).toContain('（《办法》第十三条、第十四条）');
    expect(text).not.toContain('碳计量中心');
    expect(doc.articles).toEqual(['BM-11', 'BM-12', 'BM-13', 'BM-14']);
  });

  it('CM-8, CM-12: a direct applicant skips the local review and files for acceptance straight with the Province', () => {
    const doc = buildApprovalDocument({ ...sampleCentreApproval, party: CHUTIAN_CENTRE, request: undefined });
    const text = collectText(doc);
    expect(text).toContain('你单位作为中央驻鄂单位或省属企事业单位直接提出筹建申请');
    expect(text).toContain('可直接向我局提交书面验收申请');
    expect(text).not.toContain('资料审核合格');
    expect(doc.cc).toBeUndefined();
  });

  it('CM-11: refuses a preparation deadline more than 3 years after approval', () => {
    expect(() => buildApprovalDocument({ ...sampleCentreApproval, preparationDeadline: '2029-11-28' })).toThrow(/CM-11/);
    expect(() => buildApprovalDocument({ ...sampleBaseApproval, preparationDeadline: '2030-03-19' })).toThrow(/BM-12/);
  });

  it('CM-10: refuses an approval dated before the deliberation', () => {
    expect(() => buildApprovalDocument({ ...sampleCentreApproval, deliberation: { body: '局长办公会', on: '2026-11-28' } })).toThrow(
      /CM-10.*deliberation/,
    );
  });

  it('CM-8: an application reviewed by the local bureau must name the bureau', () => {
    const party = { ...sampleCentreApproval.party, localBureau: undefined };
    expect(() => buildApprovalDocument({ ...sampleCentreApproval, party })).toThrow(/所在地市场监管部门/);
  });
});
