/**
 * 能源计量审查报告 — the GB 17167 review report of an energy-using unit (issue 8; CM-6(5), CM-6(6)), issued by the
 * centre or base that reviewed it, in the layout of the other documents (GB/T 9704-2012). It states the edition
 * applied, the verdict and score, the 表1 equipping rates per energy type and level, the instruments' 表4 classes
 * and certificates, the management checklist (GB 17167-2006 5), what was not counted and why, and the
 * rectification items with their deadline. Every finding keeps its clause and confirmation tag.
 */
import { GB17167_LEVEL_LABELS, MEDIUM_LABELS, RECTIFICATION_STATUS_LABELS, type EnergyReview } from '@jiliang/shared';
import {
  composeTitle,
  formatChineseDate,
  parseCalendarDate,
  refuseDocument,
  type BodyBlock,
  type OfficialDocument,
} from './official-document.ts';

export type EnergyReviewReportInput = {
  review: Pick<EnergyReview, 'enterpriseName' | 'reviewerName' | 'reviewDate' | 'serial' | 'result' | 'snapshot' | 'rectifications'>;
};

/** 能计审〔2026〕3号: the reviewer's report numbers, per unit and year. */
export const ENERGY_REVIEW_AGENCY = '能计审';
const DEFAULT_REVIEWER = '能源计量审查组';
const VERDICT = { pass: '符合', fail: '不符合', not_applicable: '不适用' } as const;
const ACCURACY = { pass: '符合', fail: '不符合', not_specified: '表4未规定' } as const;
const CALIBRATION = { on_time: '有效', overdue: '已过期', never_certified: '无证书' } as const;

