import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUCKET_RESOLUTIONS, bucketOf, bucketRange, describeBucket, monthPartitionOf } from './buckets.ts';

/** An instant written in Shanghai time. */
const sh = (local: string): number => Date.parse(`${local}+08:00`);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('bucketOf (Asia/Shanghai, a reading closes the interval (start, end] that ends at its ts)', () => {
  it('STANDARDS §3 daily data stamped at 00:00: the 00:00 reading on 1 April closes 31 March and March', () => {
    // 2025-04-01 00:00 Shanghai = 2025-03-31T16:00Z; 31 March runs (2025-03-30T16:00Z, 2025-03-31T16:00Z].
    expect(bucketOf(sh('2025-04-01T00:00:00'), 'day')).toEqual({
      resolution: 'day',
      start: Date.parse('2025-03-30T16:00:00Z'),
      end: Date.parse('2025-03-31T16:00:00Z'),
      label: '2025-03-31',
    });
    expect(bucketOf(sh('2025-04-01T00:00:00'), 'month').label).toBe('2025-03');
    expect(bucketOf(sh('2025-04-01T00:00:00'), 'hour').label).toBe('2025-03-31 23:00');
  });

  it('one millisecond later is the new day, month and hour', () => {
    const ts = sh('2025-04-01T00:00:00') + 1;
    expect(bucketOf(ts, 'day').label).toBe('2025-04-01');
    expect(bucketOf(ts, 'month')).toEqual({
      resolution: 'month',
      start: sh('2025-04-01T00:00:00'),
      end: sh('2025-05-01T00:00:00'),
      label: '2025-04',
    });
    expect(bucketOf(ts, 'hour').label).toBe('2025-04-01 00:00');
  });

  it('Shanghai day, not UTC day: 2025-03-31T16:30Z is already 00:30 on 1 April', () => {
    expect(bucketOf(Date.parse('2025-03-31T16:30:00Z'), 'day').label).toBe('2025-04-01');
  });

  it('hour label is the hour start: the 11:00 reading closes hour 10:00, start 02:00Z', () => {
    expect(bucketOf(sh('2025-03-01T11:00:00'), 'hour')).toEqual({
      resolution: 'hour',
      start: Date.parse('2025-03-01T02:00:00Z'),
      end: Date.parse('2025-03-01T03:00:00Z'),
      label: '2025-03-01 10:00',
    });
  });

  it('calendar months: February 2024 has 29 days (29 × 24 h), February 2025 has 28', () => {
    const feb2024 = bucketOf(sh('2024-02-29T12:00:00'), 'month');
    expect([feb2024.label, (feb2024.end - feb2024.start) / DAY]).toEqual(['2024-02', 29]);
    const feb2025 = bucketOf(sh('2025-02-15T12:00:00'), 'month');
    expect((feb2025.end - feb2025.start) / DAY).toBe(28);
  });

  it('year end: the 00:00 reading on 1 January 2026 belongs to December 2025', () => {
    expect(bucketOf(sh('2026-01-01T00:00:00'), 'month').label).toBe('2025-12');
  });

  it('property: start < ts ≤ end, hour ⊂ day ⊂ month, and end is the next bucket start', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.parse('2100-01-01T00:00:00Z') }), (ts) => {
        const [hour, day, month] = BUCKET_RESOLUTIONS.map((resolution) => bucketOf(ts, resolution));
        for (const bucket of [hour, day, month]) {
          if (!bucket) throw new Error('missing bucket');
          expect(bucket.start < ts && ts <= bucket.end).toBe(true);
          expect(describeBucket(bucket.start, bucket.resolution)).toEqual(bucket);
          expect(bucketOf(bucket.end + 1, bucket.resolution).start).toBe(bucket.end);
        }
        expect(day!.start <= hour!.start && hour!.end <= day!.end).toBe(true);
        expect(month!.start <= day!.start && day!.end <= month!.end).toBe(true);
        expect(hour!.label.startsWith(day!.label) && day!.label.startsWith(month!.label)).toBe(true);
      }),
    );
  });

  it('rejects a non-integer instant and an unknown resolution, naming the field', () => {
    expect(() => bucketOf(1.5, 'day')).toThrow(/ts: epoch_ms/);
    expect(() => bucketOf(0, 'week' as 'day')).toThrow(/resolution: one_of/);
    expect(() => describeBucket(sh('2025-03-01T00:30:00'), 'hour')).toThrow(/start: bucket_boundary/);
  });
});

describe('bucketRange (the buckets covering the period (from, to])', () => {
  it('(1 March 00:00, 1 April 00:00] is the 31 days of March', () => {
    const days = bucketRange(sh('2025-03-01T00:00:00'), sh('2025-04-01T00:00:00'), 'day');
    expect(days).toHaveLength(31);
    expect(days[0]).toBe(sh('2025-03-01T00:00:00'));
    expect(days[30]).toBe(sh('2025-03-31T00:00:00'));
  });

  it('months across a year end: (1 Dec 2024, 1 Mar 2025] → Dec, Jan, Feb', () => {
    const months = bucketRange(sh('2024-12-01T00:00:00'), sh('2025-03-01T00:00:00'), 'month');
    expect(months).toEqual([sh('2024-12-01T00:00:00'), sh('2025-01-01T00:00:00'), sh('2025-02-01T00:00:00')]);
  });

  it('a period inside one hour: (10:05, 10:50] → hour 10:00 only; from = to → none', () => {
    expect(bucketRange(sh('2025-03-01T10:05:00'), sh('2025-03-01T10:50:00'), 'hour')).toEqual([sh('2025-03-01T10:00:00')]);
    expect(bucketRange(sh('2025-03-01T10:05:00'), sh('2025-03-01T10:05:00'), 'hour')).toEqual([]);
  });

  it('a day at hour resolution is 24 buckets, one HOUR apart', () => {
    const hours = bucketRange(sh('2025-03-01T00:00:00'), sh('2025-03-02T00:00:00'), 'hour');
    expect(hours).toHaveLength(24);
    expect(hours.every((start, i) => start === sh('2025-03-01T00:00:00') + i * HOUR)).toBe(true);
  });

  it('rejects a reversed period', () => {
    expect(() => bucketRange(2, 1, 'day')).toThrow(/to: not_before_from/);
  });
});

describe('monthPartitionOf (storage partitions by instant, [from, to), like PostgreSQL range partitions)', () => {
  it('2025-03-31T16:30Z is 00:30 on 1 April in Shanghai → y2025m04', () => {
    expect(monthPartitionOf(Date.parse('2025-03-31T16:30:00Z'))).toEqual({
      name: 'y2025m04',
      from: Date.parse('2025-03-31T16:00:00Z'),
      to: Date.parse('2025-04-30T16:00:00Z'),
    });
  });

  it('the 00:00 reading on 1 April is stored in April (FROM is inclusive) though its delta rolls up into March', () => {
    expect(monthPartitionOf(sh('2025-04-01T00:00:00')).name).toBe('y2025m04');
    expect(monthPartitionOf(sh('2025-04-01T00:00:00') - 1).name).toBe('y2025m03');
  });

  it('December → next January bound', () => {
    expect(monthPartitionOf(sh('2025-12-31T23:59:59'))).toEqual({
      name: 'y2025m12',
      from: sh('2025-12-01T00:00:00'),
      to: sh('2026-01-01T00:00:00'),
    });
  });
});
