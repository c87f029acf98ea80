import type { Resolution } from '@jiliang/shared';

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** A Beijing calendar date (YYYY-MM-DD) of an instant; UTC+8 has no DST. */
export const toBeijingDate = (at: Date): string => {
  const shifted = new Date(at.getTime() + 8 * 3_600_000);
  return `${String(shifted.getUTCFullYear())}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
};

/** The default range of the chart: the last 30 days, today included. */
export const defaultSeriesDates = (now: Date): [string, string] => [
  toBeijingDate(new Date(now.getTime() - 29 * DAY_MS)),
  toBeijingDate(now),
];

/** from/to of GET /api/series for two Beijing dates: from the first day's midnight to the midnight after the last. */
export const toSeriesRange = (fromDate: string, toDate: string): { from: string; to: string } => ({
  from: `${fromDate}T00:00:00+08:00`,
  to: `${toBeijingDate(new Date(Date.parse(`${toDate}T12:00:00+08:00`) + DAY_MS))}T00:00:00+08:00`,
});

export const RESOLUTION_KEYS: Record<
  Resolution,
  'meterData.resolution.raw' | 'meterData.resolution.hour' | 'meterData.resolution.day' | 'meterData.resolution.month'
> = {
  raw: 'meterData.resolution.raw',
  hour: 'meterData.resolution.hour',
  day: 'meterData.resolution.day',
  month: 'meterData.resolution.month',
};
