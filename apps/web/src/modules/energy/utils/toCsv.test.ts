import { describe, expect, it } from 'vitest';
import { toCsv } from './toCsv.ts';

describe('toCsv (RFC 4180, for Excel)', () => {
  it('starts with a BOM, ends lines with CRLF, quotes commas, quotes and line breaks, leaves empty cells empty', () => {
    expect(
      toCsv(
        ['企业', '数量'],
        [
          ['楚江, 水泥', 3],
          ['说 "好"', null],
          ['两\n行', 1.5],
        ],
      ),
    ).toBe('\uFEFF企业,数量\r\n"楚江, 水泥",3\r\n"说 ""好""",\r\n"两\n行",1.5\r\n');
  });
});
