import { describe, expect, it } from 'vitest';
import { decodeDlt645 } from './decode.ts';
import { Dlt645Error } from './errors.ts';
import { parseHex } from './hex.ts';

/** Test-side checksum (independent of the codec): append CS = sum from the first 0x68, mod 256, and 0x16. */
const withChecksum = (hex: string): Uint8Array => {
  const bytes = Array.from(parseHex(hex));
  const start = bytes.indexOf(0x68);
  const cs = bytes.slice(start).reduce((sum, b) => sum + b, 0) % 256;
  return Uint8Array.from([...bytes, cs, 0x16]);
};

const refusal = (bytes: Uint8Array): Dlt645Error => {
  try {
    decodeDlt645(bytes);
  } catch (error) {
    if (error instanceof Dlt645Error) return error;
    throw error;
  }
  throw new Error('decodeDlt645 accepted the frame');
};

// The bytes up to the second 0x68 of meter 398192000337: 0x68+0x37+0x03+0x00+0x92+0x81+0x39+0x68
// = 104+55+3+0+146+129+57+104 = 598.
describe('DL/T 645-2007 decode: example frames of STANDARDS.md §4.1', () => {
  it('DL/T 645-2007 read data request for forward active total energy (C=0x11, DI 00010000)', () => {
    // CS: 598 + 0x11 (17) + 0x04 + 0x33+0x33+0x34+0x33 (51+51+52+51) = 824 = 3·256 + 56 → 0x38
    const frame = decodeDlt645(parseHex('68 37 03 00 92 81 39 68 11 04 33 33 34 33 38 16'));
    expect(frame).toMatchObject({
      address: '398192000337',
      control: 0x11,
      controlHex: '0x11',
      direction: 'request',
      errorReply: false,
      followUp: false,
      function: 'read_data',
      dataLength: 4,
      dataId: '00010000', // 33 33 34 33 − 0x33 = 00 00 01 00, DI0 first → DI3..DI0 = 00 01 00 00
      quantity: 'forward_active_energy',
    });
    expect(Array.from(frame.data)).toEqual([0x00, 0x00, 0x01, 0x00]);
    expect(frame.value).toBeUndefined();
  });

  it('DL/T 645-2007 normal reply 0x91: 37 33 33 33 → 04 00 00 00 → 000000.04 kWh', () => {
    // CS: 598 + 0x91 (145) + 0x08 + 204 (DI) + 0x37+3·0x33 (55+153) = 1164 = 4·256 + 140 → 0x8C
    const frame = decodeDlt645(parseHex('68 37 03 00 92 81 39 68 91 08 33 33 34 33 37 33 33 33 8C 16'));
    expect(frame).toMatchObject({ direction: 'response', function: 'read_data', dataId: '00010000', value: 0.04, unit: 'kWh' });
    expect(decodeDlt645(parseHex('68 37 03 00 92 81 39 68 91 08 33 33 34 33 3A 33 33 33 8F 16')).value).toBe(0.07);
  });

  it('DL/T 645-2007 broadcast read address (C=0x13, L=0) and the wildcard address', () => {
    // CS: 0x68 + 6·0xAA + 0x68 + 0x13 + 0x00 = 104 + 1020 + 104 + 19 = 1247 = 4·256 + 223 → 0xDF
    const frame = decodeDlt645(parseHex('68 AA AA AA AA AA AA 68 13 00 DF 16'));
    expect(frame).toMatchObject({ address: 'AAAAAAAAAAAA', function: 'read_address', direction: 'request', dataLength: 0 });
    expect(frame.dataId).toBeUndefined();
  });

  it('DL/T 645-2007 wake-up bytes FE are skipped and left out of the checksum', () => {
    // CS: 1228 (68, 6·AA, 68) + 0x11 + 0x04 + 204 = 1454 = 5·256 + 174 → 0xAE
    const frame = decodeDlt645(parseHex('FE FE FE FE 68 AA AA AA AA AA AA 68 11 04 33 33 34 33 AE 16'));
    expect(frame).toMatchObject({ address: 'AAAAAAAAAAAA', dataId: '00010000' });
    expect(decodeDlt645(parseHex('68 01 00 00 00 00 00 68 11 04 33 33 34 33 B3 16')).address).toBe('000000000001');
  });

  it('DL/T 645-2007 checksum: the voltage reply with CS 0xB6 is refused, naming both sums and byte 16', () => {
    // 598 + 0x91 + 0x06 + 0x33+0x34+0x34+0x35 + 0xC7+0x56 = 598+145+6+(51+52+52+53)+(199+86) = 1242 = 4·256 + 218 → 0xDA
    const error = refusal(parseHex('68 37 03 00 92 81 39 68 91 06 33 34 34 35 C7 56 B6 16'));
    expect(error.code).toBe('DLT645_CHECKSUM');
    expect(error.offset).toBe(16);
    expect(error.message).toBe(
      'DL/T 645-2007 frame: checksum 0xB6 at byte 16 does not match the computed 0xDA (sum of bytes 0..15 mod 256)',
    );
  });

  it('DL/T 645-2007 the same voltage reply with its recomputed CS 0xDA reads 239.4 V', () => {
    // 33 34 34 35 → 00 01 01 02 → DI 02010100; C7 56 → 94 23 → digits 2394 → 239.4 V
    const frame = decodeDlt645(parseHex('68 37 03 00 92 81 39 68 91 06 33 34 34 35 C7 56 DA 16'));
    expect(frame).toMatchObject({ dataId: '02010100', quantity: 'phase_a_voltage', value: 239.4, unit: 'V' });
  });
});

