import { describe, expect, it } from 'vitest';
import { buildTraceGraphOption, TRACE_LINK_BROKEN, TRACE_LINK_VALID } from './buildTraceGraphOption.ts';
import { makeTraceChain } from './traceChainFixture.ts';

type Series = {
  data: { id: string; x: number; y: number; label: { formatter: string }; itemStyle?: { color: string }; tooltip: { formatter: string } }[];
  links: { source: string; target: string; lineStyle: { color: string; type: string }; tooltip: { formatter: string } }[];
};

const labels = { state: (state: string) => `S:${state}`, level: (level: string) => `L:${level}`, usedOn: (date: string) => `U:${date}` };
const build = () => buildTraceGraphOption(makeTraceChain(), labels);
const seriesOf = (graph: ReturnType<typeof build>) => (graph.option.series as Series[])[0]!;

describe('buildTraceGraphOption (the chain graph of issue 4 §3)', () => {
  it('draws valid links green and broken links red and dashed', () => {
    const links = seriesOf(build()).links;
    const toW1 = links.find((link) => link.target === 'W1@2026-05-10');
    const toW2 = links.find((link) => link.target === 'W2@2026-05-10');
    expect(toW1?.lineStyle).toMatchObject({ color: TRACE_LINK_VALID, type: 'solid' });
    expect(toW2?.lineStyle).toMatchObject({ color: TRACE_LINK_BROKEN, type: 'dashed' });
  });

  it('labels each node with name, owner, level, certificate number, state and, for a standard, its day of use', () => {
    const data = seriesOf(build()).data;
    expect(data.find((item) => item.id === 'H@2026-04-10')?.label.formatter).toBe(
      '{name|0.01级标准装置}\n湖北省楚天碳计量中心 · L:highest\nC-H · S:valid · U:2026-04-10',
    );
    // The instrument: no level, no day of use; the national primary: no level repeated, no certificate.
    expect(data.find((item) => item.id === 'M@2026-11-28')?.label.formatter).toBe('{name|电能表（E-1）}\n \nC-M · S:valid');
    expect(data.find((item) => item.id === 'P@2026-03-01')?.label.formatter).toBe(
      '{name|国家电能计量基准}\n湖北省楚天碳计量中心\nS:national_primary',
    );
  });

  it('colours nodes by state and escapes server text in tooltips', () => {
    const graph = build();
    const series = seriesOf(graph);
    expect(series.data.find((item) => item.id === 'W2@2026-05-10')?.itemStyle?.color).toBe('#ffccc7');
    expect(series.data.find((item) => item.id === 'W1@2026-05-10')?.itemStyle?.color).toBe('#d9f7be');
    expect(series.links.find((link) => link.target === 'W2@2026-05-10')?.tooltip.formatter).toBe('链路断开：&lt;W2&gt; 过期');
  });

  it('adds a level label point per link and two anchors spanning at least three columns', () => {
    const series = seriesOf(build());
    const edgeLabel = series.data.find((item) => item.id === 'edge-label-0');
    // M (0, 360) → W1 (−140, 240): the middle is (−70, 300).
    expect(edgeLabel).toMatchObject({ x: -70, y: 300, label: { formatter: 'C-M' } });
    // Two columns at most → three: half-span 3 × 280 / 2 = 420; rows 4 → bottom anchor (4 − 0.5) × 120 = 420.
    expect(series.data.find((item) => item.id === 'anchor-0')).toMatchObject({ x: -420, y: -60 });
    expect(series.data.find((item) => item.id === 'anchor-1')).toMatchObject({ x: 420, y: 420 });
    // Height: 4 rows × 120 + 40 = 520 px.
    expect(build().height).toBe(520);
  });

  it('keeps braces in names from being read as ECharts placeholders', () => {
    const chain = makeTraceChain();
    chain.nodes[0] = { ...chain.nodes[0]!, name: '表{a}' };
    const series = (buildTraceGraphOption(chain, labels).option.series as Series[])[0]!;
    expect(series.data[0]?.label.formatter.startsWith('{name|表｛a｝}')).toBe(true);
  });
});
