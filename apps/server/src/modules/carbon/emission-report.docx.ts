/**
 * 温室气体排放报告 — the annual emission report of an accounting run (issue 7 §6; CM-6(2), CM-6(3), CM-6(5)), as a DOCX
 * in the reporting structure of GB/T 32150-2015 (报告主体, 排放源, 活动数据及来源, 排放因子及来源, 排放量), with the
 * sections the platform adds: uncertainty (JJF 1059.1-2012; IPCC 2006 Vol.1 approach 1), the measured share (测算→计量),
 * intensity and how to recompute the run. It is built from the stored run alone: nothing is recomputed here.
 * Rounding happens here and in no other place, half-up: tCO2 to 0.01, shares to 0.1 %, relative uncertainties to
 * 0.01 %, activity data and intensities to 0.0001; factors are printed as stored.
 */
import { FACTOR_CONFIRMATION_LABELS, SOURCE_KIND_LABELS } from '@jiliang/shared';
import { roundHalfUp, toShanghaiDate } from '@jiliang/calc';
import { formatChineseDate, type BodyBlock, type TableColumn } from '../documents/official-document.ts';
import {
  GBT32150_GROUPS,
  GBT32150_GROUP_LABELS,
  groupLabelOf,
  listReportParameters,
  listReportSources,
  loadEmissionReport,
  sumByGroup,
} from './emission-report.model.ts';
import { renderReportDocx } from './emission-report.render.ts';
import type { EmissionReportDeps, EmissionReportFile, EmissionReportInput, ReportSource } from './emission-report.model.ts';

export const EMISSION_REPORT_HEADINGS = [
  '报告主体基本情况',
  '核算边界与排放源识别',
  '活动数据及来源',
  '排放因子及来源',
  '排放量',
  '不确定性',
  '计量数据占比',
  '排放强度',
  '核算方法版本与可复核性',
] as const;

const t2 = (value: number): string => roundHalfUp(value, 2).toFixed(2);
const percent = (ratio: number, digits: number): string => `${roundHalfUp(ratio * 100, digits).toFixed(digits)}%`;
const quantity = (value: number): string => String(roundHalfUp(value, 4));
const ORIGIN = { measured: '实测', estimated: '估算', mixed: '实测/估算' } as const;
const PENDING = new Set(['S2', 'M']);
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

const table = (columns: TableColumn[], rows: string[][], caption?: string): BodyBlock => ({ kind: 'table', caption, columns, rows });
const paragraph = (text: string): BodyBlock => ({ kind: 'paragraph', text });
const heading = (index: number): BodyBlock => ({ kind: 'heading', level: 1, text: EMISSION_REPORT_HEADINGS[index]! });
const sourceLabel = (s: ReportSource) => `${s.provenance.code}\n${s.provenance.name}`;

const certificatesOf = (s: ReportSource): string => {
  const a = s.provenance.activity;
  const certs = a.certificates.map((c) => `${c.instrumentCode} 证书${c.number}${c.validUntil ? `（有效期至${c.validUntil}）` : ''}`);
  const entries = a.entryIds.length ? [`人工录入${a.entryIds.length}条（附证据）`] : [];
  return [...(a.pointCode ? [`计量点${a.pointCode}`] : []), ...certs, ...entries].join('\n') || '—';
};

/** 四、排放因子: library factors with version and confirmation; parameters bound to measured values say so. */
const factorRows = (s: ReportSource): string[][] =>
  listReportParameters(s).map((p) => {
    if ('factor' in p) {
      const f = p.factor;
      const value = f.uRel !== null ? `${f.value}\nu=${percent(f.uRel, 2)}` : String(f.value);
      const confirmation = `[${f.confirmation}] ${FACTOR_CONFIRMATION_LABELS[f.confirmation].zh}`;
      return [s.provenance.code, p.label, `${f.code}\n第${f.version}版`, value, f.unit, f.sourceDocument, confirmation];
    }
    const u = p.measured.uRel !== undefined ? `\nu=${percent(p.measured.uRel, 2)}` : '';
    return [s.provenance.code, p.label, '实测值', `${p.measured.value}${u}`, p.measured.unit, '报告主体实测/化验', '实测'];
  });

