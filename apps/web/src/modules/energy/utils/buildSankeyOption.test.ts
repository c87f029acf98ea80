import { describe, expect, it } from 'vitest';
import { buildSankeyOption } from './buildSankeyOption.ts';

describe('buildSankeyOption', () => {
  const balance = {
    unit: 'kWh',
    sankey: {
      nodes: [
        { name: 'a', displayName: 'EL-IN 进线', kind: 'meter' as const },
        { name: 'b', displayName: 'EB-L1 生产线', kind: 'meter' as const },
        { name: 'a#unmetered', displayName: 'EL-IN 未计量', kind: 'unmetered' as const },
      ],
      links: [
        { source: 'a', target: 'b', value: 900 },
        { source: 'a', target: 'a#unmetered', value: 100 },
      ],
    },
  };

  it('draws each meter by id with its display name, the unmetered remainder in red, and says the unit on a link', () => {
    const option = buildSankeyOption(balance, { unmetered: '未计量' }) as {
      series: {
        data: { name: string; itemStyle: { color: string } }[];
        links: unknown[];
        label: { formatter: (p: { name: string }) => string };
      }[];
      tooltip: { formatter: (p: unknown) => string };
    };
    const series = option.series[0]!;
    expect(series.data.map((d) => [d.name, d.itemStyle.color])).toEqual([
      ['a', '#1677ff'],
      ['b', '#1677ff'],
      ['a#unmetered', '#ff4d4f'],
    ]);
    expect(series.links).toHaveLength(2);
    expect(series.label.formatter({ name: 'b' })).toBe('EB-L1 生产线');
    expect(option.tooltip.formatter({ dataType: 'edge', data: { source: 'a', target: 'a#unmetered', value: 100 } })).toBe(
      'EL-IN 进线 → EL-IN 未计量: 100.0 kWh',
    );
  });
});
