import ExcelJS from 'exceljs';
import { QUALITY_FLAG_LABELS, type QualityReport, type QualityRule } from '@jiliang/shared';

/** The monthly data-quality report as XLSX (issue 6 §5; CM-6(5)): the enterprise's score, its parts, each point. */
const pct = (v: number | null) => (v === null ? '—' : Math.round(v * 1000) / 10);

export const renderQualityReportXlsx = async (report: QualityReport): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  const summary = workbook.addWorksheet('概况');
  summary.addRow([`${report.enterprise.name} 数据质量月报 ${report.month}`]).font = { bold: true, size: 14 };
  summary.addRow([
    '可信度得分',
    report.credibility.score === null ? '—' : Math.round(report.credibility.score * 10) / 10,
    '等级',
    report.credibility.grade ?? '—',
  ]);
  summary.addRow(['完整率（%）', pct(report.credibility.parts.completeness), '有效率（%）', pct(report.credibility.parts.validity)]);
  summary.addRow(['检定/校准覆盖（%）', pct(report.credibility.parts.calibration), '平衡闭合（%）', pct(report.credibility.parts.balance)]);
  summary.addRow([]);
  summary.addRow(['问题类型', '问题数']).font = { bold: true };
  for (const [rule, n] of Object.entries(report.issuesByRule)) summary.addRow([QUALITY_FLAG_LABELS[rule as QualityRule].zh, n]);
  summary.addRow([]);
  summary.addRow(['生成时间', report.generatedAt, '时区', 'Asia/Shanghai']);
  summary.getColumn(1).width = 22;
  summary.getColumn(3).width = 18;

  const points = workbook.addWorksheet('测点');
  points.columns = [
    { header: '测点编码', key: 'code', width: 14 },
    { header: '测点名称', key: 'name', width: 20 },
    { header: '评价天数', key: 'days', width: 10 },
    { header: '完整率（%）', key: 'completeness', width: 12 },
    { header: '可信度得分', key: 'score', width: 12 },
    { header: '等级', key: 'grade', width: 8 },
    { header: '用量', key: 'total', width: 14 },
    { header: '其中估算', key: 'estimated', width: 14 },
    { header: '估算占比（%）', key: 'share', width: 14 },
    { header: '单位', key: 'unit', width: 8 },
    { header: '问题', key: 'issues', width: 40 },
  ];
  points.getRow(1).font = { bold: true };
  for (const p of report.points)
    points.addRow({
      code: p.code,
      name: p.name,
      days: p.days,
      completeness: pct(p.completeness),
      score: p.credibility.score === null ? '—' : Math.round(p.credibility.score * 10) / 10,
      grade: p.credibility.grade ?? '—',
      total: p.total?.total ?? '—',
      estimated: p.total?.estimated ?? '—',
      share: p.total ? pct(p.total.share) : '—',
      unit: p.unit,
      issues: Object.entries(p.issues)
        .map(([rule, n]) => `${QUALITY_FLAG_LABELS[rule as QualityRule].zh} ${n}`)
        .join('；'),
    });
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
