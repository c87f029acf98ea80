import { Empty, Spin } from 'antd';
import { useMemo } from 'react';
import { ApiErrorAlert } from '../../api/components/ApiErrorAlert.tsx';
import { EChart } from '../../charts/EChart.tsx';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useRunSankey } from '../hooks/useRunSankey.ts';
import { buildSankeyOption } from '../utils/buildSankeyOption.ts';
import { registerCarbonCharts } from '../utils/registerCarbonCharts.ts';

registerCarbonCharts();

/** 能源—排放流向: the Sankey the server builds from the run (energy carriers → GB/T 32150 groups → total). */
export const RunSankeyChart = ({ runId }: { runId: string }) => {
  const { t } = useLocale();
  const sankey = useRunSankey(runId);
  const unit = t('carbon.tCO2');
  const option = useMemo(() => (sankey.data ? buildSankeyOption(sankey.data, unit) : undefined), [sankey.data, unit]);
  if (sankey.error) return <ApiErrorAlert error={sankey.error} />;
  if (!sankey.data || !option) return <Spin />;
  if (sankey.data.links.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('carbon.sankeyEmpty')} />;
  return <EChart option={option} height={320} data-testid="run-sankey" />;
};
