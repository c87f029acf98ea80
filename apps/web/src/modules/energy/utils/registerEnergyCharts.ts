import { SankeyChart } from 'echarts/charts';
import { use as registerChartParts } from 'echarts/core';

/** The ECharts parts the energy screens draw beyond the shared EChart's: the balance Sankey. Idempotent. */
export const registerEnergyCharts = (): void => {
  registerChartParts([SankeyChart]);
};
