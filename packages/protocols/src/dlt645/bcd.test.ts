import { describe, expect, it } from 'vitest';
import { decodeAddress, encodeAddress } from './address.ts';
import { decodeBcdValue, encodeBcdValue, maxBcdDigits } from './bcd.ts';
import { Dlt645Error } from './errors.ts';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('DL/T 645-2007 BCD values and addresses', () => {
  it('DL/T 645-2007 data formats: BCD low byte first, with implied decimals', () => {
    // 04 00 00 00 → digits 00 00 00 04 → 000000.04 kWh
    expect(decodeBcdValue(bytes(0x04, 0x00, 0x00, 0x00), { decimals: 2 }, 0)).toBe(0.04);
    // 94 23 → digits 23 94 → 239.4 V
    expect(decodeBcdValue(bytes(0x94, 0x23), { decimals: 1 }, 0)).toBe(239.4);
    // 78 56 34 12 → 12345678 → 123456.78 kWh
    expect(decodeBcdValue(bytes(0x78, 0x56, 0x34, 0x12), { decimals: 2 }, 0)).toBe(123456.78);
  });

  it('DL/T 645-2007 signed formats: the top bit of the most significant byte is the sign', () => {
    // 56 34 92 → sign set, 0x92 & 0x7F = 0x12 → 123456 → −12.3456 kW
    expect(decodeBcdValue(bytes(0x56, 0x34, 0x92), { decimals: 4, signed: true }, 0)).toBe(-12.3456);
    // 00 85 → sign set, 0x05 → 0500 → −0.500
    expect(decodeBcdValue(bytes(0x00, 0x85), { decimals: 3, signed: true }, 0)).toBe(-0.5);
    // a set sign bit on zero is plain 0, not −0
    expect(Object.is(decodeBcdValue(bytes(0x00, 0x80), { decimals: 3, signed: true }, 0), 0)).toBe(true);
    // the same bytes unsigned: 0x92 is the digits 9 and 2 → 923456 → 92.3456
    expect(decodeBcdValue(bytes(0x56, 0x34, 0x92), { decimals: 4 }, 0)).toBe(92.3456);
  });

  it('DL/T 645-2007 BCD: a non-decimal nibble is refused with its byte offset', () => {
    try {
      decodeBcdValue(bytes(0x04, 0x0a, 0x00, 0x00), { decimals: 2 }, 14);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(Dlt645Error);
      expect((error as Dlt645Error).code).toBe('DLT645_BCD');
      expect((error as Dlt645Error).offset).toBe(15); // second value byte, 14 + 1
      // 0x0A + 0x33 = 0x3D on the wire
      expect((error as Dlt645Error).message).toBe(
        'DL/T 645-2007 value: expected BCD digits 0-9 in each nibble, found 0x0A at byte 15 (0x3D on the wire, minus 0x33)',
      );
    }
  });

  it('DL/T 645-2007 encode: values become BCD low byte first, with the sign bit when negative', () => {
    // 1234.56 kWh → 123456 → 00 12 34 56 → low first 56 34 12 00
    expect(Array.from(encodeBcdValue(1234.56, { decimals: 2 }, 4, 'value'))).toEqual([0x56, 0x34, 0x12, 0x00]);
    // −0.5 (X.XXX, signed) → 0500 → 00 05, sign on the top byte → 00 85
    expect(Array.from(encodeBcdValue(-0.5, { decimals: 3, signed: true }, 2, 'value'))).toEqual([0x00, 0x85]);
    // 0.07 * 100 is 7.000000000000001 in floating point; it still encodes as 7
    expect(Array.from(encodeBcdValue(0.07, { decimals: 2 }, 4, 'value'))).toEqual([0x07, 0x00, 0x00, 0x00]);
  });

  it('DL/T 645-2007 encode: refuses values the format cannot hold, naming the field', () => {
    // 3 signed bytes: the top digit is at most 7 → 799999 → 79.9999
    expect(maxBcdDigits(3, { decimals: 4, signed: true })).toBe(799999);
    expect(() => encodeBcdValue(80, { decimals: 4, signed: true }, 3, 'value')).toThrow('must be at most 79.9999 in magnitude');
    expect(() => encodeBcdValue(1000000, { decimals: 2 }, 4, 'value')).toThrow('must be at most 999999.99');
    expect(() => encodeBcdValue(-1, { decimals: 2 }, 4, 'value')).toThrow('must not be negative');
    expect(() => encodeBcdValue(0.001, { decimals: 2 }, 4, 'values[1]')).toThrow('values[1] must have at most 2 decimal places');
    expect(() => encodeBcdValue(Number.NaN, { decimals: 2 }, 4, 'value')).toThrow('must be a finite number');
  });

  it('DL/T 645-2007 address: 6 BCD bytes low byte first, AA wildcard', () => {
    expect(decodeAddress(bytes(0x37, 0x03, 0x00, 0x92, 0x81, 0x39), 1)).toBe('398192000337');
    expect(decodeAddress(bytes(0x37, 0x03, 0xaa, 0xaa, 0xaa, 0xaa), 1)).toBe('AAAAAAAA0337');
    expect(Array.from(encodeAddress('398192000337'))).toEqual([0x37, 0x03, 0x00, 0x92, 0x81, 0x39]);
    expect(Array.from(encodeAddress('aaaaaaaaaaaa'))).toEqual([0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa]);
    expect(() => decodeAddress(bytes(0x37, 0x3c, 0, 0, 0, 0), 1)).toThrow(
      'DL/T 645-2007 address: expected BCD digits 0-9 or the wildcard 0xAA, found 0x3C at byte 2',
    );
    expect(() => encodeAddress('39819200033')).toThrow("found '39819200033'");
    expect(() => encodeAddress('3981920003A7')).toThrow(Dlt645Error);
  });
});
