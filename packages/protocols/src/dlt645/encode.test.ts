import { describe, expect, it } from 'vitest';
import { encodeDlt645 } from './encode.ts';
import { Dlt645Error } from './errors.ts';
import { formatHex } from './hex.ts';

describe('DL/T 645-2007 encode', () => {
  it('DL/T 645-2007 frame layout: reproduces the read request of STANDARDS.md §4.1 byte for byte', () => {
    expect(formatHex(encodeDlt645({ address: '398192000337', control: 0x11, dataId: '00010000' }))).toBe(
      '68 37 03 00 92 81 39 68 11 04 33 33 34 33 38 16',
    );
    expect(formatHex(encodeDlt645({ address: 'AAAAAAAAAAAA', control: 0x13 }))).toBe('68 AA AA AA AA AA AA 68 13 00 DF 16');
  });

  it('DL/T 645-2007 reply with a value in the DI format: 0.04 kWh → 04 00 00 00 → 37 33 33 33', () => {
    expect(formatHex(encodeDlt645({ address: '398192000337', control: 0x91, dataId: '00010000', value: 0.04 }))).toBe(
      '68 37 03 00 92 81 39 68 91 08 33 33 34 33 37 33 33 33 8C 16',
    );
    // 239.4 V → 2394 → 94 23 → C7 56; CS 0xDA as recomputed in STANDARDS.md §4.1
    expect(formatHex(encodeDlt645({ address: '398192000337', control: 0x91, dataId: '02010100', value: 239.4 }))).toBe(
      '68 37 03 00 92 81 39 68 91 06 33 34 34 35 C7 56 DA 16',
    );
  });

  it('DL/T 645-2007 data block and raw data: values for 0001FF00, data appended after the DI', () => {
    expect(formatHex(encodeDlt645({ address: '000000000001', control: 0x91, dataId: '0001ff00', values: [1234.56, 0.01] }))).toBe(
      '68 01 00 00 00 00 00 68 91 0C 33 32 34 33 89 67 45 33 34 33 33 33 6F 16',
    );
    // error reply: ERR 0x02 → 0x35; CS 0x5D (see decode.test.ts)
    expect(formatHex(encodeDlt645({ address: '398192000337', control: 0xd1, data: Uint8Array.of(0x02) }))).toBe(
      '68 37 03 00 92 81 39 68 D1 01 35 5D 16',
    );
  });

  it('DL/T 645-2007 encode refuses input it cannot put on the wire, naming the field', () => {
    const field = (input: Parameters<typeof encodeDlt645>[0]): string | undefined => {
      try {
        encodeDlt645(input);
      } catch (error) {
        if (error instanceof Dlt645Error && error.code === 'DLT645_DATA') return error.field;
        throw error;
      }
      return undefined;
    };
    const address = '398192000337';
    expect(field({ address: '12345', control: 0x11 })).toBe('address');
    expect(field({ address, control: 256 })).toBe('control');
    expect(field({ address, control: 0x11, dataId: '0001000' })).toBe('dataId');
    expect(field({ address, control: 0x91, value: 1 })).toBe('value');
    expect(field({ address, control: 0x91, dataId: '04000101', value: 1 })).toBe('value');
    expect(field({ address, control: 0x91, dataId: '0001FF00', value: 1 })).toBe('values');
    expect(field({ address, control: 0x91, dataId: '00010000', values: [1] })).toBe('value');
    expect(field({ address, control: 0x91, dataId: '0001FF00', values: [1, -1] })).toBe('values[1]');
    expect(field({ address, control: 0x91, dataId: '00010000', data: new Uint8Array(252) })).toBe('data'); // 4 + 252 = 256 > 255
    expect(field({ address, control: 0x91, dataId: '00010000', data: new Uint8Array(251) })).toBeUndefined(); // 4 + 251 = 255
  });
});
