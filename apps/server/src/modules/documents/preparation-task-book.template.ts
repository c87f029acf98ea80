/**
 * 筹建任务书 — the preparation task book (CM-10 / BM-11: issued with the approval document; CM-11 /
 * BM-12: the unit prepares according to it, normally within 3 years). Each task carries its
 * indicators and milestones with due dates, so progress reports and the acceptance assessment can
 * track it item by item.
 */
import { citeArticle, citeMeasuresZh, formatArticleZh, getMeasuresProfile } from './measures-citation.ts';
import {
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

export type PreparationMilestone = { description: string; dueOn: CalendarDate };

export type PreparationTask = {
  /** 建设任务, e.g. 建立磷化工行业碳排放计量数据库 */
  title: string;
  /** 考核指标: measurable, e.g. 覆盖重点排放单位不少于30家 */
  indicators: string[];
  /** 里程碑节点, each with its due date inside the preparation period. */
  milestones: PreparationMilestone[];
};

export type PreparationTaskBookInput = {
  issue: DocumentIssue;
  party: InstitutionParty;
  /** The approval document this task book goes with (CM-10). */
  approvalDocNumber: DocNumber;
  /** Start of the preparation period: the approval date. */
  approvedOn: CalendarDate;
  /** End of the preparation period (CM-11: normally 3 years). */
  preparationDeadline: CalendarDate;
  /** Last day to apply for acceptance or extension, 3 months before the deadline (CM-13), as the lifecycle computes it. */
  acceptanceApplicationDeadline?: CalendarDate;
  /** 服务领域, e.g. 磷化工、水电行业碳排放计量 */
  serviceField: string;
  /** 筹建目标 */
  goals: string[];
  tasks: PreparationTask[];
};

const checkTasks = (input: PreparationTaskBookInput, rule: string, preparationRule: string): void => {
  if (input.tasks.length === 0) {
    refuseDocument(
      rule,
      '筹建任务书至少应列明一项筹建任务，并写明其考核指标和里程碑',
      'a preparation task book needs at least one task, with its indicators and milestones',
      'tasks',
    );
  }
  input.tasks.forEach((task, t) => {
    if (task.title.trim() === '') refuseDocument(rule, `第${t + 1}项筹建任务没有名称`, `task ${t + 1} has no title`, `tasks[${t}].title`);
    if (task.indicators.length === 0) {
      refuseDocument(rule, `筹建任务“${task.title}”没有考核指标`, `task "${task.title}" has no indicator`, `tasks[${t}].indicators`);
    }
    if (task.milestones.length === 0) {
      refuseDocument(rule, `筹建任务“${task.title}”没有里程碑`, `task "${task.title}" has no milestone`, `tasks[${t}].milestones`);
    }
    task.milestones.forEach((m, n) => {
      parseCalendarDate(m.dueOn, `tasks[${t}].milestones[${n}].dueOn`);
      if (m.dueOn < input.approvedOn || m.dueOn > input.preparationDeadline) {
        refuseDocument(
          preparationRule,
          `里程碑“${m.description}”的完成时限${m.dueOn}不在筹建期限（${input.approvedOn}至${input.preparationDeadline}）内`,
          `milestone "${m.description}" is due ${m.dueOn}, outside the preparation period ${input.approvedOn}..${input.preparationDeadline}`,
          `tasks[${t}].milestones[${n}].dueOn`,
        );
      }
    });
  });
};

/** Builds the preparation task book (筹建任务书) for a centre (CM-10, CM-11) or a base (BM-11, BM-12). */
export const buildPreparationTaskBook = (input: PreparationTaskBookInput): OfficialDocument => {
  const { issue, party } = input;
  const type = party.institutionType;
  const profile = getMeasuresProfile(type);
  const rule = citeArticle(type, 'approval');
  const preparationRule = citeArticle(type, 'preparation');
  checkParty(party, rule);
  parseCalendarDate(input.approvedOn, 'approvedOn');
  parseCalendarDate(input.preparationDeadline, 'preparationDeadline');
  if (input.preparationDeadline <= input.approvedOn) {
    refuseDocument(
      preparationRule,
      '筹建期限应晚于批准筹建日期',
      'the preparation deadline must come after the approval',
      'preparationDeadline',
    );
  }
  if (input.acceptanceApplicationDeadline !== undefined) {
    parseCalendarDate(input.acceptanceApplicationDeadline, 'acceptanceApplicationDeadline');
    if (input.acceptanceApplicationDeadline >= input.preparationDeadline || input.acceptanceApplicationDeadline <= input.approvedOn) {
      refuseDocument(
        citeArticle(type, 'acceptanceDeadline'),
        '验收申请截止日期应在筹建期限届满之前（届满3个月前）',
        'the last day to apply for acceptance must fall inside the preparation period (3 months before its end)',
        'acceptanceApplicationDeadline',
      );
    }
  }
  checkTasks(input, rule, preparationRule);

  const period = `${formatChineseDate(input.approvedOn)}至${formatChineseDate(input.preparationDeadline)}`;
  const tasks = [...input.tasks];
  const acceptanceBy = input.acceptanceApplicationDeadline ? `（即${formatChineseDate(input.acceptanceApplicationDeadline)}前）` : '';
  const acceptance =
    party.route === 'direct'
      ? `完成筹建任务后，直接向我局提交书面验收申请及相关材料，并应当在筹建期限届满3个月前${acceptanceBy}申请验收考核（${citeMeasuresZh(type, 'acceptanceApplication', 'acceptanceDeadline')}）。`
      : `完成筹建任务后，经主管部门审核同意，在筹建期限届满3个月前${acceptanceBy}向我局提交书面验收申请和筹建工作总结报告、后续建设规划等相关材料（${citeMeasuresZh(type, 'acceptanceApplication', 'acceptanceDeadline')}）。`;
  const dataRule =
    type === 'carbon_metrology_centre'
      ? `${profile.shortName}经批准成立后，应当与我局签订数据安全保密协议；未经管理部门允许或未向社会公布之前，不得向任何机构和个人提供相关数据（${citeMeasuresZh(type, 'dataSecurity')}）。`
      : `${profile.shortName}建设应当符合国家关于信息安全、数据安全、知识产权保护等法律法规的要求（${citeMeasuresZh(type, 'positioning')}）。`;

  const body: BodyBlock[] = [
    {
      kind: 'paragraph',
      text:
        `根据${introduceMeasures(type)}${formatArticleZh(type, 'approval')}规定，我局已批准你单位筹建${party.institutionName}（${formatDocNumber(input.approvalDocNumber)}），现下达本任务书。` +
        `你单位应当按照本任务书要求，认真开展各项筹建工作，并将本任务书所列任务、指标和里程碑作为筹建进展报告和验收考核的依据。`,
    },
    { kind: 'heading', level: 1, text: '基本情况' },
    {
      kind: 'table',
      columns: [
        { header: '项目', width: 1, align: 'center' },
        { header: '内容', width: 3.2 },
      ],
      rows: [
        [`${profile.shortName}名称`, party.institutionName],
        ['承建单位', party.applicantName],
        ...((party.coBuilders ?? []).length > 0 ? [['联合建设单位', (party.coBuilders ?? []).join('\n')]] : []),
        ['服务领域', input.serviceField],
        ['筹建期限', period],
        ['申报途径', party.route === 'direct' ? '直接向省市场监管局申请' : `经${party.localBureau}资料审核后申请`],
        ['依据', `${profile.measuresTitle}${formatArticleZh(type, 'approval')}、${formatArticleZh(type, 'preparation')}`],
      ],
    },
    { kind: 'heading', level: 1, text: '筹建目标' },
    { kind: 'list', items: input.goals },
    { kind: 'heading', level: 1, text: '筹建任务、考核指标和里程碑' },
    {
      kind: 'paragraph',
      text: `筹建任务共${tasks.length}项，各项任务的考核指标和里程碑节点如下表。里程碑完成时限均在筹建期限内，逾期未完成的，应当在筹建进展报告中说明原因和措施。`,
    },
    {
      kind: 'table',
      columns: [
        { header: '序号', width: 0.7, align: 'center' },
        { header: '筹建任务', width: 1.8 },
        { header: '考核指标', width: 2.5 },
        { header: '里程碑节点及完成时限', width: 2.9 },
      ],
      rows: tasks.map((task, t) => [
        String(t + 1),
        task.title,
        task.indicators.map((indicator, i) => (task.indicators.length > 1 ? `${i + 1}.${indicator}` : indicator)).join('\n'),
        [...task.milestones]
          .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0))
          .map((m) => `${formatChineseDate(m.dueOn)}前：${m.description}`)
          .join('\n'),
      ]),
    },
    { kind: 'heading', level: 1, text: '有关要求' },
    {
      kind: 'list',
      items: [
        `筹建工作一般应于3年内完成，即于${formatChineseDate(input.preparationDeadline)}前完成本任务书所列全部筹建任务。筹建过程中的重大情况，应当及时向我局报告（${citeMeasuresZh(type, 'preparation')}）。`,
        acceptance,
        `因特殊原因不能在筹建期内完成筹建任务的，应当在筹建期限届满3个月前申请延期验收考核，说明延期原因及延期考核时间；延长时限不超过1年，经延期仍未完成筹建任务的，撤销筹建资格（${citeMeasuresZh(type, 'acceptanceDeadline')}）。`,
        dataRule,
      ],
    },
  ];

  return createProvinceDocument({
    issue,
    party,
    title: composeTitle([splitInstitutionName(party.institutionName), '筹建任务书']),
    body,
    articles: [rule, preparationRule],
  });
};