export const buildEnergyReviewReport = ({ review }: EnergyReviewReportInput): OfficialDocument => {
  const { result } = review;
  const { year } = parseCalendarDate(review.reviewDate, 'reviewDate');
  if (review.enterpriseName.trim() === '')
    refuseDocument('GB/T 9704-2012 7.3.2', '受审查单位名称不能为空', 'the reviewed unit needs a name', 'enterpriseName');
  const issuer = review.reviewerName ?? DEFAULT_REVIEWER;
  const passed = result.verdict === 'pass';
  const s = result.score;
  const unplaced = review.snapshot.placements.filter((p) => p.pointId === null && p.status !== 'retired');

  const body: BodyBlock[] = [
    {
      kind: 'paragraph',
      text:
        `依据GB 17167《用能单位能源计量器具配备和管理通则》和《湖北省碳计量中心建设管理办法》第六条，${issuer}于${formatChineseDate(review.reviewDate)}` +
        `对${review.enterpriseName}能源计量器具的配备、使用和管理情况进行了审查（以计量器具台账为准）。本次审查适用${result.editionApplied}` +
        (result.editionRequested !== result.editionApplied
          ? `（审查日现行版本为${result.editionRequested}，其表格尚未录入，暂按${result.editionApplied}表格审查）`
          : '') +
        '。',
    },
    { kind: 'heading', level: 1, text: '审查结论' },
    {
      kind: 'paragraph',
      text: `总分${s.total}分（合格线${s.passLine}分），审查结论：${passed ? '合格' : '不合格'}。${passed ? '' : '不合格的主要原因如下：'}`,
    },
    ...(passed ? [] : [{ kind: 'list' as const, items: result.reasons }]),
    {
      kind: 'table',
      caption: '得分',
      columns: [
        { header: '项目', width: 2 },
        { header: '得分', align: 'center' },
        { header: '满分', align: 'center' },
      ],
      rows: [
        ['能源计量器具配备率（表1）', String(s.equipping.points), String(s.equipping.max)],
        ['准确度等级（表4）', String(s.accuracy.points), String(s.accuracy.max)],
        ['检定/校准有效（5.3）', String(s.calibration.points), String(s.calibration.max)],
        ['计量管理（第5章）', String(s.management.points), String(s.management.max)],
        ['合计', String(s.total), '100'],
      ],
    },
    { kind: 'heading', level: 1, text: '能源计量器具配备率' },
    {
      kind: 'table',
      columns: [
        { header: '能源种类', width: 1.2 },
        { header: '计量层级', width: 1.8 },
        { header: '应配', align: 'center', width: 0.7 },
        { header: '实配', align: 'center', width: 0.7 },
        { header: '配备率%', align: 'center', width: 1 },
        { header: '要求%', align: 'center', width: 0.9 },
        { header: '结论', align: 'center', width: 0.9 },
      ],
      rows: result.findings.map((f) => [
        MEDIUM_LABELS[f.medium],
        GB17167_LEVEL_LABELS[f.level],
        String(f.required),
        String(f.installed),
        f.rate === null ? '—' : String(f.rate),
        f.limit === null ? '—' : `≥${f.limit}`,
        `${VERDICT[f.verdict]}\n[${f.confirmation}]`,
      ]),
    },
    ...result.findings.filter((f) => f.unmeteredPointIds.length > 0).map((f) => ({ kind: 'paragraph' as const, text: f.text })),
    { kind: 'heading', level: 1, text: '准确度等级与检定校准' },
    result.instruments.length === 0
      ? { kind: 'paragraph', text: '没有在用的能源计量器具。' }
      : {
          kind: 'table',
          columns: [
            { header: '管理编号', width: 1.3 },
            { header: '准确度（要求）', width: 1.6 },
            { header: '结论', align: 'center', width: 1 },
            { header: '证书有效期至', width: 1.4 },
            { header: '状态', align: 'center', width: 0.9 },
          ],
          rows: result.instruments.map((i) => [
            i.code,
            `${i.accuracy.declared}（${i.accuracy.required ?? '—'}）`,
            ACCURACY[i.accuracy.verdict],
            i.calibration.validUntil ?? '—',
            CALIBRATION[i.calibration.verdict],
          ]),
        },
    { kind: 'heading', level: 1, text: '能源计量管理' },
    {
      kind: 'table',
      columns: [
        { header: '项目', width: 3 },
        { header: '条款', width: 1.6 },
        { header: '情况', align: 'center' },
      ],
      rows: result.management.map((m) => [m.label, m.clause, m.met ? '已建立' : '未建立']),
    },
    ...(result.excluded.length + result.notCounted.length + unplaced.length > 0
      ? [
          { kind: 'heading' as const, level: 1 as const, text: '未计入配备率的对象和器具' },
          {
            kind: 'list' as const,
            items: [
              ...result.excluded.map((e) => e.reason),
              ...result.notCounted.map((n) => n.reason),
              ...unplaced.map((p) => `${p.code}（${p.name}）：${p.reason ?? ''}`),
            ],
          },
        ]
      : []),
    { kind: 'heading', level: 1, text: '整改要求' },
    review.rectifications.length === 0
      ? { kind: 'paragraph', text: '本次审查未发现需要整改的问题。' }
      : {
          kind: 'table',
          columns: [
            { header: '序号', align: 'center', width: 0.6 },
            { header: '存在问题', width: 3 },
            { header: '整改要求', width: 3 },
            { header: '期限', width: 1.2 },
            { header: '状态', align: 'center', width: 0.9 },
          ],
          rows: review.rectifications.map((r) => [String(r.seq), r.problem, r.requirement, r.dueOn, RECTIFICATION_STATUS_LABELS[r.status]]),
        },
    ...(review.rectifications.length > 0
      ? [
          {
            kind: 'paragraph' as const,
            text: `请你单位逐项落实整改，于${formatChineseDate(review.rectifications[0]!.dueOn)}前完成，并将整改证据（器具安装记录、检定/校准证书、制度文件等）报送${issuer}，逐项关闭。`,
          },
        ]
      : []),
    {
      kind: 'paragraph',
      text: '说明：配备率、限定值和准确度等级要求后的方括号为其来源的确认程度：S 为已核对的出处，S2 为第三方代码，M 为未经官方文本核对的记忆值；依据 M 限值得出的结论仅供参考。',
    },
  ];

  return {
    issuer,
    issuerMark: issuer,
    docNumber: { agency: ENERGY_REVIEW_AGENCY, year, serial: review.serial },
    title: composeTitle([review.enterpriseName, '能源计量审查报告']),
    recipients: [review.enterpriseName],
    body,
    signature: { issuer, date: review.reviewDate },
    printedBy: { agency: issuer, date: review.reviewDate },
    articles: ['CM-6'],
  };
};
