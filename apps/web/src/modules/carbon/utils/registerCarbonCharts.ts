import { SankeyChart } from 'echarts/charts';
import { use as registerChartParts } from 'echarts/core';

/** The ECharts part the run screen draws beyond the shared EChart's: the Sankey. Idempotent. */
export const registerCarbonCharts = (): void => {
  registerChartParts([SankeyChart]);
};
