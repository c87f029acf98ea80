import type { RegisterKind, Resolution } from '@jiliang/shared';

/** The body of GET /api/series (seriesSchema in packages/shared). */
export type Series = {
  resolution: Resolution;
  unit: string | null;
  points: { id: string; code: string; name: string; unit: string; registerKind: RegisterKind }[];
  buckets: { bucket: string; consumption: number | null; readings: number; min: number | null; max: number | null; mean: number | null }[];
};
export type SeriesLabels = { consumption: string; value: string; min: string; max: string; mean: string };

const pad = (n: number) => String(n).padStart(2, '0');

/** A bucket's label in Beijing time (UTC+8, no DST): raw and hour buckets are instants, day and month dates. */
export const formatBucket = (bucket: string, resolution: Resolution): string => {
  if (!bucket.includes('T')) return bucket;
  const at = new Date(Date.parse(bucket) + 8 * 3_600_000);
  const day = `${String(at.getUTCFullYear())}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
  return resolution === 'raw' || resolution === 'hour' ? `${day} ${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}` : day;
};

/** Counting registers (cumulative, interval) have a consumption per bucket; instantaneous ones do not. */
export const isCounting = (series: Series): boolean =>
  series.points.length > 0 && series.points.every((point) => point.registerKind !== 'instantaneous');

/**
 * The ECharts option of the time-series chart (issue 5 §7): consumption bars for counting registers
 * from the rollups, the min/max/mean lines for instantaneous points, the register value itself at raw
 * resolution; a dataZoom slider and mouse-wheel zoom on the time axis.
 */
export const buildSeriesOption = (series: Series, labels: SeriesLabels) => {
  const categories = series.buckets.map((b) => formatBucket(b.bucket, series.resolution));
  const unit = series.unit ?? '';
  const bars = isCounting(series) && series.resolution !== 'raw';
  const line = (name: string, data: (number | null)[]) => ({ type: 'line', name, data, showSymbol: false, connectNulls: false });
  const chartSeries = bars
    ? [{ type: 'bar', name: labels.consumption, data: series.buckets.map((b) => b.consumption) }]
    : series.resolution === 'raw'
      ? [
          line(
            labels.value,
            series.buckets.map((b) => b.mean),
          ),
        ]
      : [
          line(
            labels.max,
            series.buckets.map((b) => b.max),
          ),
          line(
            labels.mean,
            series.buckets.map((b) => b.mean),
          ),
          line(
            labels.min,
            series.buckets.map((b) => b.min),
          ),
        ];
  return {
    aria: { enabled: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 64, right: 24, top: 36, bottom: 72 },
    xAxis: { type: 'category', data: categories },
    yAxis: { type: 'value', name: unit, scale: !bars },
    dataZoom: [{ type: 'inside' }, { type: 'slider', bottom: 16 }],
    series: chartSeries,
  };
};
