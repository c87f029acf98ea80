import { QUALITY_RULE_MASK, type Locale, type QualityHeatmap } from '@jiliang/shared';
import { escapeHtml } from './escapeHtml.ts';
import { formatScore } from './formatScore.ts';
import { HEATMAP_LAYOUT } from './heatmapLayout.ts';
import { listFlagLabels } from './listFlagLabels.ts';

export type HeatmapMetric = 'score' | 'completeness';

export type HeatmapCellDatum = {
  /** [day index, point row, value on the metric's 0–100 scale, or '-' (not drawn) when there is none]. */
  value: [number, number, number | '-'];
  pointId: string;
  day: string;
  flags: number;
  readings: number;
  completeness: number;
  score: number | null;
};

export type HeatmapLabels = { score: string; completeness: string; flags: string; none: string; readings: (count: number) => string };

const GREEN = '#52c41a';
const LIME = '#a0d911';
const AMBER = '#faad14';
const RED = '#cf1322';

/**
 * Bands of the colour scale. Credibility by its grades (A ≥ 90, B ≥ 75, C ≥ 60, D below: packages/calc
 * credibility-score.ts); completeness against the online-monitoring threshold of 90 % (STANDARDS §3, CM-6(5)).
 */
const PIECES: Record<HeatmapMetric, { gte?: number; lt?: number; label: string; color: string }[]> = {
  score: [
    { gte: 90, label: 'A ≥ 90', color: GREEN },
    { gte: 75, lt: 90, label: 'B 75–90', color: LIME },
    { gte: 60, lt: 75, label: 'C 60–75', color: AMBER },
    { lt: 60, label: 'D < 60', color: RED },
  ],
  completeness: [
    { gte: 100, label: '100 %', color: GREEN },
    { gte: 90, lt: 100, label: '90–100 %', color: LIME },
    { lt: 90, label: '< 90 %', color: RED },
  ],
};

const percent = (fraction: number) => `${formatScore(fraction * 100)} %`;
const markFlagged = ({ data }: { data: HeatmapCellDatum }): string => ((data.flags & QUALITY_RULE_MASK) === 0 ? '' : '!');

/**
 * The quality heatmap (issue 6 §5): one row per point (first at the top), one column per Shanghai day of the month,
 * coloured by the day's credibility score or completeness; the tooltip names the day's flags. Days without an
 * evaluation stay blank.
 */
export const buildHeatmapOption = (heatmap: QualityHeatmap, metric: HeatmapMetric, labels: HeatmapLabels, locale: Locale) => {
  const dayIndex = new Map(heatmap.days.map((day, i) => [day, i]));
  const data: HeatmapCellDatum[] = heatmap.points.flatMap((point, row) =>
    point.cells.flatMap((cell) => {
      const x = dayIndex.get(cell.day);
      if (x === undefined) return [];
      const v = metric === 'score' ? cell.score : cell.completeness * 100;
      return [{ ...cell, value: [x, row, v ?? '-'], pointId: point.id }];
    }),
  );
  const pointLabels = heatmap.points.map((p) => `${p.code} ${p.name}`);
  const formatTooltip = ({ data: d }: { data: HeatmapCellDatum }): string => {
    const flags = listFlagLabels(d.flags, locale).map((f) => f.label);
    return [
      `<b>${escapeHtml(pointLabels[d.value[1]] ?? '')}</b>`,
      d.day,
      `${labels.score}: ${formatScore(d.score)} · ${labels.completeness}: ${percent(d.completeness)}`,
      labels.readings(d.readings),
      `${labels.flags}: ${flags.length ? flags.join('、') : labels.none}`,
    ].join('<br/>');
  };
  return {
    aria: { enabled: true },
    animation: false,
    tooltip: { trigger: 'item', formatter: formatTooltip },
    grid: { left: HEATMAP_LAYOUT.left, right: HEATMAP_LAYOUT.right, top: HEATMAP_LAYOUT.top, bottom: HEATMAP_LAYOUT.bottom },
    xAxis: { type: 'category', data: heatmap.days.map((day) => day.slice(8)), splitArea: { show: true }, axisLabel: { interval: 0 } },
    yAxis: {
      type: 'category',
      data: pointLabels,
      inverse: true,
      splitArea: { show: true },
      axisLabel: { width: HEATMAP_LAYOUT.left - 16, overflow: 'truncate' },
    },
    visualMap: {
      type: 'piecewise',
      dimension: 2,
      orient: 'horizontal',
      left: 'center',
      bottom: 4,
      pieces: PIECES[metric],
    },
    series: [
      {
        type: 'heatmap',
        name: metric === 'score' ? labels.score : labels.completeness,
        data,
        // A day that failed a rule is marked '!' whatever its colour: one spike leaves a day at grade A.
        label: { show: true, color: '#1f1f1f', fontWeight: 'bold', formatter: markFlagged },
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        emphasis: { itemStyle: { borderColor: '#000', borderWidth: 2 } },
      },
    ],
  };
};