/** The report's blocks: GB/T 32150-2015 reporting structure, in Chinese; every figure rounded here. */
export const composeEmissionReport = ({ run, entity }: EmissionReportInput): { title: string; subtitle: string; body: BodyBlock[] } => {
  const { record, result } = run;
  const e = result.emissions;
  const sources = listReportSources(run);
  const unit = e.gwpSet ? 'tCO2e' : 'tCO2';
  const year = record.periodStart.slice(0, 4);
  const wholeYear = record.periodStart === `${year}-01-01` && record.periodEnd === `${year}-12-31`;
  const period = `${formatChineseDate(record.periodStart)}至${formatChineseDate(record.periodEnd)}`;
  const sites = [...new Set(sources.flatMap((s) => (s.provenance.siteName ? [s.provenance.siteName] : [])))];
  const groups = sumByGroup(sources);
  const missing = sources.filter((s) => s.provenance.activity.missingMonths.length > 0);
  const pending = sources.flatMap((s) => s.provenance.factors.filter((f) => PENDING.has(f.confirmation)));
  const chunks = Array.from({ length: Math.ceil(sources.length / 4) }, (_, i) => sources.slice(i * 4, i * 4 + 4));
  const u = e.uncertainty;
  const mc = e.monteCarlo;
  const { perProduct, per10kYuan } = result.intensity;

  const body: BodyBlock[] = [
    heading(0),
    table(
      [
        { header: '项目', width: 1.2 },
        { header: '内容', width: 3 },
      ],
      [
        ['报告主体名称', entity.name],
        ['统一社会信用代码', entity.creditCode ?? '—'],
        ['所属行业', entity.industry ?? '—'],
        ['所在地区', entity.regionName ?? '—'],
        ['核算期', period],
        ['核算依据', 'GB/T 32150-2015《工业企业温室气体排放核算和报告通则》'],
        ['核算日期', formatChineseDate(toShanghaiDate(new Date(run.createdAt)))],
        ['核算人', run.actorLabel],
        ...(run.note ? [['备注', run.note]] : []),
      ],
    ),
    heading(1),
    paragraph(
      `核算边界为${entity.name}${sites.length ? `（${sites.join('、')}）` : ''}在核算期内的生产系统、辅助生产系统和附属生产系统。` +
        `按GB/T 32150-2015识别排放源${sources.length}个，按厂区列于下表。`,
    ),
    table(
      [
        { header: '序号', width: 0.6, align: 'center' },
        { header: '厂区', width: 1.2 },
        { header: '排放源', width: 1.6 },
        { header: '排放源类别', width: 1.4 },
        { header: 'GB/T 32150归类', width: 1.4 },
      ],
      sources.map((s, i) => [
        String(i + 1),
        s.provenance.siteName ?? '未分厂区',
        sourceLabel(s),
        SOURCE_KIND_LABELS[s.input.kind].zh,
        groupLabelOf(s),
      ]),
    ),
    heading(2),
    paragraph(
      '活动数据分两类：“实测”取自计量点的月度累计值，并记录核算期内管辖该计量器具的检定/校准证书；“估算”取自附有证据（结算单、过磅记录、化验报告等）的人工录入。' +
        '某月既无计量数据也无录入的，按0计入并在下文列明。',
    ),
    table(
      [
        { header: '排放源', width: 1.5 },
        { header: '活动数据', width: 1.1, align: 'center' },
        { header: '单位', width: 0.9, align: 'center' },
        { header: '来源', width: 0.8, align: 'center' },
        { header: '计量点、证书及录入', width: 2.6 },
      ],
      sources.map((s) => [
        sourceLabel(s),
        quantity(s.input.quantity.value),
        s.provenance.activity.unit,
        ORIGIN[s.provenance.activity.origin],
        certificatesOf(s),
      ]),
    ),
    ...chunks.map((chunk, i) =>
      table(
        [
          { header: '月份', width: 0.8, align: 'center' },
          ...chunk.map((s) => ({ header: `${s.provenance.code}\n（${s.provenance.activity.unit}）`, align: 'center' as const })),
        ],
        record.months.map((m) => [
          m.month,
          ...chunk.map((s) => (s.provenance.activity.missingMonths.includes(m.month) ? '缺失' : quantity(m.quantities[s.input.id] ?? 0))),
        ]),
        i === 0 ? '各月活动数据' : '各月活动数据（续）',
      ),
    ),
    missing.length === 0
      ? paragraph('核算期内各排放源逐月活动数据齐全，无缺失月份。')
      : paragraph(
          `以下月份缺失活动数据，按0计入：${missing.map((s) => `${s.provenance.code} ${s.provenance.name}：${s.provenance.activity.missingMonths.join('、')}`).join('；')}。`,
        ),
    heading(3),
    paragraph(
      '排放因子取自平台因子库在核算期首日有效的版本，版本号随核算记录保存，因子库的后续版本不改变本次核算。“确认程度”标明数值的可信程度。',
    ),
    table(
      [
        { header: '排放源', width: 0.9 },
        { header: '参数', width: 1.1 },
        { header: '因子编码/版本', width: 1.7 },
        { header: '数值', width: 1 },
        { header: '单位', width: 1 },
        { header: '来源文件', width: 2.2 },
        { header: '确认程度', width: 1.6 },
      ],
      sources.flatMap(factorRows),
    ),
    paragraph(
      pending.length > 0
        ? `其中${pending.length}项因子的确认程度为S2或M（待核实），使用前应核对官方文本；核实后以新版本录入因子库并重新核算。`
        : '所用因子均无待核实标记。',
    ),
    ...(e.gwpSet ? [paragraph(`CH₄、N₂O按IPCC ${e.gwpSet}全球变暖潜势折算为tCO2e。`)] : []),
    heading(4),
    paragraph(`核算期内温室气体排放总量为${t2(e.totalTco2)} ${unit}（不含生物质燃烧CO2）。`),
    table(
      [
        { header: '排放源', width: 1.6 },
        { header: 'GB/T 32150归类', width: 1.4 },
        { header: `排放量（${unit}）`, width: 1.2, align: 'center' },
        { header: '说明', width: 1.4 },
      ],
      sources.map((s) => [
        sourceLabel(s),
        groupLabelOf(s),
        t2(s.result.tco2),
        s.biomass ? '生物质，不计入总量' : s.result.tco2 < 0 ? '从总量中扣减' : '计入总量',
      ]),
      '各排放源排放量',
    ),
    table(
      [
        { header: 'GB/T 32150归类', width: 2.5 },
        { header: `排放量（${unit}）`, width: 1.2, align: 'center' },
      ],
      [
        ...GBT32150_GROUPS.map((g) => [GBT32150_GROUP_LABELS[g], t2(groups[g])]),
        ['合计', t2(e.totalTco2)],
        ['生物质燃烧CO2（单独报告，不计入合计）', t2(e.biomassTco2)],
      ],
      '按GB/T 32150归类汇总',
    ),
    table(
      [
        { header: '月份', align: 'center' },
        { header: `排放量（${unit}）`, align: 'center' },
      ],
      result.monthly.map((m) => [m.month, t2(m.totalTco2)]),
      '各月排放量',
    ),
    paragraph('注：排放量四舍五入保留两位小数；各项分别修约，合计由未修约值求和后修约，可能与各项修约值之和相差0.01。'),
    heading(5),
    paragraph(
      '各排放源的标准不确定度按JJF 1059.1-2012由模型各输入量的相对标准不确定度传播：实测活动数据取自检定/校准证书（u=U/k），或按最大允许误差的均匀分布（u=a/√3）；' +
        '人工录入取其声明值，未声明的取平台默认值5%；因子取因子库中的不确定度。排放总量按IPCC 2006第1卷方法1（式3.2）合成：u(E)=√Σu_i²；扩展不确定度U=k·u，k=2，包含概率约95%。',
    ),
    table(
      [
        { header: '排放源', width: 1.4 },
        { header: `排放量（${unit}）`, width: 1.1, align: 'center' },
        { header: `u（${unit}）`, width: 1, align: 'center' },
        { header: 'u_rel', width: 0.8, align: 'center' },
        { header: '活动数据不确定度依据', width: 2.6 },
      ],
      sources.map((s) => [
        sourceLabel(s),
        t2(s.result.tco2),
        t2(s.result.uTco2),
        s.result.uRel === null ? '—' : percent(s.result.uRel, 2),
        s.provenance.activity.uncertaintyBasis,
      ]),
    ),
    paragraph(
      `排放总量${t2(e.totalTco2)} ${unit}：合成标准不确定度u=${t2(u.uTco2)} ${unit}（u_rel=${u.uRel === null ? '—' : percent(u.uRel, 2)}）；` +
        `扩展不确定度U=${t2(u.UTco2)} ${unit}（k=${u.k}，U_rel=${u.URel === null ? '—' : percent(u.URel, 2)}）；95%包含区间为[${t2(u.interval95[0])}, ${t2(u.interval95[1])}] ${unit}。`,
    ),
    paragraph(
      mc
        ? `蒙特卡洛法（JJF 1059.2-2012，JCGM 101:2008）：迭代${mc.iterations}次，随机数种子${mc.seed}，均值${t2(mc.meanTco2)} ${unit}，标准偏差${t2(mc.standardDeviationTco2)} ${unit}，` +
            `95%包含区间为[${t2(mc.interval95[0])}, ${t2(mc.interval95[1])}] ${unit}；以同一种子复算，结果逐位相同。`
        : '本次核算未进行蒙特卡洛模拟。',
    ),
    heading(6),
    paragraph(
      '计量数据占比是活动数据来自检定/校准有效期内计量器具的排放量占计入总量的正排放量之比，反映由“测算”向“计量”的转变（《湖北省碳计量中心建设管理办法》第六条第（五）项）。' +
        (result.measuredShare === null
          ? '本次核算没有计入总量的正排放，计量数据占比不适用。'
          : `本次核算计量数据占比为${percent(result.measuredShare, 1)}（计量排放量${t2(result.measuredTco2)} ${unit}）。`),
    ),
    table(
      [
        { header: '排放源', width: 1.6 },
        { header: '来源', width: 0.9, align: 'center' },
        { header: `排放量（${unit}）`, width: 1.1, align: 'center' },
        { header: '实测比例', width: 0.9, align: 'center' },
        { header: `计量排放量（${unit}）`, width: 1.2, align: 'center' },
      ],
      sources.map((s) => [
        sourceLabel(s),
        ORIGIN[s.provenance.activity.origin],
        t2(s.result.tco2),
        percent(s.measuredFraction, 1),
        t2(s.measuredTco2),
      ]),
    ),
    heading(7),
    paragraph(
      perProduct && record.production
        ? `单位产品排放量：${quantity(perProduct.value)} ${perProduct.unit}（${record.production.product}产量${quantity(record.production.value)} ${record.production.unit}）。`
        : '未提供产量，不计算单位产品排放量。',
    ),
    paragraph(
      per10kYuan !== null && record.outputValue10kYuan !== null
        ? `万元产值排放量：${quantity(per10kYuan)} ${unit}/万元（产值${quantity(record.outputValue10kYuan)}万元）。`
        : '未提供产值，不计算万元产值排放量。',
    ),
    heading(8),
    table(
      [
        { header: '项目', width: 1.2 },
        { header: '内容', width: 3 },
      ],
      [
        ['核算方法版本', record.methodVersion],
        ['核算记录编号', run.id],
        [
          '核算时间',
          `${new Date(Date.parse(run.createdAt) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ')}（北京时间）`,
        ],
        ['复核命令', `jiliang calc verify ${run.id}`],
      ],
    ),
    paragraph(
      '核算记录保存了全部输入：逐月活动数据、因子数值及版本、计量器具证书和不确定度依据。执行上述命令（--url指向平台，--token为具有carbon:read权限的令牌；' +
        '或以GET /api/accounting-runs/<编号>导出的JSON文件代替编号），即由核算记录逐位复算结果并列出任何差异。',
    ),
  ];
  return { title: `${entity.name}\n温室气体排放报告`, subtitle: wholeYear ? `（${year}年度）` : `（${period}）`, body };
};

/** The DOCX of a run: a cover, then the nine sections. */
export const renderEmissionReportDocx = async (input: EmissionReportInput): Promise<Buffer> => {
  const { title, subtitle, body } = composeEmissionReport(input);
  return renderReportDocx({ title, subtitle, coverLines: [`报告主体：${input.entity.name}`, `核算记录：${input.run.id}`], body });
};

/** GET /api/accounting-runs/:id/report.docx: load the run and its reporting entity, render. */
export const getEmissionReportDocx = async (deps: EmissionReportDeps, runId: string): Promise<EmissionReportFile> => {
  const input = await loadEmissionReport(deps, runId);
  return {
    filename: `温室气体排放报告-${input.entity.name}-${input.run.periodStart}至${input.run.periodEnd}.docx`,
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    content: await renderEmissionReportDocx(input),
  };
};
