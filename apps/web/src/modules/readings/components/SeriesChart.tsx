import { Empty } from 'antd';
import { useMemo } from 'react';
import { EChart } from '../../charts/EChart.tsx';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { buildSeriesOption, type Series } from '../utils/buildSeriesOption.ts';
import { registerReadingCharts } from '../utils/registerReadingCharts.ts';

registerReadingCharts();

/** The chart of one series: bars or lines (buildSeriesOption), zoomable. */
export const SeriesChart = ({ series }: { series: Series }) => {
  const { t } = useLocale();
  const option = useMemo(
    () =>
      buildSeriesOption(series, {
        consumption: t('meterData.consumption'),
        value: t('meterData.value'),
        min: t('meterData.min'),
        max: t('meterData.max'),
        mean: t('meterData.mean'),
      }),
    [series, t],
  );
  if (series.buckets.length === 0) return <Empty description={t('meterData.noData')} data-testid="series-empty" />;
  return <EChart option={option} height={360} data-testid="series-chart" />;
};
