/**
 * 验收评审报告 — the acceptance assessment report (CM-14..16 / BM-15..17, and CM-17 / BM-18 for the
 * re-assessment after a rectification notice). The expert panel, under its team leader (CM-14),
 * reviews on site: opening meeting, on-site check item by item — for a centre with random sampling
 * of the verification/calibration items and key-parameter measurement items (CM-15; a base has no
 * such rule, BM-16) — an optional collective review, and the closing meeting with the unit's
 * opinion. The score is out of 100 with weights summing to 100; 80 or more passes (CM-16).
 */
import { FULL_MARK, PASS_MARK, formatScore, totalScores, type ScoreItem } from './assessment-scoring.ts';
import { citeArticle, citeMeasuresZh, formatArticleZh, getMeasuresProfile } from './measures-citation.ts';
import {
  addCalendarMonths,
  composeTitle,
  splitInstitutionName,
  formatChineseDate,
  formatDocNumber,
  parseCalendarDate,
  refuseDocument,
  type BodyBlock,
  type CalendarDate,
  type DocNumber,
  type OfficialDocument,
} from './official-document.ts';
import { checkParty, createProvinceDocument, introduceMeasures, type DocumentIssue, type InstitutionParty } from './province-issuer.ts';

/**
 * 'first': the acceptance assessment (CM-16); 'after_rectification': the re-score after the 3-month
 * rectification (CM-16); 'reassessment': the on-site assessment after a rectification notice (CM-17).
 */
export type AssessmentRound = 'first' | 'after_rectification' | 'reassessment';

export type PanelMember = { name: string; affiliation: string; title: string };

/** CM-15: the random draw, recorded so that anyone can reproduce it from the registered items, the share and the seed. */
export type AssessmentSampling = {
  /** Share of the registered items drawn, 0 < share ≤ 1, e.g. 0.2. */
  share: number;
  /** The random seed of the draw. */
  seed: string;
  verificationCalibration: { registered: number; drawn: string[] };
  keyParameter: { registered: number; drawn: string[] };
};

export type AssessmentReportInput = {
  issue: DocumentIssue;
  party: InstitutionParty;
  round: AssessmentRound;
  onSiteReview: { from: CalendarDate; to: CalendarDate };
  panel: { leader: PanelMember; members: PanelMember[] };
  meetings: {
    /** 首次会议: the summary report heard, the key checks assigned. */
    opening: string;
    /** 现场核查: how the items were verified. */
    onSiteCheck: string;
    /** 集中评议, when the team leader called one. */
    collectiveReview?: string;
    /** 末次会议: the unit's opinion on the results. */
    unitOpinion: string;
  };
  /** Required for a centre (CM-15); refused for a base (BM-16 has no sampling rule). */
  sampling?: AssessmentSampling;
  scoring: { items: ScoreItem[] };
  /** Round 'first' below 80: the end of the 3-month rectification (CM-16). */
  rectificationDueOn?: CalendarDate;
  /** Round 'after_rectification': the score of the first assessment. Round 'reassessment': the notice's score is not repeated. */
  previousScore?: number;
  /** Round 'reassessment': the rectification notice it follows (CM-17). */
  rectificationNotice?: DocNumber;
};

export type AssessmentConclusion =
  'pass' | 'rectify_within_3_months' | 'fail_issue_notice' | 'fail_cancel_qualification' | 'pass_after_notice';

/** The outcome the report states (CM-16, CM-17): ≥ 80 passes; below 80 depends on the round. */
export const decideAssessmentConclusion = (round: AssessmentRound, total: number): AssessmentConclusion => {
  if (total >= PASS_MARK) return round === 'reassessment' ? 'pass_after_notice' : 'pass';
  if (round === 'first') return 'rectify_within_3_months';
  return round === 'after_rectification' ? 'fail_issue_notice' : 'fail_cancel_qualification';
};

