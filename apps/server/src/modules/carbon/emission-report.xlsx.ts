/**
 * The emission report as a workbook (issue 7 §6): the DOCX's content in five sheets — 汇总, 排放源, 月度, 因子,
 * 不确定性 — for people who check the figures. Cells hold the run's unrounded numbers; a number format rounds them
 * for display only (tCO2 0.00, shares 0.0 %, relative uncertainties 0.00 %), so a sum in Excel sums what the run did.
 */
import ExcelJS from 'exceljs';
import { FACTOR_CONFIRMATION_LABELS, SOURCE_KIND_LABELS } from '@jiliang/shared';
import {
  GBT32150_GROUPS,
  GBT32150_GROUP_LABELS,
  groupLabelOf,
  listReportParameters,
  listReportSources,
  loadEmissionReport,
  sumByGroup,
} from './emission-report.model.ts';
import type { EmissionReportDeps, EmissionReportFile, EmissionReportInput } from './emission-report.model.ts';

const TCO2 = '0.00';
const SHARE = '0.0%';
const UREL = '0.00%';
const ORIGIN = { measured: '实测', estimated: '估算', mixed: '实测/估算' } as const;

type Cell = string | number | null;
type Column = { header: string; width: number; numFmt?: string };

const addSheet = (workbook: ExcelJS.Workbook, name: string, columns: Column[], rows: Cell[][]): ExcelJS.Worksheet => {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.getRow(1).values = columns.map((c) => c.header);
  sheet.getRow(1).font = { bold: true };
  columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
    if (c.numFmt) sheet.getColumn(i + 1).numFmt = c.numFmt;
  });
  rows.forEach((row) => sheet.addRow(row.map((v) => v ?? '')));
  return sheet;
};

