import { Empty, Flex, Segmented, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { ApiErrorAlert } from '../../api/components/ApiErrorAlert.tsx';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useQualityHeatmap } from '../hooks/useQualityHeatmap.ts';
import { buildHeatmapOption, type HeatmapMetric } from '../utils/buildHeatmapOption.ts';
import { QualityHeatmapChart } from './QualityHeatmapChart.tsx';

type Props = { enterpriseId: string; month: string; onSelect: (pointId: string, day: string) => void };

/** 质量热力图: the month's point × day cells, coloured by credibility or completeness; a click opens the day. */
export const QualityHeatmapPanel = ({ enterpriseId, month, onSelect }: Props) => {
  const { t, locale } = useLocale();
  const [metric, setMetric] = useState<HeatmapMetric>('score');
  const heatmap = useQualityHeatmap(enterpriseId, month);
  const option = useMemo(
    () =>
      heatmap.data
        ? buildHeatmapOption(
            heatmap.data,
            metric,
            {
              score: t('quality.credibility'),
              completeness: t('quality.completeness'),
              flags: t('quality.flags'),
              none: t('quality.noFlags'),
              readings: (count) => t('quality.readingCount', { count }),
            },
            locale,
          )
        : undefined,
    [heatmap.data, metric, t, locale],
  );
  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t('quality.heatmapHint')}</Typography.Text>
        <Segmented<HeatmapMetric>
          value={metric}
          onChange={setMetric}
          data-testid="quality-metric"
          options={[
            { value: 'score', label: t('quality.metric.score') },
            { value: 'completeness', label: t('quality.metric.completeness') },
          ]}
        />
      </Flex>
      {heatmap.error && <ApiErrorAlert error={heatmap.error} />}
      {!heatmap.data && !heatmap.error && <Spin />}
      {heatmap.data && heatmap.data.points.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('quality.noPoints')} />
      )}
      {heatmap.data && option && heatmap.data.points.length > 0 && (
        <QualityHeatmapChart
          option={option}
          rows={heatmap.data.points.length}
          onSelect={(cell) => {
            onSelect(cell.pointId, cell.day);
          }}
        />
      )}
    </Flex>
  );
};
