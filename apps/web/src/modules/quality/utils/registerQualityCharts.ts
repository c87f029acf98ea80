import { HeatmapChart, LineChart } from 'echarts/charts';
import { VisualMapComponent } from 'echarts/components';
import { use as registerChartParts } from 'echarts/core';

/** The ECharts parts the quality screens draw beyond the shared EChart's: the heatmap, its colour scale, lines. Idempotent. */
export const registerQualityCharts = (): void => {
  registerChartParts([HeatmapChart, VisualMapComponent, LineChart]);
};
