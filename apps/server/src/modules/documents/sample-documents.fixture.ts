/**
 * Sample inputs for the five templates, for a centre and for a base, used by the tests and by
 * write-sample-documents.script.ts. Everything here is FICTIONAL, in line with demo-data.ts: the
 * institutions are the demo's, and the builders, experts and figures are invented.
 */
import type { ScoreItem } from './assessment-scoring.ts';
import type { ApprovalDocumentInput } from './approval-document.template.ts';
import type { AssessmentReportInput, PanelMember } from './assessment-report.template.ts';
import type { EstablishmentNoticeInput } from './establishment-notice.template.ts';
import type { PreparationTaskBookInput } from './preparation-task-book.template.ts';
import type { InstitutionParty } from './province-issuer.ts';
import type { RectificationNoticeInput } from './rectification-notice.template.ts';

export const YICHANG_CENTRE: InstitutionParty = {
  institutionType: 'carbon_metrology_centre',
  institutionName: '湖北省宜昌磷化工与水电碳计量中心',
  applicantName: '宜昌市峡州计量检定测试院',
  coBuilders: ['宜昌峡江计量检测有限公司'],
  route: 'local_bureau',
  localBureau: '宜昌市市场监督管理局',
};

export const CHUTIAN_CENTRE: InstitutionParty = {
  institutionType: 'carbon_metrology_centre',
  institutionName: '湖北省楚天碳计量中心',
  applicantName: '湖北省楚天计量测试研究院',
  route: 'direct',
};

export const XIANGYANG_BASE: InstitutionParty = {
  institutionType: 'data_application_base',
  institutionName: '湖北省襄阳汽车产业计量数据建设应用基地',
  applicantName: '襄阳市汉江计量测试研究院',
  route: 'local_bureau',
  localBureau: '襄阳市市场监督管理局',
  competentDepartment: '襄阳市市场监督管理局',
};

export const sampleCentreApproval: ApprovalDocumentInput = {
  issue: { serial: 7, date: '2026-11-27', note: '此件依申请公开' },
  party: YICHANG_CENTRE,
  request: { title: '关于申请筹建湖北省宜昌磷化工与水电碳计量中心的请示', docNumber: '宜峡计〔2026〕12号' },
  expertReview: { onSiteCheckOn: '2026-10-28' },
  deliberation: { body: '局长办公会', on: '2026-11-20' },
  preparationDeadline: '2029-11-27',
  taskBookDocNumber: { agency: '鄂市监量', year: 2026, serial: 8 },
};

export const sampleCentreTaskBook: PreparationTaskBookInput = {
  issue: { serial: 8, date: '2026-11-27' },
  party: YICHANG_CENTRE,
  approvalDocNumber: { agency: '鄂市监量', year: 2026, serial: 7 },
  approvedOn: '2026-11-27',
  preparationDeadline: '2029-11-27',
  acceptanceApplicationDeadline: '2029-08-27',
  serviceField: '磷化工、水电等重点产业碳排放计量和能源计量',
  goals: [
    '建成服务宜昌磷化工、水电等重点产业的碳计量测试技术平台，形成覆盖能源计量、碳排放计量的全溯源链服务能力。',
    '建成磷化工行业碳排放计量数据库和数据应用平台，为碳排放统计核算、碳市场履约与核查提供可靠、准确的计量数据支撑。',
    '培养一支结构合理、业务精湛的碳计量专业技术队伍，形成可持续运行的管理机制。',
  ],
  tasks: [
    {
      title: '建设磷化工行业碳排放计量数据库',
      indicators: ['覆盖全市磷化工重点排放单位不少于30家', '数据项包括能源消耗、工艺过程排放和计量器具配备情况'],
      milestones: [
        { description: '完成数据库架构设计，首批10家企业数据接入', dueOn: '2027-06-30' },
        { description: '接入企业不少于30家，数据质量评价报告通过评审', dueOn: '2028-06-30' },
      ],
    },
    {
      title: '建立能源资源及碳计量设备量值溯源体系',
      indicators: ['新建或完善天然气流量、蒸汽热量、电能等计量标准不少于6项', '校准测量能力覆盖重点排放单位主要能源计量器具'],
      milestones: [
        { description: '完成3项计量标准建标考核', dueOn: '2027-12-31' },
        { description: '6项计量标准全部通过考核并对外服务', dueOn: '2028-12-31' },
      ],
    },
    {
      title: '开展碳计量关键参数测量技术研究',
      indicators: ['完成磷化工产品碳足迹计量方法研究1项', '制修订地方计量技术规范不少于2项'],
      milestones: [
        { description: '完成碳足迹计量方法研究报告', dueOn: '2028-03-31' },
        { description: '2项地方计量技术规范完成报批', dueOn: '2029-06-30' },
      ],
    },
    {
      title: '开展碳排放计量审查和节能降碳技术服务',
      indicators: ['开展重点排放单位碳计量审查不少于20家次', '开展能源审计、能量平衡测试、能耗限额对标等服务不少于30项'],
      milestones: [
        { description: '累计完成碳计量审查10家次', dueOn: '2027-12-31' },
        { description: '全部服务指标完成', dueOn: '2029-06-30' },
      ],
    },
    {
      title: '健全中心管理体系和人才队伍',
      indicators: ['建立质量管理体系并有效运行', '专职技术人员不少于25人，其中高级职称不少于8人'],
      milestones: [
        { description: '管理体系文件发布实施', dueOn: '2027-03-31' },
        { description: '人员配置全部到位', dueOn: '2029-03-31' },
      ],
    },
  ],
};

