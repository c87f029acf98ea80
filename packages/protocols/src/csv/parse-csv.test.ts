import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';

describe('RFC 4180 CSV', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF and a BOM', () => {
    expect(parseCsv('\uFEFFpoint,ts,value\r\n"E-01","2025-03-01 08:15","1,234.5"\r\n"a ""b""","x\ny",3\n').rows).toEqual([
      ['point', 'ts', 'value'],
      ['E-01', '2025-03-01 08:15', '1,234.5'],
      ['a "b"', 'x\ny', '3'],
    ]);
  });

  it('skips blank lines and keeps empty fields', () => {
    expect(parseCsv('a,,c\n\n,b,\n').rows).toEqual([
      ['a', '', 'c'],
      ['', 'b', ''],
    ]);
  });

  it('names the line of an unterminated quote instead of swallowing the file', () => {
    expect(parseCsv('a,b\n1,"open\n2,3\n').error).toEqual({ line: 2, message: 'RFC 4180: quoted field opened on line 2 is never closed' });
  });

  it('round-trips any table written by the RFC 4180 rules (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', ' ', '中') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (table) => {
        const text = table.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n');
        expect(parseCsv(text).rows).toEqual(table);
      }),
      { numRuns: 500 },
    );
  });
});
