import { RESOLUTIONS, type Medium, type Point, type Resolution, type SeriesQuery } from '@jiliang/shared';
import { Button, Card, DatePicker, Flex, Segmented, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ApiErrorAlert } from '../../api/components/ApiErrorAlert.tsx';
import { buildQueryString } from '../../api/utils/buildQueryString.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useSeries } from '../hooks/useSeries.ts';
import type { SeriesTarget } from '../utils/buildPointTree.ts';
import { pickScopeMedia } from '../utils/pickScopeMedia.ts';
import { defaultSeriesDates, RESOLUTION_KEYS, toSeriesRange } from '../utils/seriesRange.ts';
import { SeriesChart } from './SeriesChart.tsx';

type Props = { target: SeriesTarget; title: string; scopePoints: readonly Point[] };

const scopeOf = (target: SeriesTarget): Pick<SeriesQuery, 'pointId' | 'siteId' | 'enterpriseId'> =>
  target.kind === 'point' ? { pointId: target.id } : target.kind === 'site' ? { siteId: target.id } : { enterpriseId: target.id };

/**
 * The time-series panel (issue 5 §7): resolution switch (原始/小时/日/月; raw for one point only), a date
 * range (the last 30 days by default), a medium filter for a site or the enterprise, the chart and exports.
 */
export const SeriesPanel = ({ target, title, scopePoints }: Props) => {
  const { t } = useLocale();
  const [resolution, setResolution] = useState<Resolution>('day');
  const [dates, setDates] = useState<[string, string]>(() => defaultSeriesDates(new Date()));
  const [medium, setMedium] = useState<Medium | undefined>(undefined);
  const isPoint = target.kind === 'point';
  const scopeMedia = pickScopeMedia(scopePoints);
  const shownMedium = medium && scopeMedia.media.includes(medium) ? medium : scopeMedia.initial;
  const effective: Resolution = !isPoint && resolution === 'raw' ? 'hour' : resolution;
  const query: SeriesQuery = {
    ...toSeriesRange(dates[0], dates[1]),
    resolution: effective,
    ...scopeOf(target),
    ...(isPoint || !shownMedium ? {} : { medium: shownMedium }),
  };
  const series = useSeries(query);
  const exportHref = (format: 'csv' | 'xlsx') => `/api/series/export${buildQueryString({ ...query, format })}`;

  return (
    <Card
      title={`${t('meterData.series')} · ${title}`}
      data-testid="series-panel"
      extra={
        <Space>
          <Button href={exportHref('csv')} data-testid="export-csv">
            {t('meterData.exportCsv')}
          </Button>
          <Button href={exportHref('xlsx')} data-testid="export-xlsx">
            {t('meterData.exportXlsx')}
          </Button>
        </Space>
      }
    >
      <Flex vertical gap={12}>
        <Flex gap={12} wrap align="center">
          <Segmented<Resolution>
            data-testid="resolution-switch"
            value={effective}
            options={RESOLUTIONS.map((value) => ({
              value,
              label: <span data-testid={`resolution-${value}`}>{t(RESOLUTION_KEYS[value])}</span>,
              disabled: value === 'raw' && !isPoint,
            }))}
            onChange={setResolution}
          />
          <DatePicker.RangePicker
            data-testid="series-range"
            allowClear={false}
            value={[dayjs(dates[0]), dayjs(dates[1])]}
            onChange={(range) => {
              if (range?.[0] && range[1]) setDates([range[0].format('YYYY-MM-DD'), range[1].format('YYYY-MM-DD')]);
            }}
          />
          {!isPoint && (
            <Select<Medium>
              style={{ minWidth: 160 }}
              placeholder={t('meterData.medium')}
              value={shownMedium}
              onChange={setMedium}
              options={scopeMedia.media.map((value) => ({
                value,
                label: scopeMedia.summable.includes(value)
                  ? t(`medium.${value}`)
                  : `${t(`medium.${value}`)} (${t('meterData.mixedUnits')})`,
                disabled: !scopeMedia.summable.includes(value),
              }))}
              data-testid="series-medium"
            />
          )}
          {!isPoint && <Typography.Text type="secondary">{t('meterData.rawNeedsPoint')}</Typography.Text>}
        </Flex>
        {series.error && <ApiErrorAlert error={series.error} />}
        {series.data && <SeriesChart series={series.data} />}
      </Flex>
    </Card>
  );
};
