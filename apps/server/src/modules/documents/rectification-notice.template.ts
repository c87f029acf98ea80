/**
 * 整改通知书 — the rectification notice (CM-17 / BM-18). Issued to a unit whose on-site assessment
 * ended in "fail": below 80, rectified within 3 months, and still below 80 (CM-16 / BM-17). The unit
 * rectifies within the time the notice sets, at most one year, and reports; the Province assesses
 * on site again: pass → acceptance, fail → the preparation qualification is cancelled.
 */
import { PASS_MARK, checkScore, formatScore } from './assessment-scoring.ts';
import { citeArticle, citeMeasuresZh, formatArticleZh, getMeasuresProfile } from './measures-citation.ts';
import {
  addCalendarYears,
  composeTitle,
  splitInstitutionName,
  formatChineseDate,
  parseCalendarDate,
  refuseDocument,
  type CalendarDate,
  type OfficialDocument,
} from './official-document.ts';
import {
  HUBEI_PROVINCE_ISSUER,
  checkParty,
  createProvinceDocument,
  introduceMeasures,
  type DocumentIssue,
  type InstitutionParty,
} from './province-issuer.ts';

export type RectificationFinding = {
  /** 考核项目 the problem was found under, e.g. 量值溯源 */
  item: string;
  /** 存在问题 */
  problem: string;
  /** 整改要求 */
  requirement: string;
};

export type RectificationNoticeInput = {
  issue: DocumentIssue;
  party: InstitutionParty;
  /** The on-site assessment and the re-score after the 3-month rectification (CM-16), both below 80. */
  assessment: { firstScore: number; assessedOn: CalendarDate; rescore: number; rescoredOn: CalendarDate };
  findings: RectificationFinding[];
  /** 整改期限: at most one year from the notice (CM-17). */
  rectificationDeadline: CalendarDate;
};

/** Builds the rectification notice (整改通知书) for a centre (CM-17) or a base (BM-18). */
export const buildRectificationNotice = (input: RectificationNoticeInput): OfficialDocument => {
  const { issue, party, assessment } = input;
  const type = party.institutionType;
  const profile = getMeasuresProfile(type);
  const rule = citeArticle(type, 'rectificationNotice');
  const scoringRule = citeArticle(type, 'scoring');
  checkParty(party, rule);
  parseCalendarDate(assessment.assessedOn, 'assessment.assessedOn');
  parseCalendarDate(assessment.rescoredOn, 'assessment.rescoredOn');
  parseCalendarDate(input.rectificationDeadline, 'rectificationDeadline');
  checkScore(type, assessment.firstScore, 'assessment.firstScore');
  checkScore(type, assessment.rescore, 'assessment.rescore');
  if (assessment.firstScore >= PASS_MARK || assessment.rescore >= PASS_MARK) {
    refuseDocument(
      scoringRule,
      `整改通知书只下达给现场考核不合格的单位：考核得分和限期整改后的得分均应低于${PASS_MARK}分`,
      `a rectification notice goes only to a unit that failed: both the score and the re-score after rectification below ${PASS_MARK}`,
      'assessment',
    );
  }
  if (assessment.rescoredOn < assessment.assessedOn || issue.date < assessment.rescoredOn) {
    refuseDocument(
      rule,
      '日期顺序应为：现场考核、整改后复核、下达整改通知书',
      'the dates must run: on-site assessment, re-score after rectification, notice',
      'assessment.rescoredOn',
    );
  }
  if (input.findings.length === 0) {
    refuseDocument(rule, '整改通知书至少应列明一项存在的问题', 'a rectification notice must list at least one finding', 'findings');
  }
  const latest = addCalendarYears(issue.date, 1);
  if (input.rectificationDeadline <= issue.date || input.rectificationDeadline > latest) {
    refuseDocument(
      rule,
      `整改期限不超过一年：应在${issue.date}之后、不晚于${latest}，现为${input.rectificationDeadline}`,
      `the rectification period is at most one year: after ${issue.date} and no later than ${latest}, got ${input.rectificationDeadline}`,
      'rectificationDeadline',
    );
  }

  return createProvinceDocument({
    issue,
    party,
    title: composeTitle([HUBEI_PROVINCE_ISSUER.name, '关于', splitInstitutionName(party.institutionName), '验收考核的', '整改通知书']),
    body: [
      {
        kind: 'paragraph',
        text:
          `根据${introduceMeasures(type)}${formatArticleZh(type, 'assessmentPanel')}、${formatArticleZh(type, 'onSiteReview')}规定，我局组织专家组于${formatChineseDate(assessment.assessedOn)}对你单位筹建的${party.institutionName}（以下简称${profile.shortName}）进行了现场验收考核，考核得分为${formatScore(assessment.firstScore)}分，低于${PASS_MARK}分。` +
          `你单位按照《办法》${formatArticleZh(type, 'scoring')}规定限期3个月整改后，考核组于${formatChineseDate(assessment.rescoredOn)}重新评分，得分为${formatScore(assessment.rescore)}分，仍未达到${PASS_MARK}分，现场考核结论为不合格。`,
      },
      {
        kind: 'paragraph',
        text: `依据《办法》${formatArticleZh(type, 'rectificationNotice')}规定，现向你单位下达整改通知书，有关事项通知如下：`,
      },
      { kind: 'heading', level: 1, text: '存在的主要问题' },
      {
        kind: 'table',
        columns: [
          { header: '序号', width: 0.6, align: 'center' },
          { header: '考核项目', width: 1.5 },
          { header: '存在问题', width: 3 },
          { header: '整改要求', width: 3 },
        ],
        rows: input.findings.map((f, i) => [String(i + 1), f.item, f.problem, f.requirement]),
      },
      { kind: 'heading', level: 1, text: '整改期限和要求' },
      {
        kind: 'paragraph',
        text:
          `请你单位针对上述问题认真分析原因，制定整改方案，逐项落实整改措施，于${formatChineseDate(input.rectificationDeadline)}前完成整改（整改期限不超过一年），` +
          `并向我局书面报告整改结果，同时附整改措施落实情况及相关证明材料（${citeMeasuresZh(type, 'rectificationNotice')}）。`,
      },
      { kind: 'heading', level: 1, text: '后续处理' },
      {
        kind: 'paragraph',
        text: `我局收到整改报告后，将依据《办法》有关规定组织现场考核。整改合格的，通过现场验收；整改不合格的，取消你单位筹建资格（${citeMeasuresZh(type, 'rectificationNotice')}）。`,
      },
      ...(party.localBureau
        ? [
            {
              kind: 'paragraph' as const,
              text: `请${party.localBureau}督促指导你单位按期完成整改（${citeMeasuresZh(type, 'management')}）。`,
            },
          ]
        : []),
    ],
    articles: [scoringRule, rule],
  });
};
