import { describe, expect, it } from 'vitest';
import { collectText, findTables } from './document-text.test-support.ts';
import { buildRectificationNotice } from './rectification-notice.template.ts';
import { sampleBaseRectificationNotice, sampleCentreRectificationNotice } from './sample-documents.fixture.ts';

describe('buildRectificationNotice (整改通知书)', () => {
  it('CM-17: states both failing scores, lists the findings and sets the deadline', () => {
    const doc = buildRectificationNotice(sampleCentreRectificationNotice);
    const text = collectText(doc);
    expect(text).toContain('考核得分为74分，低于80分');
    expect(text).toContain('得分为76.5分，仍未达到80分，现场考核结论为不合格');
    expect(text).toContain('依据《办法》第十七条规定，现向你单位下达整改通知书');
    expect(text).toContain('于2030年8月31日前完成整改（整改期限不超过一年）');
    expect(text).toContain('整改不合格的，取消你单位筹建资格');
    expect(findTables(doc)[0]?.rows).toHaveLength(3);
    expect(doc.articles).toEqual(['CM-16', 'CM-17']);
  });

  it('BM-18: a base is notified under its own articles (第十七条 scoring, 第十八条 notice)', () => {
    const text = collectText(buildRectificationNotice(sampleBaseRectificationNotice));
    expect(text).toContain('按照《办法》第十七条规定限期3个月整改后');
    expect(text).toContain('依据《办法》第十八条规定');
  });

  it('CM-17: refuses a rectification period longer than one year', () => {
    expect(() => buildRectificationNotice({ ...sampleCentreRectificationNotice, rectificationDeadline: '2030-11-06' })).toThrow(
      /整改期限不超过一年.*（CM-17）/,
    );
    expect(buildRectificationNotice({ ...sampleCentreRectificationNotice, rectificationDeadline: '2030-11-05' }).title).toContain(
      '整改通知书',
    );
  });

  it('CM-17: one year from 29 February ends on 28 February', () => {
    const leap = {
      ...sampleCentreRectificationNotice,
      issue: { serial: 9, date: '2028-02-29' },
      assessment: { firstScore: 70, assessedOn: '2027-10-10', rescore: 75, rescoredOn: '2028-02-20' },
    };
    expect(() => buildRectificationNotice({ ...leap, rectificationDeadline: '2029-02-28' })).not.toThrow();
    expect(() => buildRectificationNotice({ ...leap, rectificationDeadline: '2029-03-01' })).toThrow(/CM-17/);
  });

  it('CM-16: refuses a notice to a unit whose score or re-score reached 80', () => {
    const passed = { ...sampleCentreRectificationNotice.assessment, rescore: 80 };
    expect(() => buildRectificationNotice({ ...sampleCentreRectificationNotice, assessment: passed })).toThrow(/CM-16/);
  });

  it('CM-17: refuses a notice without findings', () => {
    expect(() => buildRectificationNotice({ ...sampleCentreRectificationNotice, findings: [] })).toThrow(/至少应列明一项存在的问题/);
  });
});
