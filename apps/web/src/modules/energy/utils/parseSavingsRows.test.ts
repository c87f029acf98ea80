import { describe, expect, it } from 'vitest';
import { parseSavingsRows } from './parseSavingsRows.ts';

describe('parseSavingsRows', () => {
  it('reads month, production and an optional energy per line, from commas or pasted Excel tabs; blank lines skipped', () => {
    expect(parseSavingsRows('2025-01,100,250\n\n2025-02\t120\t291\n2025-03 140')).toEqual({
      rows: [
        { period: '2025-01', production: 100, energy: 250 },
        { period: '2025-02', production: 120, energy: 291 },
        { period: '2025-03', production: 140 },
      ],
    });
  });

  it('names the first line that is not a month with numbers', () => {
    expect(parseSavingsRows('2025-01,100\n2025-13,5')).toEqual({ line: 2, content: '2025-13,5' });
    expect(parseSavingsRows('2025-01,abc')).toEqual({ line: 1, content: '2025-01,abc' });
  });
});