const checkSampling = (input: AssessmentReportInput, samplingRule: string): void => {
  const type = input.party.institutionType;
  const s = input.sampling;
  if (type === 'data_application_base') {
    if (s) {
      refuseDocument(
        samplingRule,
        '随机抽查检定校准项目和关键参数测量项目是碳计量中心验收的要求（CM-15），计量数据建设应用基地的现场审查没有此项',
        'random sampling of verification/calibration and key-parameter items is a centre rule (CM-15); a base has none',
        'sampling',
      );
    }
    return;
  }
  if (!s) {
    refuseDocument(
      samplingRule,
      '碳计量中心现场核查应随机抽查一定比例的检定校准项目和关键参数测量项目，报告须写明抽查比例和随机数种子',
      'an on-site check of a centre must randomly sample verification/calibration and key-parameter items; give the share and the seed',
      'sampling',
    );
    return;
  }
  if (!(s.share > 0 && s.share <= 1) || s.seed.trim() === '') {
    refuseDocument(
      samplingRule,
      '抽查比例应在0至1之间，并应记录随机数种子',
      'the share must be in (0, 1] and the seed recorded',
      'sampling',
    );
  }
  for (const [key, group] of [
    ['verificationCalibration', s.verificationCalibration],
    ['keyParameter', s.keyParameter],
  ] as const) {
    if (group.drawn.length > group.registered || (group.registered > 0 && group.drawn.length === 0)) {
      refuseDocument(
        samplingRule,
        `抽查项目数应在1至登记项目数（${group.registered}项）之间，现为${group.drawn.length}项`,
        `between 1 and the ${group.registered} registered items must be drawn, got ${group.drawn.length}`,
        `sampling.${key}`,
      );
    }
  }
};

const formatPercent = (share: number): string => `${Math.round(share * 1000) / 10}%`;

