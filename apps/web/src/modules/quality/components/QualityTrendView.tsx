import type { QualityTrend } from '@jiliang/shared';
import { Empty, Flex, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { EChart } from '../../charts/EChart.tsx';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { buildTrendOption } from '../utils/buildTrendOption.ts';
import { formatScore } from '../utils/formatScore.ts';
import { registerQualityCharts } from '../utils/registerQualityCharts.ts';

registerQualityCharts();

type Row = QualityTrend['enterprises'][number];

/** 质量趋势: the monthly credibility score of each enterprise, as lines and as a table of the same figures. */
export const QualityTrendView = ({ trend }: { trend: QualityTrend }) => {
  const { t } = useLocale();
  const option = useMemo(() => buildTrendOption(trend, t('quality.trend.score')), [trend, t]);
  if (trend.enterprises.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('quality.trend.empty')} />;
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('quality.trend.hint')}</Typography.Text>
      <EChart option={option} height={340} data-testid="quality-trend-chart" />
      <Table<Row>
        size="small"
        rowKey="id"
        data-testid="quality-trend-table"
        dataSource={trend.enterprises}
        pagination={false}
        scroll={{ x: 200 + trend.months.length * 90 }}
        columns={[
          { key: 'name', title: t('quality.trend.enterprise'), dataIndex: 'name', fixed: 'left', width: 200 },
          ...trend.months.map((month, i) => ({
            key: month,
            title: month,
            width: 90,
            align: 'right' as const,
            render: (_: unknown, row: Row) => formatScore(row.scores[i]),
          })),
        ]}
      />
    </Flex>
  );
};
