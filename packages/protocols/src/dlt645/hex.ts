import { Dlt645Error } from './errors.ts';

/**
 * Hex text → bytes, for frames pasted from a gateway log: `68 37 03 …`, `683703…`, `0x68 0x37 …`,
 * upper or lower case. Each whitespace- or comma-separated group must hold whole bytes (an even
 * number of digits), so a lost digit is caught instead of shifting every later byte.
 */
export const parseHex = (text: string): Uint8Array => {
  const bytes: number[] = [];
  const groups = /[^\s,]+/g;
  for (let match = groups.exec(text); match; match = groups.exec(text)) {
    const prefixed = /^0x/i.test(match[0]);
    const digits = prefixed ? match[0].slice(2) : match[0];
    const start = match.index + (prefixed ? 2 : 0);
    const bad = /[^0-9a-f]/i.exec(digits);
    if (bad)
      throw new Dlt645Error(
        'DLT645_HEX',
        `DL/T 645-2007 hex: expected hex digits 0-9/A-F, found '${bad[0]}' at character ${start + bad.index}`,
        { offset: start + bad.index },
      );
    if (digits.length === 0 || digits.length % 2 !== 0)
      throw new Dlt645Error(
        'DLT645_HEX',
        `DL/T 645-2007 hex: expected whole bytes (an even number of hex digits), found ${digits.length} digit(s) in '${match[0]}' at character ${match.index}`,
        { offset: match.index },
      );
    for (let i = 0; i < digits.length; i += 2) bytes.push(Number.parseInt(digits.slice(i, i + 2), 16));
  }
  if (bytes.length === 0)
    throw new Dlt645Error('DLT645_HEX', 'DL/T 645-2007 hex: expected a frame in hex, found no hex digits', { offset: 0 });
  return Uint8Array.from(bytes);
};

/** Bytes → `68 37 03 …` (upper case, space-separated), the way frames are written in logs and in STANDARDS.md. */
export const formatHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
