import { formatTco2 } from './formatTco2.ts';

/** The body of GET /api/accounting-runs/:id/sankey (buildEmissionsSankey in packages/calc). */
export type EmissionsSankeyView = {
  nodes: { name: string; group: 'carrier' | 'kind' | 'total' }[];
  links: { source: string; target: string; value: number }[];
};

const GROUP_COLORS: Record<EmissionsSankeyView['nodes'][number]['group'], string> = {
  carrier: '#1677ff',
  kind: '#fa8c16',
  total: '#cf1322',
};

/**
 * Energy carriers → GB/T 32150 source groups → the total (issue 7 §6), in tCO2: carriers blue, groups orange, the
 * total red. Only the positive, counted flows come from the server; the per-source table lists the subtracted ones.
 */
export const buildSankeyOption = (sankey: EmissionsSankeyView, unit: string) => ({
  aria: { enabled: true },
  tooltip: { trigger: 'item', valueFormatter: (value: unknown) => `${formatTco2(Number(value))} ${unit}` },
  series: [
    {
      type: 'sankey',
      left: 8,
      right: 120,
      top: 16,
      bottom: 16,
      nodeGap: 14,
      emphasis: { focus: 'adjacency' },
      lineStyle: { color: 'gradient', curveness: 0.5, opacity: 0.35 },
      label: { fontSize: 12 },
      data: sankey.nodes.map((node) => ({ name: node.name, itemStyle: { color: GROUP_COLORS[node.group] } })),
      links: sankey.links.map((link) => ({ ...link })),
    },
  ],
});
