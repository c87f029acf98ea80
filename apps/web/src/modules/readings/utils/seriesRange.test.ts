import { describe, expect, it } from 'vitest';
import { defaultSeriesDates, toSeriesRange } from './seriesRange.ts';

describe('series range (Beijing dates)', () => {
  it('defaults to the last 30 days, today included', () => {
    // 2026-11-27T20:00Z is 2026-11-28 04:00 in Beijing; 29 days before the 28th is the 30th of October
    expect(defaultSeriesDates(new Date('2026-11-27T20:00:00Z'))).toEqual(['2026-10-30', '2026-11-28']);
  });
  it('runs to the midnight after the last day, across a month end', () => {
    expect(toSeriesRange('2026-11-01', '2026-11-30')).toEqual({ from: '2026-11-01T00:00:00+08:00', to: '2026-12-01T00:00:00+08:00' });
  });
});
