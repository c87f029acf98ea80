/**
 * 批准筹建的批复 — the approval document (CM-10 / BM-11): after the expert material review and
 * on-site check and the Province's deliberation, the Province approves preparation, issuing this
 * document together with the preparation task book. It also states the preparation period and the
 * acceptance and extension rules the unit must keep (CM-11, CM-12, CM-13).
 */
import { citeArticle, citeMeasuresZh, formatArticleZh, getMeasuresProfile } from './measures-citation.ts';
import {
  addCalendarYears,
  composeTitle,
  splitInstitutionName,
  formatChineseDate,
  formatDocNumber,
  parseCalendarDate,
  refuseDocument,
  type CalendarDate,
  type DocNumber,
  type OfficialDocument,
} from './official-document.ts';
import {
  HUBEI_PROVINCE_ISSUER,
  checkParty,
  createProvinceDocument,
  describeBuilders,
  introduceMeasures,
  type DocumentIssue,
  type InstitutionParty,
} from './province-issuer.ts';

export type ApprovalDocumentInput = {
  issue: DocumentIssue;
  party: InstitutionParty;
  /** The applicant's request (请示), if it sent one: its title without 《》 and its number. */
  request?: { title: string; docNumber?: string };
  /** The expert panel's material review and on-site check (CM-10). */
  expertReview: { onSiteCheckOn: CalendarDate };
  /** The deliberation that approved preparation (CM-10: 经审议后批准筹建), e.g. 局长办公会. */
  deliberation: { body: string; on: CalendarDate };
  /** End of the preparation period, approval + 3 years as the lifecycle computes it (CM-11). */
  preparationDeadline: CalendarDate;
  /** The task book issued with this document (CM-10); named in the attachment note. */
  taskBookDocNumber?: DocNumber;
};

/** Builds the approval document (批准筹建的批复) for a centre (CM-10) or a base (BM-11). */
export const buildApprovalDocument = (input: ApprovalDocumentInput): OfficialDocument => {
  const { issue, party } = input;
  const type = party.institutionType;
  const rule = citeArticle(type, 'approval');
  const profile = getMeasuresProfile(type);
  checkParty(party, rule);
  parseCalendarDate(input.expertReview.onSiteCheckOn, 'expertReview.onSiteCheckOn');
  parseCalendarDate(input.deliberation.on, 'deliberation.on');
  parseCalendarDate(input.preparationDeadline, 'preparationDeadline');
  if (input.expertReview.onSiteCheckOn > input.deliberation.on || input.deliberation.on > issue.date) {
    refuseDocument(
      rule,
      '应先经专家材料审查和实地核查，再经审议，然后批准筹建',
      'the expert check comes before the deliberation, and the deliberation before the approval',
      'deliberation.on',
    );
  }
  const preparationRule = citeArticle(type, 'preparation');
  if (input.preparationDeadline <= issue.date || input.preparationDeadline > addCalendarYears(issue.date, 3)) {
    refuseDocument(
      preparationRule,
      `筹建期限应在批准之日后、3年之内：${input.preparationDeadline}`,
      `the preparation deadline must fall after approval and within 3 years of it: ${input.preparationDeadline}`,
      'preparationDeadline',
    );
  }

  const builders = describeBuilders(party, true);
  const joint = (party.coBuilders ?? []).length > 0;
  const request = input.request
    ? `你单位《${input.request.title}》${input.request.docNumber ? `（${input.request.docNumber}）` : ''}及${profile.applicationForm}等材料收悉。`
    : `你单位报送的${profile.applicationForm}及相关材料收悉。`;
  const localReview =
    party.route === 'local_bureau' ? `经${party.localBureau}资料审核合格后，` : '你单位作为中央驻鄂单位或省属企事业单位直接提出筹建申请。';
  const deadline = formatChineseDate(input.preparationDeadline);
  const acceptance =
    party.route === 'direct'
      ? `完成筹建任务后，你单位可直接向我局提交书面验收申请及相关材料，并应当在筹建期限届满3个月前申请验收考核（${citeMeasuresZh(type, 'acceptanceApplication', 'acceptanceDeadline')}）。`
      : `完成筹建任务后，经主管部门审核同意，你单位应当在筹建期限届满3个月前向我局提交书面验收申请和筹建工作总结报告、后续建设规划等相关材料（${citeMeasuresZh(type, 'acceptanceApplication', 'acceptanceDeadline')}）。`;

  const taskBook = input.taskBookDocNumber ? `${formatDocNumber(input.taskBookDocNumber)}，` : '';
  const items = [
    `同意${builders}筹建${party.institutionName}（以下简称${profile.shortName}）。筹建期限自本批复印发之日起至${deadline}止。`,
    `请你单位按照随文下达的《${party.institutionName}筹建任务书》（${taskBook}以下简称《筹建任务书》）要求，认真开展各项筹建工作，确保按期完成筹建任务。筹建过程中的重大情况，应当及时向我局报告（${citeMeasuresZh(type, 'preparation')}）。`,
    acceptance,
    `因特殊原因不能在筹建期内完成筹建任务的，应当在筹建期限届满3个月前申请延期验收考核，说明延期原因及延期考核时间，经我局同意后可延期，延长时限不超过1年；经延期仍未完成筹建任务的，撤销筹建资格（${citeMeasuresZh(type, 'acceptanceDeadline')}）。`,
    ...(party.localBureau
      ? [
          `请${party.localBureau}加强对${profile.shortName}筹建工作的日常管理和指导，积极争取地方政府在人、财、物等方面给予支持和保障（${citeMeasuresZh(type, 'management')}）。`,
        ]
      : []),
  ];

  return createProvinceDocument({
    issue,
    party,
    title: composeTitle([
      HUBEI_PROVINCE_ISSUER.name,
      '关于同意',
      party.applicantName,
      ...(joint ? ['等单位联合'] : []),
      '筹建',
      splitInstitutionName(party.institutionName),
      '的批复',
    ]),
    body: [
      {
        kind: 'paragraph',
        text:
          request +
          localReview +
          `根据${introduceMeasures(type)}${formatArticleZh(type, 'approval')}规定，我局组织专家对你单位是否具备筹建条件进行了材料审查，并于${formatChineseDate(input.expertReview.onSiteCheckOn)}进行了实地核查，专家组出具了书面意见。` +
          `经${formatChineseDate(input.deliberation.on)}${input.deliberation.body}审议，现批复如下：`,
      },
      { kind: 'list', numbering: 'chinese', items },
      { kind: 'paragraph', text: '此复。' },
    ],
    attachments: [`${party.institutionName}筹建任务书`],
    articles: [rule, preparationRule, citeArticle(type, 'acceptanceApplication'), citeArticle(type, 'acceptanceDeadline')],
  });
};
