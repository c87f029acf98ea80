import type { TraceChainNodeState } from '@jiliang/calc';
import type { EChartsCoreOption } from 'echarts/core';
import { layoutTraceChain, TRACE_COLUMN_GAP, TRACE_ROW_GAP } from './layoutTraceChain.ts';
import { escapeHtml } from './escapeHtml.ts';
import type { StandardLevel } from './StandardLevel.ts';
import type { TraceChainView } from './TraceChainView.ts';
import { toChartLabelText } from './toChartLabelText.ts';
import { traceStateColor } from './traceStateColor.ts';

export const TRACE_LINK_VALID = '#52c41a';
export const TRACE_LINK_BROKEN = '#f5222d';

/** Localised words the picture needs; the builder itself stays pure and testable. */
export type TraceGraphLabels = {
  state: (state: TraceChainNodeState) => string;
  level: (level: StandardLevel) => string;
  usedOn: (date: string) => string;
};

export type TraceGraph = { option: EChartsCoreOption; height: number };

const NODE_WIDTH = 250;
const NODE_HEIGHT = 74;

/**
 * The traceability chain as an ECharts graph (issue 4 §3): one box per node (name, owner, level,
 * certificate number, state), arrows from each calibrated node up to the standard its certificate names,
 * labelled with that certificate; valid links green, broken ones red and dashed (JJF 1001-2011: the chain
 * must be unbroken, each link valid on the day it was used).
 */
export const buildTraceGraphOption = (chain: TraceChainView, labels: TraceGraphLabels): TraceGraph => {
  const layout = layoutTraceChain(chain);
  const data = chain.nodes.map((node) => {
    const position = layout.positions.get(node.key);
    const color = traceStateColor(node.state);
    const lines = [
      `{name|${toChartLabelText(node.name)}}`,
      // A national primary's level is already its state (国家计量基准): the second line names only its owner.
      toChartLabelText(
        [node.ownerName, node.level && !node.isNationalPrimary ? labels.level(node.level) : null].filter(Boolean).join(' · ') || ' ',
      ),
      // A standard is judged on the day it was used (JJF 1001-2011), which the third line says.
      toChartLabelText(
        [node.certificateNumber, labels.state(node.state), node.isStart || node.isNationalPrimary ? null : labels.usedOn(node.judgedOn)]
          .filter(Boolean)
          .join(' · '),
      ),
    ];
    return {
      id: node.key,
      name: node.name,
      x: position?.x ?? 0,
      y: position?.y ?? 0,
      symbol: 'rect',
      symbolSize: [NODE_WIDTH, NODE_HEIGHT],
      // No border: ECharts scales a symbol's stroke with its width-to-height ratio; the instrument itself glows.
      itemStyle: { color: color.fill, ...(node.isStart ? { shadowBlur: 10, shadowColor: color.border } : {}) },
      label: {
        show: true,
        formatter: lines.join('\n'),
        color: '#262626',
        fontSize: 11,
        lineHeight: 17,
        width: NODE_WIDTH - 16,
        overflow: 'truncate',
        rich: { name: { fontWeight: 'bold', fontSize: 12, lineHeight: 18, width: NODE_WIDTH - 16, overflow: 'truncate' } },
      },
      tooltip: { formatter: `${escapeHtml(node.name)}<br/>${escapeHtml(labels.state(node.state))}：${escapeHtml(node.message)}` },
    };
  });
  // ECharts fits the nodes' bounding box into the chart, keeping its aspect ratio: a chain of one column (or
  // one node) has no width (or height). Two invisible corner anchors make the box at least three columns
  // wide and half a row taller than the nodes on each side, so a lone column stays centred and boxes fit.
  const halfSpan = (Math.max(layout.columns, 3) * TRACE_COLUMN_GAP) / 2;
  const corners: [number, number][] = [
    [-halfSpan, -TRACE_ROW_GAP / 2],
    [halfSpan, (Math.max(layout.rows, 1) - 0.5) * TRACE_ROW_GAP],
  ];
  const anchors = corners.map(([x, y], index) => ({
    id: `anchor-${index}`,
    name: '',
    x,
    y,
    symbolSize: 0,
    silent: true,
    label: { show: false },
    tooltip: { show: false },
  }));
  const links = chain.edges.map((edge) => ({
    source: edge.from,
    target: edge.to,
    lineStyle: { color: edge.valid ? TRACE_LINK_VALID : TRACE_LINK_BROKEN, width: 2, type: edge.valid ? 'solid' : 'dashed' },
    tooltip: { formatter: escapeHtml(edge.reason ? edge.reason.message : `${edge.certificateNumber} · ${labels.usedOn(edge.usedOn)}`) },
  }));
  // ECharts turns an edge's own label along the edge; the certificate number reads better level, beside the
  // arrow, so it is a label-only point at the middle of the link.
  const edgeLabels = chain.edges.map((edge, index) => {
    const from = layout.positions.get(edge.from);
    const to = layout.positions.get(edge.to);
    return {
      id: `edge-label-${index}`,
      name: edge.certificateNumber,
      x: ((from?.x ?? 0) + (to?.x ?? 0)) / 2,
      y: ((from?.y ?? 0) + (to?.y ?? 0)) / 2,
      symbolSize: 0,
      label: {
        show: true,
        position: 'right',
        distance: 6,
        formatter: toChartLabelText(edge.certificateNumber),
        color: edge.valid ? '#237804' : '#a8071a',
        fontSize: 11,
        backgroundColor: '#ffffff',
        padding: [1, 3],
      },
      tooltip: { formatter: escapeHtml(edge.reason ? edge.reason.message : `${edge.certificateNumber} · ${labels.usedOn(edge.usedOn)}`) },
    };
  });
  const option: EChartsCoreOption = {
    aria: { enabled: true },
    tooltip: { trigger: 'item', confine: true, extraCssText: 'max-width: 420px; white-space: normal;' },
    series: [
      {
        type: 'graph',
        layout: 'none',
        roam: true,
        left: 8,
        right: 8,
        top: 8,
        bottom: 8,
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: [0, 10],
        data: [...data, ...edgeLabels, ...anchors],
        links,
        emphasis: { focus: 'adjacency' },
      },
    ],
  };
  return { option, height: Math.max(180, layout.rows * TRACE_ROW_GAP + 40) };
};
