import { FileExcelOutlined } from '@ant-design/icons';
import { QUALITY_FLAG_LABELS, QUALITY_RULES, type QualityReport } from '@jiliang/shared';
import { Button, Flex, Spin, Table, Tag, Typography } from 'antd';
import { ApiErrorAlert } from '../../api/components/ApiErrorAlert.tsx';
import { formatPercent } from '../../carbon/utils/formatPercent.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useQualityReport } from '../hooks/useQualityReport.ts';
import { formatScore } from '../utils/formatScore.ts';
import { CredibilityParts } from './CredibilityParts.tsx';

type PointRow = QualityReport['points'][number];
const PARTS = ['completeness', 'validity', 'calibration', 'balance'] as const;

/**
 * 数据质量月报 on screen (issue 6 §5; CM-6(5)): the enterprise's credibility with its parts, each point's score, parts,
 * issues and estimated share, the issues by rule, and the same report as the server writes it in XLSX.
 */
export const QualityReportPanel = ({ enterpriseId, month }: { enterpriseId: string; month: string }) => {
  const { t, pick } = useLocale();
  const report = useQualityReport(enterpriseId, month);
  if (report.error) return <ApiErrorAlert error={report.error} />;
  if (!report.data) return <Spin />;
  const data = report.data;
  const href = `/api/organisations/${encodeURIComponent(enterpriseId)}/quality/report.xlsx?month=${month}`;
  const byRule = QUALITY_RULES.filter((rule) => (data.issuesByRule[rule] ?? 0) > 0);
  return (
    <Flex vertical gap={12} data-testid="quality-report">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text strong>{`${data.enterprise.name} · ${data.month} · ${t('quality.report.overall')}`}</Typography.Text>
        <Button icon={<FileExcelOutlined />} href={href} data-testid="quality-report-xlsx">
          {t('quality.report.xlsx')}
        </Button>
      </Flex>
      <CredibilityParts credibility={data.credibility} testId="quality-report-credibility" />
      {byRule.length > 0 && (
        <Flex gap={4} wrap align="center">
          <Typography.Text type="secondary">{`${t('quality.report.byRule')}：`}</Typography.Text>
          {byRule.map((rule) => (
            <Tag key={rule}>{`${pick(QUALITY_FLAG_LABELS[rule])} ${String(data.issuesByRule[rule])}`}</Tag>
          ))}
        </Flex>
      )}
      <Table<PointRow>
        size="small"
        rowKey="id"
        data-testid="quality-report-points"
        dataSource={data.points}
        pagination={false}
        scroll={{ x: 1000 }}
        columns={[
          { key: 'point', title: t('quality.point'), fixed: 'left', width: 180, render: (_, p) => `${p.code} ${p.name}` },
          { key: 'days', title: t('quality.report.days'), dataIndex: 'days', width: 70, align: 'right' },
          { key: 'score', title: t('quality.report.score'), width: 70, align: 'right', render: (_, p) => formatScore(p.credibility.score) },
          { key: 'grade', title: t('quality.report.grade'), width: 60, render: (_, p) => p.credibility.grade ?? '—' },
          ...PARTS.map((part) => ({
            key: part,
            title: t(`quality.part.${part}`),
            width: 100,
            align: 'right' as const,
            render: (_: unknown, p: PointRow) => formatPercent(p.credibility.parts[part]),
          })),
          {
            key: 'share',
            title: t('quality.estimatedShare'),
            width: 90,
            align: 'right',
            render: (_, p) => (p.total ? formatPercent(p.total.share) : '—'),
          },
          {
            key: 'issues',
            title: t('quality.report.issues'),
            render: (_, p) =>
              Object.entries(p.issues)
                .map(([rule, n]) => `${rule in QUALITY_FLAG_LABELS ? pick(QUALITY_FLAG_LABELS[rule as 'gap']) : rule} ${String(n)}`)
                .join('、') || '—',
          },
        ]}
      />
    </Flex>
  );
};