export const renderEmissionReportXlsx = async ({ run, entity }: EmissionReportInput): Promise<Buffer> => {
  const { record, result } = run;
  const e = result.emissions;
  const u = e.uncertainty;
  const sources = listReportSources(run);
  const groups = sumByGroup(sources);
  const unit = e.gwpSet ? 'tCO2e' : 'tCO2';
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jiliang 计量';
  workbook.created = new Date(run.createdAt);
  workbook.modified = new Date(run.createdAt);

  // 汇总: one figure per row, its number format beside the value (the column mixes text and numbers).
  const summary: [string, Cell, string, string?][] = [
    ['报告主体名称', entity.name, ''],
    ['统一社会信用代码', entity.creditCode, ''],
    ['所属行业', entity.industry, ''],
    ['所在地区', entity.regionName, ''],
    ['核算期', `${record.periodStart}至${record.periodEnd}`, ''],
    ['排放总量', e.totalTco2, unit, TCO2],
    ...GBT32150_GROUPS.map((g): [string, Cell, string, string] => [GBT32150_GROUP_LABELS[g], groups[g], unit, TCO2]),
    ['生物质燃烧CO2（不计入总量）', e.biomassTco2, 'tCO2', TCO2],
    ['合成标准不确定度 u', u.uTco2, unit, TCO2],
    ['扩展不确定度 U（k=2）', u.UTco2, unit, TCO2],
    ['相对扩展不确定度 U_rel', u.URel, '', UREL],
    ['95%包含区间下限', u.interval95[0], unit, TCO2],
    ['95%包含区间上限', u.interval95[1], unit, TCO2],
    ['计量数据占比', result.measuredShare, '', SHARE],
    ['计量排放量', result.measuredTco2, unit, TCO2],
    ['单位产品排放量', result.intensity.perProduct?.value ?? null, result.intensity.perProduct?.unit ?? '', '0.0000'],
    ['万元产值排放量', result.intensity.per10kYuan, `${unit}/万元`, '0.0000'],
    ['核算方法版本', record.methodVersion, ''],
    ['核算记录编号', run.id, ''],
    ['复核命令', `jiliang calc verify ${run.id}`, ''],
  ];
  if (e.monteCarlo)
    summary.push(
      ['蒙特卡洛迭代次数', e.monteCarlo.iterations, ''],
      ['蒙特卡洛随机数种子', e.monteCarlo.seed, ''],
      ['蒙特卡洛均值', e.monteCarlo.meanTco2, unit, TCO2],
      ['蒙特卡洛95%包含区间下限', e.monteCarlo.interval95[0], unit, TCO2],
      ['蒙特卡洛95%包含区间上限', e.monteCarlo.interval95[1], unit, TCO2],
    );
  const summarySheet = addSheet(
    workbook,
    '汇总',
    [
      { header: '项目', width: 30 },
      { header: '数值', width: 40 },
      { header: '单位', width: 12 },
    ],
    summary.map(([item, value, u]) => [item, value ?? '—', u]),
  );
  summary.forEach(([, value, , numFmt], i) => {
    if (numFmt && typeof value === 'number') summarySheet.getCell(i + 2, 2).numFmt = numFmt;
  });

  addSheet(
    workbook,
    '排放源',
    [
      { header: '编码', width: 10 },
      { header: '名称', width: 18 },
      { header: '厂区', width: 14 },
      { header: '排放源类别', width: 14 },
      { header: 'GB/T 32150归类', width: 14 },
      { header: '活动数据', width: 14, numFmt: '0.0000' },
      { header: '单位', width: 10 },
      { header: '来源', width: 9 },
      { header: '计量点', width: 10 },
      { header: '检定/校准证书', width: 30 },
      { header: '缺失月份', width: 16 },
      { header: `排放量（${unit}）`, width: 14, numFmt: TCO2 },
      { header: '计入总量', width: 9 },
      { header: '实测比例', width: 10, numFmt: SHARE },
      { header: `计量排放量（${unit}）`, width: 16, numFmt: TCO2 },
    ],
    sources.map((s) => [
      s.provenance.code,
      s.provenance.name,
      s.provenance.siteName ?? '未分厂区',
      SOURCE_KIND_LABELS[s.input.kind].zh,
      groupLabelOf(s),
      s.input.quantity.value,
      s.provenance.activity.unit,
      ORIGIN[s.provenance.activity.origin],
      s.provenance.activity.pointCode,
      s.provenance.activity.certificates
        .map((c) => `${c.instrumentCode} ${c.number}${c.validUntil ? ` 至${c.validUntil}` : ''}`)
        .join('；'),
      s.provenance.activity.missingMonths.join('、'),
      s.result.tco2,
      s.biomass ? '否（生物质）' : '是',
      s.measuredFraction,
      s.measuredTco2,
    ]),
  );

  // 月度: per month, each source's activity and tCO2, and the month's total.
  addSheet(
    workbook,
    '月度',
    [
      { header: '月份', width: 10 },
      ...sources.flatMap((s) => [
        { header: `${s.provenance.code} 活动数据（${s.provenance.activity.unit}）`, width: 18, numFmt: '0.0000' },
        { header: `${s.provenance.code} 排放量（${unit}）`, width: 18, numFmt: TCO2 },
      ]),
      { header: `合计（${unit}）`, width: 14, numFmt: TCO2 },
    ],
    record.months.map((m, i) => {
      const monthly = result.monthly[i]!;
      return [
        m.month,
        ...sources.flatMap((s) => [
          s.provenance.activity.missingMonths.includes(m.month) ? '缺失' : (m.quantities[s.input.id] ?? 0),
          monthly.sources[s.input.id] ?? 0,
        ]),
        monthly.totalTco2,
      ];
    }),
  );

  addSheet(
    workbook,
    '因子',
    [
      { header: '排放源', width: 10 },
      { header: '参数', width: 14 },
      { header: '因子编码', width: 24 },
      { header: '版本', width: 6 },
      { header: '数值', width: 12 },
      { header: '单位', width: 12 },
      { header: 'u_rel', width: 9, numFmt: UREL },
      { header: '来源文件', width: 50 },
      { header: '确认程度', width: 9 },
      { header: '确认说明', width: 24 },
    ],
    sources.flatMap((s) =>
      listReportParameters(s).map((p) =>
        'factor' in p
          ? [
              s.provenance.code,
              p.label,
              p.factor.code,
              p.factor.version,
              p.factor.value,
              p.factor.unit,
              p.factor.uRel,
              p.factor.sourceDocument,
              p.factor.confirmation,
              FACTOR_CONFIRMATION_LABELS[p.factor.confirmation].zh,
            ]
          : [
              s.provenance.code,
              p.label,
              '实测值',
              null,
              p.measured.value,
              p.measured.unit,
              p.measured.uRel ?? null,
              '报告主体实测/化验',
              '实测',
              '',
            ],
      ),
    ),
  );

  addSheet(
    workbook,
    '不确定性',
    [
      { header: '排放源', width: 18 },
      { header: `排放量（${unit}）`, width: 14, numFmt: TCO2 },
      { header: `u（${unit}）`, width: 12, numFmt: TCO2 },
      { header: 'u_rel', width: 9, numFmt: UREL },
      { header: '活动数据不确定度依据', width: 60 },
    ],
    [
      ...sources.map((s) => [
        `${s.provenance.code} ${s.provenance.name}`,
        s.result.tco2,
        s.result.uTco2,
        s.result.uRel,
        s.provenance.activity.uncertaintyBasis,
      ]),
      // IPCC 2006 Vol.1 Eq. 3.2: the sum in quadrature; U = k·u with k = 2 (JJF 1059.1-2012).
      ['合计（IPCC 2006方法1）', e.totalTco2, u.uTco2, u.uRel, `U=${u.k}u，95%包含区间见汇总`],
    ],
  );

  return Buffer.from(await workbook.xlsx.writeBuffer());
};

/** GET /api/accounting-runs/:id/report.xlsx: load the run and its reporting entity, render. */
export const getEmissionReportXlsx = async (deps: EmissionReportDeps, runId: string): Promise<EmissionReportFile> => {
  const input = await loadEmissionReport(deps, runId);
  return {
    filename: `温室气体排放报告-${input.entity.name}-${input.run.periodStart}至${input.run.periodEnd}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    content: await renderEmissionReportXlsx(input),
  };
};
