import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reviewGb17167 } from '@jiliang/calc';
import { parseGb17167ReviewInput, type EnergyReview } from '@jiliang/shared';
import { draftFindings } from '../energy/review-findings.ts';
import { collectText, findTables } from './document-text.test-support.ts';
import { buildEnergyReviewReport, type EnergyReviewReportInput } from './energy-review-report.template.ts';
import { formatDocNumber } from './official-document.ts';
import { renderDocx } from './docx-renderer.ts';
import { readZipEntries } from './zip-entries.test-support.ts';

/** The review report (issue 8; CM-6(6)) from the documented example files (docs/formats/examples). */
const example = (name: string) =>
  reviewGb17167(
    parseGb17167ReviewInput(JSON.parse(readFileSync(new URL(`../../../../../docs/formats/examples/${name}`, import.meta.url), 'utf8'))),
  );

const reportOf = (result: EnergyReview['result'], overrides: Partial<EnergyReviewReportInput['review']> = {}): EnergyReviewReportInput => ({
  review: {
    enterpriseName: result.enterprise.name,
    reviewerName: '湖北省楚天碳计量中心',
    reviewDate: result.reviewDate,
    serial: 3,
    result,
    snapshot: { placements: [], reviewInput: null, request: null },
    rectifications: draftFindings(result)
      .filter((d) => d.verdict === 'fail')
      .map((d, i) => ({
        id: `00000000-0000-4000-8000-00000000000${i}`,
        reviewId: '00000000-0000-4000-8000-000000000000',
        findingId: '00000000-0000-4000-8000-000000000000',
        enterpriseId: '00000000-0000-4000-8000-000000000000',
        seq: i + 1,
        problem: d.text,
        requirement: d.requirement ?? '',
        status: i === 0 ? 'in_progress' : 'open',
        dueOn: '2026-02-20',
        evidence: null,
        closedAt: null,
        closedBy: null,
        version: 1,
        events: [],
      })),
    ...overrides,
  },
});

describe('buildEnergyReviewReport (能源计量审查报告)', () => {
  it('CM-6(6), GB 17167-2006 表1: a failing review states the score, the reasons, every rate and the rectification items', () => {
    const result = example('gb17167-review-fail.json');
    const doc = buildEnergyReviewReport(reportOf(result));
    const text = collectText(doc);
    expect(formatDocNumber(doc.docNumber)).toBe('能计审〔2025〕3号');
    expect(doc.title.replace(/\n/g, '')).toBe('湖北示例建材有限公司能源计量审查报告');
    expect(doc.recipients).toEqual(['湖北示例建材有限公司']);
    expect(doc.signature).toEqual({ issuer: '湖北省楚天碳计量中心', date: '2025-11-20' });
    expect(text).toContain(`总分${result.score.total}分（合格线80分），审查结论：不合格`);
    for (const reason of result.reasons.slice(0, 2)) expect(text).toContain(reason);
    const [, rates, , , rectification] = findTables(doc);
    expect(rates?.rows).toHaveLength(result.findings.length);
    expect(rates?.rows.some((row) => row[6]?.startsWith('不符合'))).toBe(true);
    expect(rectification?.rows.map((r) => r[4])).toEqual(['整改中', ...Array(rectification!.rows.length - 1).fill('待整改')]);
    expect(text).toContain('于2026年2月20日前完成');
  });

  it('a passing review says so and asks for no rectification', () => {
    const result = example('gb17167-review-pass.json');
    const text = collectText(buildEnergyReviewReport(reportOf(result, { reviewerName: null })));
    expect(result.verdict).toBe('pass');
    expect(text).toContain('审查结论：合格');
    expect(text).toContain('本次审查未发现需要整改的问题');
    // Without a reviewer, the review team signs.
    expect(text).toContain('能源计量审查组于');
  });

  it('GB 17167-2025 in force but not entered: the report says which tables were applied', () => {
    const result = { ...example('gb17167-review-pass.json'), editionRequested: 'GB 17167-2025', editionApplied: 'GB 17167-2006' };
    expect(collectText(buildEnergyReviewReport(reportOf(result)))).toContain(
      '审查日现行版本为GB 17167-2025，其表格尚未录入，暂按GB 17167-2006表格审查',
    );
  });

  it('renders as a DOCX whose document.xml carries the findings', async () => {
    const docx = await renderDocx(buildEnergyReviewReport(reportOf(example('gb17167-review-fail.json'))));
    const xml = readZipEntries(docx).get('word/document.xml')?.toString('utf8') ?? '';
    expect(xml).toContain('能源计量器具配备率');
    expect(xml).toContain('整改要求');
  });

  it('refuses an impossible review date (ISO 8601)', () => {
    expect(() => buildEnergyReviewReport(reportOf(example('gb17167-review-pass.json'), { reviewDate: '2026-02-30' }))).toThrow(
      /2026-02-30/,
    );
  });
});
