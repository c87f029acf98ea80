import { LineChart } from 'echarts/charts';
import { DataZoomComponent } from 'echarts/components';
import { use as registerChartParts } from 'echarts/core';

/** The ECharts parts the series chart draws beyond the shared EChart's: lines and the zoom. Idempotent. */
export const registerReadingCharts = (): void => {
  registerChartParts([LineChart, DataZoomComponent]);
};