describe('DL/T 645-2007 decode: values, follow-up and error replies', () => {
  it('DL/T 645-2007 signed power: 89 67 C5 → 56 34 92 → sign bit, 12 34 56 → −12.3456 kW', () => {
    const frame = decodeDlt645(withChecksum('68 37 03 00 92 81 39 68 91 07 33 33 36 35 89 67 C5'));
    expect(frame).toMatchObject({ dataId: '02030000', quantity: 'total_active_power', value: -12.3456, unit: 'kW' });
  });

  it('DL/T 645-2007 current 1.500 A, power factor −0.500 and frequency 50.00 Hz', () => {
    // current DI 02020100 → wire 33 34 35 35; 1500 → 00 15 00 → wire 33 48 33
    expect(decodeDlt645(withChecksum('68 37 03 00 92 81 39 68 91 07 33 34 35 35 33 48 33')).value).toBe(1.5);
    // power factor DI 02060000 → wire 33 33 39 35; 0500 with sign → 00 85 → wire 33 B8
    expect(decodeDlt645(withChecksum('68 37 03 00 92 81 39 68 91 06 33 33 39 35 33 B8')).value).toBe(-0.5);
    // frequency DI 02800002 → wire 35 33 B3 35; 5000 → 00 50 → wire 33 83
    const frequency = decodeDlt645(withChecksum('68 37 03 00 92 81 39 68 91 06 35 33 B3 35 33 83'));
    expect(frequency).toMatchObject({ dataId: '02800002', value: 50, unit: 'Hz' });
  });

  it('DL/T 645-2007 data block 0001FF00: every element in values, no single value', () => {
    // DI wire 33 32 34 33; 1234.56 → 56 34 12 00 → 89 67 45 33; 0.01 → 01 00 00 00 → 34 33 33 33
    // CS: 0x68+0x01+0x68+0x91+0x0C (366) + 204 + 360 + 205 = 1135 = 4·256 + 111 → 0x6F
    const frame = decodeDlt645(parseHex('68 01 00 00 00 00 00 68 91 0C 33 32 34 33 89 67 45 33 34 33 33 33 6F 16'));
    expect(frame).toMatchObject({ dataId: '0001FF00', quantity: 'forward_active_energy_block', values: [1234.56, 0.01], unit: 'kWh' });
    expect(frame.value).toBeUndefined();
  });

  it('DL/T 645-2007 reply with follow-up (0xB1) still carries its value', () => {
    const frame = decodeDlt645(withChecksum('68 37 03 00 92 81 39 68 B1 08 33 33 34 33 37 33 33 33'));
    expect(frame).toMatchObject({ followUp: true, errorReply: false, value: 0.04 });
  });

  it('DL/T 645-2007 error reply 0xD1: the ERR byte bits become names', () => {
    // ERR 0x02 → wire 0x35; CS: 598 + 0xD1 (209) + 0x01 + 0x35 (53) = 861 = 3·256 + 93 → 0x5D
    const frame = decodeDlt645(parseHex('68 37 03 00 92 81 39 68 D1 01 35 5D 16'));
    expect(frame).toMatchObject({ errorReply: true, function: 'read_data', errorCode: 2, errors: ['no_requested_data'] });
    expect(frame.dataId).toBeUndefined();
    // ERR 0x05 = bit 0 + bit 2 → wire 0x38
    expect(decodeDlt645(withChecksum('68 37 03 00 92 81 39 68 D1 01 38')).errors).toEqual(['other_error', 'unauthorised']);
  });

  it('DL/T 645-2007 unknown DI (date 04000101): dataId and raw data, no value, no error', () => {
    // date 2025-06-15, week day 0 → YYMMDDWW 25 06 15 00, low first 00 15 06 25 → wire 33 48 39 58
    const frame = decodeDlt645(withChecksum('68 37 03 00 92 81 39 68 91 08 34 34 33 37 33 48 39 58'));
    expect(frame.dataId).toBe('04000101');
    expect(frame.value).toBeUndefined();
    expect(Array.from(frame.data.subarray(4))).toEqual([0x00, 0x15, 0x06, 0x25]);
  });
});

