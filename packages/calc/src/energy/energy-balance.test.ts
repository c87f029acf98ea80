import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateEnergyBalance, type EnergyBalanceMeter } from './energy-balance.ts';

const period = { from: '2025-10-01', to: '2025-10-31' };
/** Root 1000 kWh with 20 kWh transformer loss; A 500 → A1 300 + A2 150; B 460. */
const tree: EnergyBalanceMeter = {
  id: 'root',
  name: '总进线',
  reading: 1000,
  declaredLoss: 20,
  children: [
    {
      id: 'A',
      name: '生料车间',
      reading: 500,
      children: [
        { id: 'A1', name: '立磨', reading: 300 },
        { id: 'A2', name: '风机', reading: 150 },
      ],
    },
    { id: 'B', name: '水泥磨', reading: 460 },
  ],
};

describe('energy balance (GB/T 3484 enterprise energy balance)', () => {
  it('GB/T 3484: per meter input, outputs, loss and unmetered remainder; 2 % exactly is not flagged, 10 % is', () => {
    const r = evaluateEnergyBalance({ period, unit: 'kWh', root: tree });
    const row = (id: string) => r.rows.find((x) => x.id === id);
    // root: 1000 − (500 + 460) − 20 = 20 = 2 % of 1000: at the tolerance, ok; loss rate (20 + 20) / 1000 = 4 %
    expect(row('root')).toMatchObject({ input: 1000, outputs: 960, declaredLoss: 20, unmetered: 20, lossRate: 0.04, flag: 'ok', depth: 0 });
    // A: 500 − (300 + 150) = 50 = 10 % of 500 > 2 %
    expect(row('A')).toMatchObject({ outputs: 450, unmetered: 50, lossRate: 0.1, flag: 'unmetered_remainder', parentId: 'root' });
    expect(row('A1')).toMatchObject({ outputs: null, flag: 'end_use', lossRate: null });
    // end uses 300 + 150 + 460 = 910; 910 + 20 (declared) + 70 (unmetered) = 1000; closure (910 + 20) / 1000 = 0.93
    expect(r.totals).toEqual({ input: 1000, endUse: 910, declaredLoss: 20, unmetered: 70, closure: 0.93 });
    expect(r.flagged).toEqual(['A']);
  });

  it('GB/T 3484: children reading more than their parent are flagged and drawn without a negative link', () => {
    const r = evaluateEnergyBalance({
      period,
      unit: 'kWh',
      root: {
        id: 'P',
        name: '母线',
        reading: 100,
        children: [
          { id: 'X', name: 'x', reading: 60 },
          { id: 'Y', name: 'y', reading: 50 },
        ],
      },
    });
    expect(r.rows[0]).toMatchObject({ unmetered: -10, flag: 'children_exceed_parent' });
    expect(r.sankey.links.every((l) => l.value > 0)).toBe(true);
    expect(r.sankey.nodes.map((n) => n.name)).toEqual(['P', 'X', 'Y']);
  });

  it('sankey: meters, losses and unmetered remainders as ECharts nodes and links', () => {
    const { sankey } = evaluateEnergyBalance({ period, unit: 'kWh', root: tree });
    expect(sankey.nodes.map((n) => `${n.name}:${n.kind}`)).toEqual([
      'root:meter',
      'A:meter',
      'A1:meter',
      'A2:meter',
      'A#unmetered:unmetered',
      'B:meter',
      'root#loss:loss',
      'root#unmetered:unmetered',
    ]);
    expect(sankey.links).toContainEqual({ source: 'root', target: 'root#loss', value: 20 });
    expect(sankey.links).toContainEqual({ source: 'A', target: 'A#unmetered', value: 50 });
    // what leaves root in the diagram equals its reading: 500 + 460 + 20 + 20
    expect(sankey.links.filter((l) => l.source === 'root').reduce((s, l) => s + l.value, 0)).toBe(1000);
  });

  it('GB/T 3484: bad trees are refused naming the path: a duplicate id, a negative reading, a loss on an end use', () => {
    const bad: EnergyBalanceMeter = {
      id: 'R',
      name: 'r',
      reading: 10,
      children: [
        { id: 'R', name: 'dup', reading: -1 },
        { id: 'L', name: 'leaf', reading: 1, declaredLoss: 1 },
      ],
    };
    try {
      evaluateEnergyBalance({ period, unit: 'kWh', root: bad });
      expect.unreachable();
    } catch (error) {
      expect((error as { details: { field: string }[] }).details.map((d) => d.field)).toEqual([
        'root.children[0].reading',
        'root.children[0].id',
        'root.children[1].declaredLoss',
      ]);
    }
  });

  it('GB/T 3484: the balance closes for any tree: root = end uses + declared losses + remainders (property)', () => {
    let next = 0;
    const meter: fc.Memo<EnergyBalanceMeter> = fc.memo((depth) =>
      fc
        .record({
          reading: fc.integer({ min: 0, max: 10_000 }),
          declaredLoss: fc.integer({ min: 0, max: 100 }),
          children: depth > 1 ? fc.array(meter(depth - 1), { maxLength: 3 }) : fc.constant([]),
        })
        .map((m) => ({
          id: `m${next++}`,
          name: 'm',
          reading: m.reading,
          children: m.children,
          ...(m.children.length > 0 ? { declaredLoss: m.declaredLoss } : {}),
        })),
    );
    fc.assert(
      fc.property(meter(4), (root) => {
        const { totals } = evaluateEnergyBalance({ period, unit: 'kWh', root });
        return Math.abs(totals.endUse + totals.declaredLoss + totals.unmetered - totals.input) < 1e-6;
      }),
      { numRuns: 100 },
    );
  });
});