const CENTRE_PANEL: { leader: PanelMember; members: PanelMember[] } = {
  leader: { name: '王建国', affiliation: '江城能源计量研究所', title: '正高级工程师' },
  members: [
    { name: '李秀芳', affiliation: '鄂东质量技术服务中心', title: '高级工程师' },
    { name: '陈志远', affiliation: '汉江数据工程研究院', title: '研究员' },
    { name: '刘海燕', affiliation: '荆楚低碳技术研究中心', title: '高级工程师' },
    { name: '张明', affiliation: '江城能源计量研究所', title: '高级工程师' },
  ],
};

export const CENTRE_SCORE_ITEMS: ScoreItem[] = [
  { name: '组织管理和运行机制', weight: 10, score: 8, remark: '管理制度基本健全' },
  { name: '人员队伍', weight: 10, score: 7.5, remark: '高级职称人员不足' },
  { name: '设施环境和仪器设备', weight: 15, score: 12 },
  { name: '计量标准和量值溯源', weight: 15, score: 11, remark: '2项计量标准未完成复查' },
  { name: '计量测试和校准能力', weight: 20, score: 15, remark: '抽查项目1项结果超差' },
  { name: '碳计量技术研究和创新', weight: 10, score: 7.5 },
  { name: '碳计量数据应用和平台建设', weight: 10, score: 7 },
  { name: '服务产业和社会效益', weight: 10, score: 8.5 },
];

export const sampleCentreAssessmentReport: AssessmentReportInput = {
  issue: { serial: 41, date: '2029-10-28' },
  party: YICHANG_CENTRE,
  round: 'after_rectification',
  previousScore: 74,
  onSiteReview: { from: '2029-10-21', to: '2029-10-22' },
  panel: CENTRE_PANEL,
  meetings: {
    opening: '考核组听取了中心关于限期整改情况的汇报，审阅了整改报告及证明材料，明确了复核重点和分工。',
    onSiteCheck:
      '考核组对照考核内容逐项核查整改措施落实情况，查阅了计量标准技术报告、原始记录、人员档案和数据库运行记录，并对随机抽取的项目进行了现场试验。',
    collectiveReview: '考核组长组织集中评议，对各考核项目逐项讨论评分，形成一致意见。',
    unitOpinion: '对考核组通报的问题无异议，将按要求继续整改。',
  },
  sampling: {
    share: 0.2,
    seed: 'CM-15/2029-10-21/7f3a9c',
    verificationCalibration: {
      registered: 18,
      drawn: ['0.2级单相电能表检定', '气体腰轮流量计校准', '工业铂电阻温度计校准', '蒸汽流量计在线校准'],
    },
    keyParameter: { registered: 9, drawn: ['燃料低位发热量测定', '烟气二氧化碳浓度测量'] },
  },
  scoring: { items: CENTRE_SCORE_ITEMS },
};

export const sampleCentreRectificationNotice: RectificationNoticeInput = {
  issue: { serial: 45, date: '2029-11-05' },
  party: YICHANG_CENTRE,
  assessment: { firstScore: 74, assessedOn: '2029-07-16', rescore: 76.5, rescoredOn: '2029-10-22' },
  findings: [
    {
      item: '计量标准和量值溯源',
      problem: '蒸汽热量计量标准装置和天然气流量计量标准装置未按期完成复查，部分标准器溯源证书超期。',
      requirement: '完成2项计量标准复查考核，建立标准器溯源计划并按期送检。',
    },
    {
      item: '计量测试和校准能力',
      problem: '随机抽查的蒸汽流量计在线校准项目结果超差，不确定度评定不完整。',
      requirement: '分析超差原因，完善校准方法和不确定度评定，重新开展能力验证。',
    },
    {
      item: '人员队伍',
      problem: '高级职称专职技术人员6人，未达到《筹建任务书》规定的8人。',
      requirement: '引进或培养高级职称技术人员，满足《筹建任务书》指标要求。',
    },
  ],
  rectificationDeadline: '2030-08-31',
};

export const sampleCentreEstablishmentNotice: EstablishmentNoticeInput = {
  issue: { serial: 52, date: '2026-12-15' },
  party: CHUTIAN_CENTRE,
  assessment: { passedOn: '2026-11-26', score: 88.5, reportDocNumber: { agency: '鄂市监量', year: 2026, serial: 49 } },
  certificateNumber: '鄂碳计量中心证字〔2026〕第1号',
  firstReReviewBy: '2031-12-15',
};

