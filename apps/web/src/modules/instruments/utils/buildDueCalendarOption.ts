import type { EChartsCoreOption } from 'echarts/core';
import { classifyDueDay, type DueDayClass } from './classifyDueDay.ts';
import type { DueOverview } from './DueOverview.ts';

export const DUE_DAY_COLORS: Record<DueDayClass, string> = { overdue: '#f5222d', due_soon: '#fa8c16', later: '#1677ff' };
const CLASSES: readonly DueDayClass[] = ['overdue', 'due_soon', 'later'];

export type DueCalendarLabels = {
  series: (kind: DueDayClass) => string;
  count: (date: string, count: number) => string;
  /** ECharts' built-in day and month names: 'ZH' or 'EN'. */
  nameMap: 'ZH' | 'EN';
};

type TooltipParams = { value?: unknown };

/**
 * The calendar of due dates as an ECharts calendar (issue 4 §7): each day with instruments due shows their
 * count in a square coloured by classifyDueDay. `range` is the window the server counted (a month back,
 * then the coming months), so empty days read as "nothing due", not "not loaded".
 */
export const buildDueCalendarOption = (overview: DueOverview, range: [string, string], labels: DueCalendarLabels): EChartsCoreOption => ({
  aria: { enabled: true },
  tooltip: {
    formatter: (params: TooltipParams) => {
      const [date, count] = Array.isArray(params.value) ? (params.value as [string, number]) : ['', 0];
      return labels.count(date, count);
    },
  },
  legend: { top: 0, data: CLASSES.map((kind) => labels.series(kind)) },
  calendar: {
    top: 56,
    left: 40,
    right: 16,
    cellSize: ['auto', 22],
    range,
    orient: 'horizontal',
    splitLine: { lineStyle: { color: '#bfbfbf', width: 1 } },
    itemStyle: { borderColor: '#f0f0f0', borderWidth: 1 },
    dayLabel: { firstDay: 1, nameMap: labels.nameMap },
    monthLabel: { nameMap: labels.nameMap },
    yearLabel: { show: false },
  },
  series: CLASSES.map((kind) => ({
    type: 'scatter',
    name: labels.series(kind),
    coordinateSystem: 'calendar',
    symbol: 'roundRect',
    symbolSize: 18,
    itemStyle: { color: DUE_DAY_COLORS[kind] },
    label: { show: true, formatter: (params: TooltipParams) => String((params.value as [string, number])[1]), color: '#fff', fontSize: 10 },
    data: overview.calendar
      .filter((day) => classifyDueDay(day.date, overview.today, overview.windowEnd) === kind)
      .map((day) => [day.date, day.count]),
  })),
});
