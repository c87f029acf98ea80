/**
 * 同意成立的通知 — the establishment notice (CM-18 / BM-19: the Province agrees to establish a unit
 * that passed assessment), with the certificate number. It sets out the duties that start with
 * establishment: the annual report every November and major-change reports (CM-19 / BM-20), data
 * security and the confidentiality agreement (CM-21, centres only; BM-4 ¶2 for a base), lawful
 * service (CM-22 / BM-21), the local bureau's supervision (CM-20 / BM-22), unannounced inspections
 * (CM-23) and the five-yearly re-review (CM-24).
 */
import { PASS_MARK, checkScore, formatScore } from './assessment-scoring.ts';
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
  introduceMeasures,
  type DocumentIssue,
  type InstitutionParty,
} from './province-issuer.ts';

export type EstablishmentNoticeInput = {
  issue: DocumentIssue;
  party: InstitutionParty;
  /** The passing assessment (CM-16) or re-assessment after a notice (CM-17). */
  assessment: { passedOn: CalendarDate; score: number; reportDocNumber?: DocNumber };
  /** 证书编号 issued with establishment, e.g. 鄂碳计量中心证字〔2026〕第1号. */
  certificateNumber: string;
  /** The first five-yearly re-review falls due by this date (CM-24 / BM-24), as the lifecycle computes it. */
  firstReReviewBy: CalendarDate;
};

/** Builds the establishment notice (同意成立的通知) for a centre (CM-18) or a base (BM-19). */
export const buildEstablishmentNotice = (input: EstablishmentNoticeInput): OfficialDocument => {
  const { issue, party, assessment } = input;
  const type = party.institutionType;
  const profile = getMeasuresProfile(type);
  const rule = citeArticle(type, 'establishment');
  checkParty(party, rule);
  parseCalendarDate(assessment.passedOn, 'assessment.passedOn');
  parseCalendarDate(input.firstReReviewBy, 'firstReReviewBy');
  checkScore(type, assessment.score, 'assessment.score');
  if (assessment.score < PASS_MARK) {
    refuseDocument(
      rule,
      `只对考核合格（${PASS_MARK}分及以上）的申请单位同意成立，考核得分为${assessment.score}分`,
      `only a unit that passed (${PASS_MARK} or more) is established; the score is ${assessment.score}`,
      'assessment.score',
    );
  }
  if (issue.date < assessment.passedOn) {
    refuseDocument(rule, '同意成立的通知应在考核合格之后印发', 'establishment follows the passing assessment', 'assessment.passedOn');
  }
  if (input.certificateNumber.trim() === '') {
    refuseDocument(rule, '同意成立的通知应写明证书编号', 'the establishment notice needs the certificate number', 'certificateNumber');
  }
  const reReviewRule = citeArticle(type, 'reReview');
  if (input.firstReReviewBy <= issue.date || input.firstReReviewBy > addCalendarYears(issue.date, 5)) {
    refuseDocument(
      reReviewRule,
      `首次复查应在成立后五年内：${input.firstReReviewBy}`,
      `the first re-review falls within five years of establishment: ${input.firstReReviewBy}`,
      'firstReReviewBy',
    );
  }

  const s = profile.shortName;
  const report = assessment.reportDocNumber ? `（${formatDocNumber(assessment.reportDocNumber)}）` : '';
  const centre = type === 'carbon_metrology_centre';
  const items = [
    centre
      ? `${s}要按照实现“双碳”目标的总体要求，以需求牵引为导向，认真履行${citeMeasuresZh(type, 'duties')}规定的主要职责，持续提升碳计量测试技术创新能力和服务能力，为全省经济社会低碳绿色发展提供全溯源链和前瞻性的碳计量技术服务和管理服务。`
      : `${s}要以服务和支撑湖北高质量发展为目标，按照${citeMeasuresZh(type, 'duties')}和第七条规定的建设方向和主要任务，加强计量数据归集、分析和利用，推动跨行业、跨领域、全链条计量数据共享与应用。`,
    `${s}应当于每年11月向我局书面报送年度工作总结报告；${profile.majorChanges}等发生重大变化时，应当及时向我局报告（${citeMeasuresZh(type, 'annualReport')}）。`,
    centre
      ? `${s}应当与我局签订数据安全保密协议，加强碳计量数据安全管理。未经管理部门允许或未向社会公布之前，不得向任何机构和个人提供相关数据；擅自泄露数据的，由我局撤销其省级碳计量中心资格（${citeMeasuresZh(type, 'dataSecurity')}）。`
      : `${s}建设和运行应当符合国家关于信息安全、数据安全、知识产权保护等法律法规的要求，在确保安全、准确的基础上推动数据共享（${citeMeasuresZh(type, 'positioning')}）。`,
    centre
      ? `${s}应当遵守法律法规和国家相关规定，依法从事服务活动，对出具的检定证书、校准证书和测试报告的真实性和公正性负责，并承担相应的法律责任；存在严重违法违规情况的，由我局撤销其资格（${citeMeasuresZh(type, 'lawfulService')}）。`
      : `${s}应当遵守法律法规和国家相关规定，依法从事服务活动，对提供的产品的合法性和真实性负责，并承担相应的法律责任；存在严重违法违规情况的，由我局撤销其资格（${citeMeasuresZh(type, 'lawfulService')}）。`,
    `我局将根据需要组织专家组对${s}进行不定期监督检查，并每五年组织一次复查，首次复查于${formatChineseDate(input.firstReReviewBy)}前进行。监督检查或复查中发现问题的，应当限期整改；整改后仍不能达到要求的，撤销其资格（${citeMeasuresZh(type, 'inspection', 'reReview')}）。`,
    ...(party.localBureau
      ? [
          `请${party.localBureau}加强对${s}的日常监督管理，对发现的问题及时督促整改，积极争取地方政府对${s}发展与创新的支持（${citeMeasuresZh(type, 'localSupervision')}）。`,
        ]
      : []),
  ];

  return createProvinceDocument({
    issue,
    party,
    title: composeTitle([HUBEI_PROVINCE_ISSUER.name, '关于同意成立', splitInstitutionName(party.institutionName), '的通知']),
    body: [
      {
        kind: 'paragraph',
        text:
          `你单位筹建的${party.institutionName}，经我局组织专家组现场验收考核，于${formatChineseDate(assessment.passedOn)}考核合格，考核得分为${formatScore(assessment.score)}分${report}。` +
          `根据${introduceMeasures(type)}${formatArticleZh(type, 'establishment')}规定，经研究，同意成立${party.institutionName}（以下简称${s}），证书编号：${input.certificateNumber}。现将有关事项通知如下：`,
      },
      { kind: 'list', numbering: 'chinese', items },
    ],
    articles: [
      rule,
      citeArticle(type, 'annualReport'),
      ...(centre ? [citeArticle(type, 'dataSecurity')] : []),
      citeArticle(type, 'lawfulService'),
      citeArticle(type, 'inspection'),
      reReviewRule,
    ],
  });
};
