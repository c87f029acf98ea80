import { GraphChart, ScatterChart } from 'echarts/charts';
import { CalendarComponent } from 'echarts/components';
import { use as registerChartParts } from 'echarts/core';

/**
 * The ECharts parts these screens draw beyond the shared EChart's (the chain graph, the due calendar).
 * Registering is idempotent, so each chart component calls this once when its module loads.
 */
export const registerInstrumentCharts = (): void => {
  registerChartParts([GraphChart, ScatterChart, CalendarComponent]);
};
