import { describe, expect, it } from 'vitest';
import { layoutTraceChain, TRACE_COLUMN_GAP, TRACE_ROW_GAP } from './layoutTraceChain.ts';
import { makeTraceChain } from './traceChainFixture.ts';

describe('layoutTraceChain (JJF 1001-2011 chain drawn top-down from the national primary)', () => {
  it('puts the national primary in row 0 and the instrument in the bottom row', () => {
    const layout = layoutTraceChain(makeTraceChain());
    // Links from M: W1, W2 = 1; H = 2; P = 3 (primary, forced to row 0). Deepest non-primary = 2, so
    // rows = 1 (primary) + 2 + 1 = 4 and a node's row = 1 + 2 − depth: M 3, W1/W2 2, H 1.
    expect(layout.rows).toBe(4);
    expect(layout.positions.get('P@2026-03-01')?.row).toBe(0);
    expect(layout.positions.get('H@2026-04-10')?.row).toBe(1);
    expect(layout.positions.get('W1@2026-05-10')?.row).toBe(2);
    expect(layout.positions.get('W2@2026-05-10')?.row).toBe(2);
    expect(layout.positions.get('M@2026-11-28')).toMatchObject({ row: 3, x: 0, y: 3 * TRACE_ROW_GAP });
  });

  it('centres the nodes of a row, sorted by name', () => {
    const layout = layoutTraceChain(makeTraceChain());
    // Row 2 holds '0.05级检定装置' and '0.1级校验仪' ('0.05' sorts before '0.1'): x = ∓280/2 = ∓140.
    expect(layout.positions.get('W1@2026-05-10')?.x).toBe(-TRACE_COLUMN_GAP / 2);
    expect(layout.positions.get('W2@2026-05-10')?.x).toBe(TRACE_COLUMN_GAP / 2);
    expect(layout.columns).toBe(2);
  });

  it('orders a row under the nodes that link to it, so links do not cross', () => {
    const chain = makeTraceChain();
    // W1 (x −140) → Hb and W2 (x +140) → Ha: by name Ha would sit left and the links cross; by barycentre
    // Hb sits left (−140) and Ha right (+140).
    const nodes = [
      ...chain.nodes.filter((node) => node.key !== 'H@2026-04-10' && !node.isNationalPrimary),
      { ...chain.nodes[3]!, key: 'Ha@2026-04-10', name: 'A 标准' },
      { ...chain.nodes[3]!, key: 'Hb@2026-04-10', name: 'B 标准' },
    ];
    const edges = [
      chain.edges[0]!,
      { ...chain.edges[1]!, valid: true },
      { ...chain.edges[2]!, from: 'W1@2026-05-10', to: 'Hb@2026-04-10' },
      { ...chain.edges[2]!, from: 'W2@2026-05-10', to: 'Ha@2026-04-10' },
    ];
    const layout = layoutTraceChain({ nodes, edges });
    expect(layout.positions.get('Hb@2026-04-10')?.x).toBe(-TRACE_COLUMN_GAP / 2);
    expect(layout.positions.get('Ha@2026-04-10')?.x).toBe(TRACE_COLUMN_GAP / 2);
  });

  it('has no primary row when the chain never reaches a national primary', () => {
    const chain = makeTraceChain();
    const withoutPrimary = {
      nodes: chain.nodes.filter((node) => !node.isNationalPrimary),
      edges: chain.edges.filter((edge) => edge.to !== 'P@2026-03-01'),
    };
    const layout = layoutTraceChain(withoutPrimary);
    // Depths M 0, W 1, H 2: rows = 2 + 1 = 3, H on top (row 0), M at the bottom (row 2).
    expect(layout.rows).toBe(3);
    expect(layout.positions.get('H@2026-04-10')?.row).toBe(0);
    expect(layout.positions.get('M@2026-11-28')?.row).toBe(2);
  });

  it('terminates on a cycle (a CYCLE break keeps its back edge)', () => {
    const chain = makeTraceChain();
    const cyclic = { nodes: chain.nodes, edges: [...chain.edges, { ...chain.edges[2]!, from: 'H@2026-04-10', to: 'W1@2026-05-10' }] };
    expect(layoutTraceChain(cyclic).positions.size).toBe(5);
  });

  it('lays out nothing for an empty chain', () => {
    expect(layoutTraceChain({ nodes: [], edges: [] })).toEqual({ positions: new Map(), rows: 0, columns: 0 });
  });
});
