import { init, type ECharts, type EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef } from 'react';
import type { HeatmapCellDatum } from '../utils/buildHeatmapOption.ts';
import { HEATMAP_LAYOUT } from '../utils/heatmapLayout.ts';
import { registerQualityCharts } from '../utils/registerQualityCharts.ts';

registerQualityCharts();

type Props = { option: EChartsCoreOption; rows: number; onSelect: (cell: HeatmapCellDatum) => void };

/**
 * The heatmap on a div, as the shared EChart does it, plus a click on a cell (the shared EChart takes no events):
 * the cell's point and day open the drill-down. Its height grows with the points (HEATMAP_LAYOUT).
 */
export const QualityHeatmapChart = ({ option, rows, onSelect }: Props) => {
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ECharts | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const chart = init(container);
    chartRef.current = chart;
    chart.on('click', (params) => {
      if (params.seriesType === 'heatmap') onSelectRef.current(params.data as HeatmapCellDatum);
    });
    const observer = new ResizeObserver(() => {
      chart.resize();
    });
    observer.observe(container);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  const height = HEATMAP_LAYOUT.top + HEATMAP_LAYOUT.bottom + Math.max(rows, 1) * HEATMAP_LAYOUT.rowHeight;
  return <div ref={containerRef} data-testid="quality-heatmap" style={{ width: '100%', height }} />;
};
