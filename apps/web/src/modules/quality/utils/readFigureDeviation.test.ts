import { describe, expect, it } from 'vitest';
import { readFigureDeviation } from './readFigureDeviation.ts';

describe('readFigureDeviation (rule 9, STANDARDS §3: within 5 %)', () => {
  it('passes at exactly 5 % and fails beyond it; nothing to say without days', () => {
    expect(readFigureDeviation({ value: 3000, dailySum: 3150 })).toEqual({ deviation: 0.05, passes: true });
    expect(readFigureDeviation({ value: 2999.7, dailySum: 3150 })).toMatchObject({ passes: false });
    expect(readFigureDeviation({ value: 0, dailySum: 0 })).toEqual({ deviation: null, passes: true });
    expect(readFigureDeviation({ value: 100, dailySum: null })).toBeNull();
    expect(readFigureDeviation({ value: 100, dailySum: -1 })).toBeNull();
  });
});
