import { describe, expect, it } from 'vitest';
import { findMeterMpe } from './period-rule-inputs.ts';

/** The MPE each meter brings to rule 10's tolerance (JJF 1059.1-2012 4.3.3.2): from the instrument(s) serving it that day. */
const DAY = { from: Date.parse('2025-06-10T00:00:00+08:00'), to: Date.parse('2025-06-11T00:00:00+08:00') };
const instruments = new Map([
  ['a', { id: 'a', code: 'A', accuracyClass: '0.5S', mpeRelative: null }],
  ['b', { id: 'b', code: 'B', accuracyClass: '2', mpeRelative: null }],
  ['s', { id: 's', code: 'S', accuracyClass: '1.0', mpeRelative: 0.004 }],
  ['n', { id: 'n', code: 'N', accuracyClass: null, mpeRelative: null }],
  ['w', { id: 'w', code: 'W', accuracyClass: 'III', mpeRelative: null }],
]);
const bind = (instrumentId: string | null, fromAt = '1970-01-01T00:00:00Z') => ({ pointId: 'p', fromAt: new Date(fromAt), instrumentId });

describe('findMeterMpe', () => {
  it('takes the class of the instrument serving the day, a stated MPE before the class', () => {
    expect(findMeterMpe({ code: 'P' }, [bind('a')], instruments, DAY)).toEqual({ mpeRelative: 0.005 });
    expect(findMeterMpe({ code: 'P' }, [bind('s')], instruments, DAY)).toEqual({ mpeRelative: 0.004 });
  });

  it('takes the larger MPE when a swap falls inside the day, and only the serving one otherwise', () => {
    expect(findMeterMpe({ code: 'P' }, [bind('a'), bind('b', '2025-06-10T12:00:00+08:00')], instruments, DAY)).toEqual({
      mpeRelative: 0.02,
    });
    // Swapped at the day's end (00:00 next day): the old meter served the whole day.
    expect(findMeterMpe({ code: 'P' }, [bind('a'), bind('b', '2025-06-11T00:00:00+08:00')], instruments, DAY)).toEqual({
      mpeRelative: 0.005,
    });
    // Swapped at the day's start: only the new one.
    expect(findMeterMpe({ code: 'P' }, [bind('b'), bind('a', '2025-06-10T00:00:00+08:00')], instruments, DAY)).toEqual({
      mpeRelative: 0.005,
    });
  });

  it('names the point when no MPE can be had; none is invented', () => {
    expect(findMeterMpe({ code: 'P' }, [], instruments, DAY)).toMatchObject({
      reason: expect.stringContaining('no instrument bound to point P'),
    });
    expect(findMeterMpe({ code: 'P' }, [bind(null)], instruments, DAY)).toMatchObject({ reason: expect.stringContaining('point P') });
    expect(findMeterMpe({ code: 'P' }, [bind('n')], instruments, DAY)).toMatchObject({
      reason: expect.stringContaining('point P: instrument N states neither an accuracy class nor an MPE'),
    });
    expect(findMeterMpe({ code: 'P' }, [bind('w')], instruments, DAY)).toMatchObject({ reason: expect.stringContaining('class III') });
  });
});
