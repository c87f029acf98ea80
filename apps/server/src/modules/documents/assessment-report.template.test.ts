import { describe, expect, it } from 'vitest';
import { buildAssessmentReport, decideAssessmentConclusion, type AssessmentReportInput } from './assessment-report.template.ts';
import { totalScores } from './assessment-scoring.ts';
import { collectText, findTables } from './document-text.test-support.ts';
import {
  BASE_SCORE_ITEMS,
  CENTRE_SCORE_ITEMS,
  sampleBaseAssessmentReport,
  sampleCentreAssessmentReport,
} from './sample-documents.fixture.ts';

/** A first-round centre report whose items score `total` in all (weights as in the sample). */
const firstRound = (scores: number[], extra: Partial<AssessmentReportInput> = {}): AssessmentReportInput => ({
  ...sampleCentreAssessmentReport,
  round: 'first',
  previousScore: undefined,
  scoring: { items: CENTRE_SCORE_ITEMS.map((item, i) => ({ ...item, score: scores[i] ?? 0 })) },
  ...extra,
});
const PASSING = [9, 9, 13, 13, 17, 8, 8, 9]; // 86

describe('buildAssessmentReport (验收评审报告)', () => {
  it('CM-16: refuses weights that do not sum to 100, naming the rule', () => {
    const items = CENTRE_SCORE_ITEMS.map((item, i) => (i === 0 ? { ...item, weight: 15 } : item));
    const build = () => buildAssessmentReport({ ...sampleCentreAssessmentReport, scoring: { items } });
    expect(build).toThrow(/CM-16/);
    expect(build).toThrow(/各考核项目分值之和应为满分100分，现为105分/);
    expect(build).toThrow(/the item weights must sum to the full mark of 100, they sum to 105/);
  });

  it('BM-17: a base with weights summing to 90 is refused under its own article', () => {
    const items = BASE_SCORE_ITEMS.slice(1);
    expect(() => buildAssessmentReport({ ...sampleBaseAssessmentReport, scoring: { items } })).toThrow(/现为90分（BM-17）/);
  });

  it('CM-16: refuses a score above its item weight, and one with two decimals', () => {
    expect(() =>
      totalScores('carbon_metrology_centre', [
        { name: '甲', weight: 10, score: 10.5 },
        { name: '乙', weight: 90, score: 0 },
      ]),
    ).toThrow(/超过其分值10（CM-16）/);
    expect(() => totalScores('carbon_metrology_centre', [{ name: '甲', weight: 100, score: 80.25 }])).toThrow(/最多一位小数/);
    expect(totalScores('carbon_metrology_centre', CENTRE_SCORE_ITEMS)).toBe(76.5);
  });

  it('CM-16, CM-17: 80 or more passes; below 80 depends on the round', () => {
    expect(decideAssessmentConclusion('first', 80)).toBe('pass');
    expect(decideAssessmentConclusion('first', 79.9)).toBe('rectify_within_3_months');
    expect(decideAssessmentConclusion('after_rectification', 80)).toBe('pass');
    expect(decideAssessmentConclusion('after_rectification', 79.5)).toBe('fail_issue_notice');
    expect(decideAssessmentConclusion('reassessment', 82)).toBe('pass_after_notice');
    expect(decideAssessmentConclusion('reassessment', 74)).toBe('fail_cancel_qualification');
  });

  it('CM-16: tabulates items, weights and scores with the total, and concludes', () => {
    const doc = buildAssessmentReport(sampleCentreAssessmentReport);
    const scores = findTables(doc).find((t) => t.caption === '验收考核评分表');
    expect(scores?.columns.map((c) => c.header)).toEqual(['序号', '考核项目', '分值', '得分', '评分说明']);
    expect(scores?.rows).toHaveLength(CENTRE_SCORE_ITEMS.length + 1);
    expect(scores?.rows.at(-1)).toEqual(['', '合计', '100', '76.5', '']);
    const text = collectText(doc);
    expect(text).toContain(
      '整改后考核得分为76.5分，仍未达到80分。依据《办法》第十六条规定，现场考核结论为不合格。我局将依据《办法》第十七条规定下达整改通知书。',
    );
    expect(text).toContain('按照《湖北省碳计量中心验收评审细则》');
    expect(doc.articles).toEqual(['CM-14', 'CM-15', 'CM-16']);
  });

  it('CM-16: a pass recommends establishment under CM-18', () => {
    const text = collectText(buildAssessmentReport(firstRound(PASSING)));
    expect(text).toContain('考核得分为86分，达到80分及以上。依据《办法》第十六条规定，现场考核结论为合格。');
    expect(text).toContain('按照《办法》第十八条规定，同意成立湖北省宜昌磷化工与水电碳计量中心');
  });

  it('CM-16: a first score below 80 needs a rectification deadline within 3 months', () => {
    const failing = [8, 8, 12, 12, 16, 7, 7, 8]; // 78
    expect(() => buildAssessmentReport(firstRound(failing))).toThrow(/限期3个月整改：应写明整改期限，不晚于2030-01-22（CM-16）/);
    expect(() => buildAssessmentReport(firstRound(failing, { rectificationDueOn: '2030-01-23' }))).toThrow(/CM-16/);
    const text = collectText(buildAssessmentReport(firstRound(failing, { rectificationDueOn: '2030-01-22' })));
    expect(text).toContain('考核得分为78分，低于80分。依据《办法》第十六条规定，请你单位限期3个月整改，于2030年1月22日前完成整改');
  });

  it('CM-15: a centre report records the random sampling — share, seed and the items drawn', () => {
    const doc = buildAssessmentReport(sampleCentreAssessmentReport);
    const text = collectText(doc);
    expect(text).toContain('考核组按20%的比例随机抽查了检定校准项目和关键参数测量项目');
    expect(text).toContain('已登记检定校准项目18项，抽查4项；关键参数测量项目9项，抽查2项。随机数种子为“CM-15/2029-10-21/7f3a9c”');
    expect(findTables(doc).find((t) => t.caption === '随机抽查项目')?.rows).toHaveLength(6);
    expect(() => buildAssessmentReport({ ...sampleCentreAssessmentReport, sampling: undefined })).toThrow(/随机抽查.*（CM-15）/);
  });

  it('BM-16: a base has no sampling rule; a sampling record is refused', () => {
    const sampling = sampleCentreAssessmentReport.sampling;
    expect(() => buildAssessmentReport({ ...sampleBaseAssessmentReport, sampling })).toThrow(/BM-16.*CM-15/);
    expect(collectText(buildAssessmentReport(sampleBaseAssessmentReport))).not.toContain('随机抽查');
  });

  it('CM-14: the panel works under its team leader', () => {
    const doc = buildAssessmentReport(sampleCentreAssessmentReport);
    expect(findTables(doc)[0]?.rows[0]).toEqual(['1', '王建国', '江城能源计量研究所', '正高级工程师', '组长']);
    expect(collectText(doc)).toContain('实行组长负责制（《办法》第十四条），组长为王建国');
  });

  it('BM-18: a re-assessment after a notice names the notice and passes to acceptance', () => {
    const doc = buildAssessmentReport(sampleBaseAssessmentReport);
    const text = collectText(doc);
    expect(text).toContain('按照整改通知书（鄂市监量〔2030〕33号）完成整改');
    expect(text).toContain('整改后现场考核得分为86.5分，达到80分及以上，整改合格。依据《办法》第十八条规定，通过现场验收。');
    expect(doc.articles).toEqual(['BM-15', 'BM-16', 'BM-17', 'BM-18']);
    expect(() => buildAssessmentReport({ ...sampleBaseAssessmentReport, rectificationNotice: undefined })).toThrow(/BM-18/);
  });
});
