import { ORGANISATION_KIND_LABELS } from '@jiliang/shared';
import { Card } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { ApiErrorAlert } from '../../api/components/ApiErrorAlert.tsx';
import { EChart } from '../../charts/EChart.tsx';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import type { OrganisationCounts } from '../../organisations/hooks/useOrganisationCountsByKind.ts';

export const OrganisationsByKindChart = ({ counts, isPending, error }: OrganisationCounts) => {
  const { t, pick } = useLocale();

  const option = useMemo<EChartsCoreOption>(
    () => ({
      aria: { enabled: true },
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, top: 16, bottom: 32, containLabel: true },
      xAxis: { type: 'category', data: counts.map(({ kind }) => pick(ORGANISATION_KIND_LABELS[kind])) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: t('home.chart.organisations'), data: counts.map(({ total }) => total), barMaxWidth: 48 }],
    }),
    [counts, pick, t],
  );

  return (
    <Card title={t('home.chart.byKind')} loading={isPending} data-testid="chart-organisations-by-kind">
      {error ? <ApiErrorAlert error={error} /> : <EChart option={option} height={280} />}
    </Card>
  );
};