export const BASE_SCORE_ITEMS: ScoreItem[] = [
  { name: '组织管理和运行机制', weight: 10, score: 9 },
  { name: '人员队伍和人才培养', weight: 10, score: 8.5 },
  { name: '计量数据资源建设', weight: 20, score: 17.5, remark: '汽车零部件全生命周期数据库覆盖较全' },
  { name: '数据互通共享和安全', weight: 15, score: 12.5 },
  { name: '共性技术研发和应用', weight: 15, score: 13 },
  { name: '计量数据技术规范研究', weight: 10, score: 8.5 },
  { name: '数字化基础设施和软件产品', weight: 10, score: 8.5 },
  { name: '服务成效', weight: 10, score: 9 },
];

export const sampleBaseApproval: ApprovalDocumentInput = {
  issue: { serial: 15, date: '2027-03-18' },
  party: XIANGYANG_BASE,
  expertReview: { onSiteCheckOn: '2027-02-24' },
  deliberation: { body: '局务会', on: '2027-03-10' },
  preparationDeadline: '2030-03-18',
  taskBookDocNumber: { agency: '鄂市监量', year: 2027, serial: 16 },
};

export const sampleBaseTaskBook: PreparationTaskBookInput = {
  issue: { serial: 16, date: '2027-03-18' },
  party: XIANGYANG_BASE,
  approvalDocNumber: { agency: '鄂市监量', year: 2027, serial: 15 },
  approvedOn: '2027-03-18',
  preparationDeadline: '2030-03-18',
  acceptanceApplicationDeadline: '2029-12-18',
  serviceField: '汽车及零部件产业企业计量数据应用',
  goals: [
    '建成汽车产业计量数据资源库，打通研发、生产、检测各环节数据孤岛。',
    '形成计量数据质量评估、可信度评定和溯源的共性技术能力，推动数据安全共享。',
  ],
  tasks: [
    {
      title: '建设汽车零部件全生命周期计量数据库',
      indicators: ['接入汽车及零部件企业不少于40家', '数据采集实现物联网自动采集'],
      milestones: [
        { description: '完成数据标准和采集规范编制', dueOn: '2027-12-31' },
        { description: '接入企业不少于40家', dueOn: '2029-06-30' },
      ],
    },
    {
      title: '制定计量数据共享清单和技术规范',
      indicators: ['发布共享清单1份', '制定数据质量评定、溯源性等技术规范不少于2项'],
      milestones: [
        { description: '共享清单发布', dueOn: '2028-06-30' },
        { description: '技术规范完成报批', dueOn: '2029-09-30' },
      ],
    },
    {
      title: '开展计量数据技术及应用人才培训',
      indicators: ['每年组织培训不少于2期', '累计培训技术人员不少于300人次'],
      milestones: [{ description: '累计培训300人次', dueOn: '2029-12-31' }],
    },
  ],
};

export const sampleBaseAssessmentReport: AssessmentReportInput = {
  issue: { serial: 5, date: '2031-01-20' },
  party: XIANGYANG_BASE,
  round: 'reassessment',
  rectificationNotice: { agency: '鄂市监量', year: 2030, serial: 33 },
  onSiteReview: { from: '2031-01-14', to: '2031-01-15' },
  panel: {
    leader: { name: '赵国平', affiliation: '汉江数据工程研究院', title: '研究员' },
    members: [
      { name: '孙丽', affiliation: '鄂东质量技术服务中心', title: '高级工程师' },
      { name: '周文斌', affiliation: '荆楚信息安全测评中心', title: '正高级工程师' },
    ],
  },
  meetings: {
    opening: '考核组听取了基地整改情况报告，对现场核查重点任务作了布置。',
    onSiteCheck:
      '考核组对照整改通知书和《筹建任务书》逐项核查整改措施和任务完成情况，查看了数据资源库、共享平台的运行情况，抽查了数据采集、质量评估、脱敏和溯源记录。',
    unitOpinion: '对考核结论无异议。',
  },
  scoring: { items: BASE_SCORE_ITEMS },
};

export const sampleBaseRectificationNotice: RectificationNoticeInput = {
  issue: { serial: 33, date: '2030-02-26' },
  party: XIANGYANG_BASE,
  assessment: { firstScore: 72, assessedOn: '2029-10-22', rescore: 77, rescoredOn: '2030-02-10' },
  findings: [
    {
      item: '数据互通共享和安全',
      problem: '共享清单未明确数据安全分级，部分企业数据未经脱敏即纳入共享范围。',
      requirement: '建立数据分类分级和脱敏规则，重新梳理共享清单。',
    },
  ],
  rectificationDeadline: '2030-12-31',
};

export const sampleBaseEstablishmentNotice: EstablishmentNoticeInput = {
  issue: { serial: 12, date: '2031-03-05' },
  party: XIANGYANG_BASE,
  assessment: { passedOn: '2031-01-15', score: 86.5, reportDocNumber: { agency: '鄂市监量', year: 2031, serial: 5 } },
  certificateNumber: '鄂计量数据基地证字〔2031〕第1号',
  firstReReviewBy: '2036-03-05',
};
