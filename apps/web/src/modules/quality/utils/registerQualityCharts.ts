import { HeatmapChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { use as registerChartParts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/**
 * The ECharts parts the quality screens draw: the heatmap and its colour scale, lines, and the common parts the
 * clickable heatmap needs on its own (it does not go through the shared EChart). Idempotent.
 */
export const registerQualityCharts = (): void => {
  registerChartParts([
    HeatmapChart,
    VisualMapComponent,
    LineChart,
    AriaComponent,
    GridComponent,
    LegendComponent,
    TooltipComponent,
    CanvasRenderer,
  ]);
};
