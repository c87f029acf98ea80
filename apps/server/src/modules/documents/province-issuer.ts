/**
 * What the five templates share: the Province as the issuer (CM-5: 省市场监管局 builds and guides),
 * the institution and its builders, and the issue details of one document.
 */
import type { InstitutionType } from '@jiliang/shared';
import { getMeasuresProfile } from './measures-citation.ts';
import {
  parseCalendarDate,
  refuseDocument,
  type BodyBlock,
  type CalendarDate,
  type DocNumber,
  type OfficialDocument,
} from './official-document.ts';

/** 湖北省市场监督管理局, its issuer mark, the office that prints, and the agency code of the metrology division. */
export const HUBEI_PROVINCE_ISSUER = {
  name: '湖北省市场监督管理局',
  mark: '湖北省市场监督管理局文件',
  printingOffice: '湖北省市场监督管理局办公室',
  agency: '鄂市监量',
} as const;

export type InstitutionParty = {
  institutionType: InstitutionType;
  /** e.g. 湖北省宜昌磷化工与水电碳计量中心 */
  institutionName: string;
  /** The applicant, or in a joint application the lead builder (主要建设方, CM-8). */
  applicantName: string;
  /** Co-builders of a joint application (联合筹建, CM-8). */
  coBuilders?: string[];
  /**
   * 'local_bureau': reviewed first by the local bureau (CM-8); 'direct': a central unit in Hubei or
   * a provincial unit applying straight to the Province (CM-8, CM-12).
   */
  route: 'local_bureau' | 'direct';
  /** 所在地市场监管部门, e.g. 宜昌市市场监督管理局 (CM-5, CM-20); required on the local-bureau route. */
  localBureau?: string;
  /** 主管部门 (CM-12), if the applicant has one. */
  competentDepartment?: string;
};

export type DocumentIssue = {
  /** 发文顺序号 of 鄂市监量〔year〕serial号; the year is the signing date's. */
  serial: number;
  /** 成文日期 (GB/T 9704-2012 7.3.5). */
  date: CalendarDate;
  /** 印发日期 (7.4.3); the signing date when omitted. */
  printedOn?: CalendarDate;
  /** 抄送机关 (7.4.2) beyond the ones the template adds. */
  cc?: string[];
  /** 附注 (7.3.6), e.g. 此件依申请公开. */
  note?: string;
};

export const checkParty = (party: InstitutionParty, rule: string): void => {
  if (party.institutionName.trim() === '')
    refuseDocument(rule, '机构名称不能为空', 'the institution name is empty', 'party.institutionName');
  if (party.applicantName.trim() === '') refuseDocument(rule, '申请单位名称不能为空', 'the applicant name is empty', 'party.applicantName');
  if (party.route === 'local_bureau' && !party.localBureau) {
    refuseDocument(
      rule,
      '经所在地市场监管部门审核的申请应写明所在地市场监管部门',
      'an application reviewed by the local bureau must name the local bureau',
      'party.localBureau',
    );
  }
};

/** "宜昌市峡州计量检定测试院与宜昌峡江计量检测有限公司联合" or just the applicant. */
export const describeBuilders = (party: InstitutionParty, you = false): string => {
  const lead = you ? '你单位' : party.applicantName;
  const co = party.coBuilders ?? [];
  return co.length === 0 ? lead : `${lead}与${co.join('、')}联合`;
};

/** 抄送 for a document about an institution: its local bureau, co-builders and competent department, then extra ones. */
export const listPartyCc = (party: InstitutionParty, extra: string[] = []): string[] => {
  const cc = [party.localBureau, party.competentDepartment, ...(party.coBuilders ?? []), ...extra].filter(
    (name): name is string => name !== undefined && name.trim() !== '',
  );
  return [...new Set(cc)];
};

/** The date is checked and the document number's year comes from it (GB/T 9704-2012 7.2.5: the year of issue). */
export const createProvinceDocument = (input: {
  issue: DocumentIssue;
  party: InstitutionParty;
  title: string;
  body: BodyBlock[];
  attachments?: string[];
  articles: string[];
}): OfficialDocument => {
  const { issue, party } = input;
  const { year } = parseCalendarDate(issue.date, 'issue.date');
  if (issue.printedOn !== undefined) parseCalendarDate(issue.printedOn, 'issue.printedOn');
  const docNumber: DocNumber = { agency: HUBEI_PROVINCE_ISSUER.agency, year, serial: issue.serial };
  const cc = listPartyCc(party, issue.cc);
  return {
    issuer: HUBEI_PROVINCE_ISSUER.name,
    issuerMark: HUBEI_PROVINCE_ISSUER.mark,
    docNumber,
    title: input.title,
    recipients: [party.applicantName],
    body: input.body,
    ...(input.attachments && input.attachments.length > 0 ? { attachments: input.attachments } : {}),
    signature: { issuer: HUBEI_PROVINCE_ISSUER.name, date: issue.date },
    ...(issue.note ? { note: issue.note } : {}),
    ...(cc.length > 0 ? { cc } : {}),
    printedBy: { agency: HUBEI_PROVINCE_ISSUER.printingOffice, date: issue.printedOn ?? issue.date },
    articles: input.articles,
  };
};

/** "《湖北省碳计量中心建设管理办法》（以下简称《办法》）" on first mention. */
export const introduceMeasures = (type: InstitutionType): string => `${getMeasuresProfile(type).measuresTitle}（以下简称《办法》）`;
