import { Empty } from 'antd';
import { useMemo } from 'react';
import { EChart } from '../../charts/EChart.tsx';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { buildTraceGraphOption } from '../utils/buildTraceGraphOption.ts';
import { registerInstrumentCharts } from '../utils/registerInstrumentCharts.ts';
import type { TraceChainView } from '../utils/TraceChainView.ts';

registerInstrumentCharts();

/** The chain drawn as a graph: national primary standards at the top, the instrument at the bottom. */
export const TraceabilityGraph = ({ chain }: { chain: TraceChainView }) => {
  const { t } = useLocale();
  const graph = useMemo(
    () =>
      buildTraceGraphOption(chain, {
        state: (state) => t(`traceState.${state}`),
        level: (level) => t(`standardLevel.${level}`),
        usedOn: (date) => t('trace.usedOn', { date }),
      }),
    [chain, t],
  );
  if (chain.nodes.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return <EChart option={graph.option} height={graph.height} data-testid="trace-graph" />;
};
