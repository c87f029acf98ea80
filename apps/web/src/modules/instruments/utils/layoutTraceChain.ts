import type { TraceChainView } from './TraceChainView.ts';

export type TraceNodePosition = { key: string; row: number; column: number; x: number; y: number };
export type TraceChainLayout = { positions: Map<string, TraceNodePosition>; rows: number; columns: number };

export const TRACE_COLUMN_GAP = 280;
export const TRACE_ROW_GAP = 120;

/**
 * Rows for the chain graph, national primary standards at the top (the end of every chain, JJF 1001-2011
 * 计量溯源链) and the instrument at the bottom: a node's row counts its links from the instrument (breadth
 * first along the edges, so a cycle cannot loop), and every national primary shares row 0. Within a row
 * nodes are ordered under the nodes that link to them, then by name, and centred, so the picture is the
 * same on every load.
 */
export const layoutTraceChain = (chain: Pick<TraceChainView, 'nodes' | 'edges'>): TraceChainLayout => {
  const start = chain.nodes.find((node) => node.isStart) ?? chain.nodes[0];
  const depth = new Map<string, number>();
  if (start) depth.set(start.key, 0);
  const queue = start ? [start.key] : [];
  for (let head = 0; head < queue.length; head++) {
    const key = queue[head] ?? '';
    const next = (depth.get(key) ?? 0) + 1;
    for (const edge of chain.edges) {
      if (edge.from !== key || depth.has(edge.to)) continue;
      depth.set(edge.to, next);
      queue.push(edge.to);
    }
  }
  const hasPrimary = chain.nodes.some((node) => node.isNationalPrimary);
  const others = chain.nodes.filter((node) => !node.isNationalPrimary);
  const deepest = Math.max(0, ...others.map((node) => depth.get(node.key) ?? 0));
  const offset = hasPrimary ? 1 : 0;
  const rowOf = (node: TraceChainView['nodes'][number]): number =>
    node.isNationalPrimary ? 0 : offset + deepest - (depth.get(node.key) ?? 0);

  const byRow = new Map<number, TraceChainView['nodes']>();
  for (const node of chain.nodes) byRow.set(rowOf(node), [...(byRow.get(rowOf(node)) ?? []), node]);
  const positions = new Map<string, TraceNodePosition>();
  let columns = 0;
  // Bottom row first: each node sits under the mean x of the nodes that link up to it (barycentre), so
  // links rarely cross; nodes with no placed child, and ties, go by name.
  const parentXs = (key: string): number[] =>
    chain.edges.filter((edge) => edge.to === key).flatMap((edge) => positions.get(edge.from)?.x ?? []);
  const barycentre = (key: string): number => {
    const xs = parentXs(key);
    return xs.length === 0 ? Number.POSITIVE_INFINITY : xs.reduce((sum, x) => sum + x, 0) / xs.length;
  };
  for (const row of [...byRow.keys()].sort((a, b) => b - a)) {
    const sorted = [...(byRow.get(row) ?? [])]
      .map((node) => ({ node, at: barycentre(node.key) }))
      .sort((a, b) => a.at - b.at || a.node.name.localeCompare(b.node.name, 'zh-CN') || a.node.key.localeCompare(b.node.key))
      .map(({ node }) => node);
    columns = Math.max(columns, sorted.length);
    sorted.forEach((node, column) => {
      const x = (column - (sorted.length - 1) / 2) * TRACE_COLUMN_GAP;
      positions.set(node.key, { key: node.key, row, column, x, y: row * TRACE_ROW_GAP });
    });
  }
  return { positions, rows: chain.nodes.length === 0 ? 0 : offset + deepest + 1, columns };
};
