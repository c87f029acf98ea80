import type { Point } from '@jiliang/shared';
import { describe, expect, it } from 'vitest';
import { pickScopeMedia } from './pickScopeMedia.ts';

const point = (code: string, medium: Point['medium'], unit: string) => ({ code, medium, unit }) as Point;

describe('pickScopeMedia (a site or enterprise series sums one medium of one unit)', () => {
  it('skips electricity when kWh and kW points share it, and starts with the first summable medium', () => {
    const media = pickScopeMedia([
      point('EL-IN', 'electricity', 'kWh'),
      point('PW-IN', 'electricity', 'kW'),
      point('WA-IN', 'water', 'm³'),
      point('NG-IN', 'natural_gas', 'Nm³'),
    ]);
    expect(media).toEqual({ media: ['electricity', 'water', 'natural_gas'], summable: ['water', 'natural_gas'], initial: 'water' });
  });
  it('has no medium for a scope without points', () => {
    expect(pickScopeMedia([]).initial).toBeUndefined();
  });
});
