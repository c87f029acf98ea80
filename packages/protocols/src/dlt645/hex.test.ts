import { describe, expect, it } from 'vitest';
import { Dlt645Error } from './errors.ts';
import { formatHex, parseHex } from './hex.ts';

const refusal = (text: string): Dlt645Error => {
  try {
    parseHex(text);
  } catch (error) {
    if (error instanceof Dlt645Error) return error;
    throw error;
  }
  throw new Error(`parseHex accepted '${text}'`);
};

describe('DL/T 645-2007 hex text', () => {
  it('reads spaced, packed, 0x-prefixed and lower-case bytes alike', () => {
    const expected = [0x68, 0xaa, 0x13, 0x00, 0xdf, 0x16];
    expect(Array.from(parseHex('68 AA 13 00 DF 16'))).toEqual(expected);
    expect(Array.from(parseHex('68aa1300df16'))).toEqual(expected);
    expect(Array.from(parseHex('0x68 0xAA 0x13 0x00 0xdf 0x16'))).toEqual(expected);
    expect(Array.from(parseHex('0x68AA 1300,df16\n'))).toEqual(expected);
  });

  it('refuses a non-hex character, naming it and its character offset', () => {
    const error = refusal('68 AG');
    expect(error.code).toBe('DLT645_HEX');
    expect(error.offset).toBe(4); // '6','8',' ','A' → 'G' is character 4
    expect(error.message).toBe("DL/T 645-2007 hex: expected hex digits 0-9/A-F, found 'G' at character 4");
  });

  it('refuses a group with an odd number of digits (a lost digit), and empty text', () => {
    const odd = refusal('68 37 3 00');
    expect(odd.code).toBe('DLT645_HEX');
    expect(odd.offset).toBe(6);
    expect(odd.message).toContain("found 1 digit(s) in '3' at character 6");
    expect(refusal('0x').code).toBe('DLT645_HEX');
    expect(refusal('   ').message).toBe('DL/T 645-2007 hex: expected a frame in hex, found no hex digits');
  });

  it('writes bytes back as upper-case spaced hex', () => {
    expect(formatHex(Uint8Array.from([0x68, 0x0a, 0xff]))).toBe('68 0A FF');
  });
});