/** Builds the acceptance assessment report (验收评审报告) for a centre (CM-14..17) or a base (BM-15..18). */
export const buildAssessmentReport = (input: AssessmentReportInput): OfficialDocument => {
  const { issue, party, round } = input;
  const type = party.institutionType;
  const profile = getMeasuresProfile(type);
  const panelRule = citeArticle(type, 'assessmentPanel');
  const reviewRule = citeArticle(type, 'onSiteReview');
  const scoringRule = citeArticle(type, 'scoring');
  const noticeRule = citeArticle(type, 'rectificationNotice');
  checkParty(party, scoringRule);
  parseCalendarDate(input.onSiteReview.from, 'onSiteReview.from');
  parseCalendarDate(input.onSiteReview.to, 'onSiteReview.to');
  if (input.onSiteReview.to < input.onSiteReview.from || issue.date < input.onSiteReview.to) {
    refuseDocument(
      reviewRule,
      '现场审查日期应在报告日期之前且起止有序',
      'the on-site review must end before the report and after it starts',
      'onSiteReview',
    );
  }
  if (input.panel.leader.name.trim() === '') {
    refuseDocument(panelRule, '专家组实行组长负责制，应写明组长', 'the panel works under a team leader; name the leader', 'panel.leader');
  }
  checkSampling(input, reviewRule);
  const total = totalScores(type, input.scoring.items);
  const conclusion = decideAssessmentConclusion(round, total);
  if (conclusion === 'rectify_within_3_months') {
    const due = input.rectificationDueOn;
    const latest = addCalendarMonths(input.onSiteReview.to, 3);
    if (due !== undefined) parseCalendarDate(due, 'rectificationDueOn');
    if (due === undefined || due <= input.onSiteReview.to || due > latest) {
      refuseDocument(
        scoringRule,
        `得分低于${PASS_MARK}分的，限期3个月整改：应写明整改期限，不晚于${latest}`,
        `a score below ${PASS_MARK} gets 3 months to rectify: give the deadline, no later than ${latest}`,
        'rectificationDueOn',
      );
    }
  }
  if (round === 'reassessment' && !input.rectificationNotice) {
    refuseDocument(
      noticeRule,
      '整改后的现场考核应写明所依据的整改通知书',
      'a re-assessment must name the rectification notice it follows',
      'rectificationNotice',
    );
  }

  const period =
    input.onSiteReview.from === input.onSiteReview.to
      ? formatChineseDate(input.onSiteReview.from)
      : `${formatChineseDate(input.onSiteReview.from)}至${formatChineseDate(input.onSiteReview.to)}`;
  const rules = profile.assessmentRules ? `按照${profile.assessmentRules}` : '按照考核内容';
  const intro: Record<AssessmentRound, string> = {
    first:
      `根据${introduceMeasures(type)}${formatArticleZh(type, 'assessmentPanel')}规定，我局对你单位提交的${party.institutionName}（以下简称${profile.shortName}）验收申请进行了初步审查，认为符合验收要求，` +
      `组织专家组${rules}于${period}对${profile.shortName}进行了现场验收考核。现将评审情况报告如下：`,
    after_rectification:
      `根据${introduceMeasures(type)}${formatArticleZh(type, 'scoring')}规定，你单位筹建的${party.institutionName}（以下简称${profile.shortName}）现场验收考核得分${input.previousScore !== undefined ? `为${formatScore(input.previousScore)}分，` : ''}低于${PASS_MARK}分，经限期3个月整改后，` +
      `专家组${rules}于${period}进行了整改后复核评分。现将评审情况报告如下：`,
    reassessment:
      `根据${introduceMeasures(type)}${formatArticleZh(type, 'rectificationNotice')}规定，你单位按照整改通知书（${input.rectificationNotice ? formatDocNumber(input.rectificationNotice) : ''}）完成整改并报告整改结果后，` +
      `我局组织专家组${rules}于${period}对${party.institutionName}（以下简称${profile.shortName}）进行了现场考核。现将评审情况报告如下：`,
  };

  const members = [input.panel.leader, ...input.panel.members];
  const sampling = input.sampling;
  const samplingBlocks: BodyBlock[] = sampling
    ? [
        {
          kind: 'paragraph',
          text:
            `按照${citeMeasuresZh(type, 'onSiteReview')}规定，为准确反映${profile.shortName}的实际技术能力，考核组按${formatPercent(sampling.share)}的比例随机抽查了检定校准项目和关键参数测量项目：` +
            `已登记检定校准项目${sampling.verificationCalibration.registered}项，抽查${sampling.verificationCalibration.drawn.length}项；` +
            `关键参数测量项目${sampling.keyParameter.registered}项，抽查${sampling.keyParameter.drawn.length}项。随机数种子为“${sampling.seed}”，依据登记项目清单、抽查比例和种子可复现抽取结果。`,
        },
        {
          kind: 'table',
          caption: '随机抽查项目',
          columns: [
            { header: '序号', width: 0.6, align: 'center' },
            { header: '类别', width: 1.6, align: 'center' },
            { header: '项目名称', width: 4.4 },
          ],
          rows: [
            ...sampling.verificationCalibration.drawn.map((name) => ['检定校准项目', name]),
            ...sampling.keyParameter.drawn.map((name) => ['关键参数测量项目', name]),
          ].map((row, i) => [String(i + 1), ...row]),
        },
      ]
    : [];

  const score = formatScore(total);
  const conclusionText: Record<AssessmentConclusion, string> = {
    pass: `考核得分为${score}分，达到${PASS_MARK}分及以上。依据${citeMeasuresZh(type, 'scoring')}规定，现场考核结论为合格。专家组建议按照${citeMeasuresZh(type, 'establishment')}规定，同意成立${party.institutionName}。`,
    rectify_within_3_months: `考核得分为${score}分，低于${PASS_MARK}分。依据${citeMeasuresZh(type, 'scoring')}规定，请你单位限期3个月整改，于${formatChineseDate(input.rectificationDueOn ?? issue.date)}前完成整改并书面报告整改情况，由考核组重新评分。`,
    fail_issue_notice: `整改后考核得分为${score}分，仍未达到${PASS_MARK}分。依据${citeMeasuresZh(type, 'scoring')}规定，现场考核结论为不合格。我局将依据${citeMeasuresZh(type, 'rectificationNotice')}规定下达整改通知书。`,
    pass_after_notice: `整改后现场考核得分为${score}分，达到${PASS_MARK}分及以上，整改合格。依据${citeMeasuresZh(type, 'rectificationNotice')}规定，通过现场验收。专家组建议按照${citeMeasuresZh(type, 'establishment')}规定，同意成立${party.institutionName}。`,
    fail_cancel_qualification: `整改后现场考核得分为${score}分，仍未达到${PASS_MARK}分，整改不合格。依据${citeMeasuresZh(type, 'rectificationNotice')}规定，对整改不合格的申请单位取消其筹建资格。`,
  };

  const body: BodyBlock[] = [
    { kind: 'paragraph', text: intro[round] },
    { kind: 'heading', level: 1, text: '考核组组成' },
    {
      kind: 'paragraph',
      text: `考核组由${members.length}名相关专业的技术专家组成，实行组长负责制（${citeMeasuresZh(type, 'assessmentPanel')}），组长为${input.panel.leader.name}。考核组成员如下：`,
    },
    {
      kind: 'table',
      columns: [
        { header: '序号', width: 0.6, align: 'center' },
        { header: '姓名', width: 1.1, align: 'center' },
        { header: '工作单位', width: 3.2 },
        { header: '职称', width: 1.5, align: 'center' },
        { header: '组内职务', width: 1.1, align: 'center' },
      ],
      rows: members.map((m, i) => [String(i + 1), m.name, m.affiliation, m.title, i === 0 ? '组长' : '成员']),
    },
    { kind: 'heading', level: 1, text: '现场审查情况' },
    { kind: 'heading', level: 2, text: '首次会议' },
    { kind: 'paragraph', text: input.meetings.opening },
    { kind: 'heading', level: 2, text: '现场核查' },
    { kind: 'paragraph', text: input.meetings.onSiteCheck },
    ...samplingBlocks,
    ...(input.meetings.collectiveReview
      ? [
          { kind: 'heading' as const, level: 2 as const, text: '集中评议' },
          { kind: 'paragraph' as const, text: input.meetings.collectiveReview },
        ]
      : []),
    { kind: 'heading', level: 2, text: '末次会议' },
    {
      kind: 'paragraph',
      text: `考核组在末次会议上通报了考核情况，并听取了被考核单位意见。被考核单位意见：${input.meetings.unitOpinion}`,
    },
    { kind: 'heading', level: 1, text: '考核评分' },
    {
      kind: 'paragraph',
      text: `考核组严格按照考核内容逐项评分，考核分值满分为${FULL_MARK}分（${citeMeasuresZh(type, 'scoring')}）。评分结果如下：`,
    },
    {
      kind: 'table',
      caption: '验收考核评分表',
      columns: [
        { header: '序号', width: 0.6, align: 'center' },
        { header: '考核项目', width: 2.6 },
        { header: '分值', width: 0.8, align: 'center' },
        { header: '得分', width: 0.8, align: 'center' },
        { header: '评分说明', width: 2.8 },
      ],
      rows: [
        ...input.scoring.items.map((item, i) => [
          String(i + 1),
          item.name,
          formatScore(item.weight),
          formatScore(item.score),
          item.remark ?? '',
        ]),
        ['', '合计', String(FULL_MARK), score, ''],
      ],
    },
    { kind: 'heading', level: 1, text: '考核结论' },
    { kind: 'paragraph', text: conclusionText[conclusion] },
    { kind: 'paragraph', text: `考核组组长：${input.panel.leader.name}`, align: 'right' },
  ];

  const titleSuffix: Record<AssessmentRound, string> = {
    first: '验收评审报告',
    after_rectification: '整改后复核评审报告',
    reassessment: '整改后现场考核评审报告',
  };
  return createProvinceDocument({
    issue,
    party,
    title: composeTitle([splitInstitutionName(party.institutionName), titleSuffix[round]]),
    body,
    articles: [panelRule, reviewRule, scoringRule, ...(round === 'reassessment' ? [noticeRule] : [])],
  });
};
