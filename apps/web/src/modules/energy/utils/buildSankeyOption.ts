import type { EnergyBalance } from '@jiliang/shared';
import type { EChartsCoreOption } from 'echarts/core';

const COLORS = { meter: '#1677ff', loss: '#faad14', unmetered: '#ff4d4f' } as const;

/**
 * The energy balance as an ECharts Sankey: node names are the meter ids (unique), labels their display names;
 * losses amber, unmetered remainders red. Values carry the balance's unit in the tooltip.
 */
export const buildSankeyOption = (balance: Pick<EnergyBalance, 'sankey' | 'unit'>, labels: { unmetered: string }): EChartsCoreOption => {
  const names = new Map(balance.sankey.nodes.map((n) => [n.name, n.displayName]));
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p: { dataType?: string; data: { source?: string; target?: string; value?: number; name?: string } }) =>
        p.dataType === 'edge'
          ? `${names.get(p.data.source ?? '') ?? ''} → ${names.get(p.data.target ?? '') ?? ''}: ${(p.data.value ?? 0).toFixed(1)} ${balance.unit}`
          : (names.get(p.data.name ?? '') ?? ''),
    },
    series: [
      {
        type: 'sankey',
        emphasis: { focus: 'adjacency' },
        nodeAlign: 'left',
        label: { formatter: (p: { name: string }) => names.get(p.name) ?? p.name },
        data: balance.sankey.nodes.map((n) => ({ name: n.name, itemStyle: { color: COLORS[n.kind] } })),
        links: balance.sankey.links.map((l) => ({ ...l })),
        lineStyle: { color: 'gradient', opacity: 0.4 },
      },
    ],
    aria: { enabled: true, label: { description: labels.unmetered } },
  };
};
