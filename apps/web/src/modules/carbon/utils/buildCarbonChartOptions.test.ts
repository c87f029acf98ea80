import { describe, expect, it } from 'vitest';
import { buildMonthlyTrendOption } from './buildMonthlyTrendOption.ts';
import { buildSankeyOption } from './buildSankeyOption.ts';
import { buildTotalsOption } from './buildTotalsOption.ts';
import { makeRunFixture } from './carbonRunFixture.ts';
import { listRunSources } from './listRunSources.ts';

describe('buildMonthlyTrendOption (stacked bars by source)', () => {
  it('stacks one series per counted source over the months, so each stack is the month total', () => {
    const run = makeRunFixture();
    const option = buildMonthlyTrendOption(run.result.monthly, listRunSources(run), 'tCO₂');
    expect(option.xAxis.data).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(option.series.map((s) => [s.name, s.stack])).toEqual([
      ['S-EL 外购电力', 'tco2'],
      ['S-NG 窑炉天然气', 'tco2'],
    ]);
    // electricity: 100, 80, 120 MWh × 0.5306
    expect(option.series[0]?.data).toEqual([53.06, 42.448, 63.672]);
    const january = option.series.reduce((sum, s) => sum + (s.data[0] ?? 0), 0);
    expect(january).toBeCloseTo(run.result.monthly[0]!.totalTco2, 10);
    expect(option.tooltip.valueFormatter(1234.567)).toBe('1,234.57 tCO₂');
  });
  it('leaves biomass CO2 (not in the total) out of the stack', () => {
    const run = makeRunFixture();
    const rows = listRunSources(run).map((r) => (r.code === 'S-NG' ? { ...r, countedInTotal: false } : r));
    expect(buildMonthlyTrendOption(run.result.monthly, rows, 'tCO₂').series.map((s) => s.name)).toEqual(['S-EL 外购电力']);
  });
});

describe('buildSankeyOption (energy carriers → emissions)', () => {
  it('colours nodes by their place in the flow and keeps the link values', () => {
    const option = buildSankeyOption(
      {
        nodes: [
          { name: '电力', group: 'carrier' },
          { name: '净购入电力', group: 'kind' },
          { name: '温室气体排放总量', group: 'total' },
        ],
        links: [
          { source: '电力', target: '净购入电力', value: 159.18 },
          { source: '净购入电力', target: '温室气体排放总量', value: 159.18 },
        ],
      },
      'tCO₂',
    );
    const [series] = option.series;
    expect(series?.type).toBe('sankey');
    expect(series?.data.map((n) => [n.name, n.itemStyle.color])).toEqual([
      ['电力', '#1677ff'],
      ['净购入电力', '#fa8c16'],
      ['温室气体排放总量', '#cf1322'],
    ]);
    expect(series?.links.map((l) => l.value)).toEqual([159.18, 159.18]);
    expect(option.tooltip.valueFormatter(159.18)).toBe('159.18 tCO₂');
  });
});

describe('buildTotalsOption (the Province view)', () => {
  const rows = [
    { key: '420100', label: '武汉市', enterprises: 2, totalTco2: 1500.5, expandedUncertaintyTco2: 30, measuredShare: 0.8 },
    { key: '420800', label: '荆门市', enterprises: 1, totalTco2: 2500.25, expandedUncertaintyTco2: 40, measuredShare: null },
    { key: '420500', label: '宜昌市', enterprises: 1, totalTco2: 100, expandedUncertaintyTco2: 5, measuredShare: 0.1 },
  ];
  it('puts the largest on top (ECharts draws the first category at the bottom)', () => {
    const option = buildTotalsOption(rows, { unit: 'tCO₂', uncertainty: 'U (k = 2)' });
    expect(option.yAxis.data).toEqual(['宜昌市', '武汉市', '荆门市']);
    expect(option.series[0]?.data).toEqual([100, 1500.5, 2500.25]);
  });
  it('names the total and its U in the tooltip, rounded for display only', () => {
    const option = buildTotalsOption(rows, { unit: 'tCO₂', uncertainty: 'U (k = 2)' });
    expect(option.tooltip.formatter([{ dataIndex: 2 }])).toBe('荆门市<br/>2,500.25 tCO₂<br/>U (k = 2): 40.00 tCO₂');
  });
});