describe('DL/T 645-2007 decode: refusals name the byte, what was expected and what was found', () => {
  it('start bytes', () => {
    expect(refusal(withChecksum('69 37 03 00 92 81 39 68 11 00'))).toMatchObject({ code: 'DLT645_START', offset: 0 });
    const second = refusal(withChecksum('68 37 03 00 92 81 39 67 11 00'));
    expect(second).toMatchObject({ code: 'DLT645_START', offset: 7 });
    expect(second.message).toBe(
      'DL/T 645-2007 frame: expected the second start byte 0x68 at byte 7 (after the 6 address bytes), found 0x67',
    );
  });

  it('length: too short, truncated, or L larger than the buffer', () => {
    expect(refusal(new Uint8Array())).toMatchObject({ code: 'DLT645_LENGTH' });
    expect(refusal(parseHex('FE FE FE'))).toMatchObject({ code: 'DLT645_LENGTH' });
    const truncated = refusal(parseHex('68 37 03 00 92 81 39 68 11 04 33 33 34 33 38'));
    expect(truncated).toMatchObject({ code: 'DLT645_LENGTH', offset: 9 });
    // L = 4 → 12 + 4 = 16 bytes expected; 15 given
    expect(truncated.message).toBe('DL/T 645-2007 frame: L = 0x04 at byte 9 means 4 data bytes, so 16 bytes from byte 0; found 15');
  });

  it('end byte', () => {
    const error = refusal(parseHex('68 37 03 00 92 81 39 68 11 04 33 33 34 33 38 17'));
    expect(error).toMatchObject({ code: 'DLT645_END', offset: 15 });
    expect(error.message).toBe('DL/T 645-2007 frame: expected the end byte 0x16 at byte 15, found 0x17');
  });

  it('non-BCD digits in a value or in the address', () => {
    // value byte 0x3D − 0x33 = 0x0A at byte 14
    expect(refusal(withChecksum('68 37 03 00 92 81 39 68 91 08 33 33 34 33 3D 33 33 33'))).toMatchObject({
      code: 'DLT645_BCD',
      offset: 14,
    });
    expect(refusal(withChecksum('68 3A 03 00 92 81 39 68 11 04 33 33 34 33'))).toMatchObject({ code: 'DLT645_BCD', offset: 1 });
  });

  it('data field too short for the DI, value of the wrong length, error reply with more than one ERR byte', () => {
    expect(refusal(withChecksum('68 37 03 00 92 81 39 68 11 02 33 33'))).toMatchObject({ code: 'DLT645_DATA', offset: 9 });
    const wrongLength = refusal(withChecksum('68 37 03 00 92 81 39 68 91 07 33 34 34 35 C7 56 33'));
    expect(wrongLength).toMatchObject({ code: 'DLT645_DATA', offset: 14 });
    expect(wrongLength.message).toBe(
      'DL/T 645-2007 DI 02010100 (phase_a_voltage): expected 2 value bytes after the DI, found 3 (L = 7 at byte 9)',
    );
    expect(refusal(withChecksum('68 37 03 00 92 81 39 68 91 0B 33 32 34 33 89 67 45 33 34 33 33'))).toMatchObject({ code: 'DLT645_DATA' });
    expect(refusal(withChecksum('68 37 03 00 92 81 39 68 D1 02 35 35'))).toMatchObject({ code: 'DLT645_DATA', offset: 9 });
  });
});
