import { describe, expect, it } from 'vitest';
import { framesToRows, indexDlt645Points, type Dlt645PointRef } from './dlt645-ingest.ts';

// STANDARDS.md §4.1 "Example frames from public code" (meter 398192000337, DI 00010000 on the wire as 33 33 34 33).
const REPLY_004 = '68 37 03 00 92 81 39 68 91 08 33 33 34 33 37 33 33 33 8C 16';
const REPLY_007 = '68 37 03 00 92 81 39 68 91 08 33 33 34 33 3A 33 33 33 8F 16';
const READ_REQUEST = '68 37 03 00 92 81 39 68 11 04 33 33 34 33 38 16';
const VOLTAGE_BAD_CS = '68 37 03 00 92 81 39 68 91 06 33 34 34 35 C7 56 B6 16';
// Meter 000000000001, the same reply: CS = (0x68+0x01+0x68+0x91+0x08+3×0x33+0x34+0x37+3×0x33) mod 256 = 775 mod 256 = 0x07.
const REPLY_OTHER_METER = '68 01 00 00 00 00 00 68 91 08 33 33 34 33 37 33 33 33 07 16';
// Error reply 0xD1, ERR 0x02 (no requested data) sent as 0x35:
// CS = 0x68+0x37+0x03+0x00+0x92+0x81+0x39+0x68+0xD1+0x01+0x35 = 861 mod 256 = 0x5D.
const ERROR_REPLY = '68 37 03 00 92 81 39 68 D1 01 35 5D 16';

const point = (overrides: Partial<Dlt645PointRef> = {}): Dlt645PointRef => ({
  code: 'E-1',
  unit: 'kWh',
  dlt645Address: '398192000337',
  dlt645DataId: '00010000',
  ...overrides,
});
const at = '2025-06-01T08:15:00+08:00';

describe('DL/T 645-2007 gateway frames → pipeline rows', () => {
  it('DL/T 645-2007 reply 0x91, DI 00010000: bytes 04 00 00 00 → 000000.04 kWh on the mapped point', () => {
    const { rows, rejected } = framesToRows(
      [
        { hex: REPLY_004, receivedAt: at },
        { hex: REPLY_007, receivedAt: '2025-06-01T08:30:00+08:00' },
      ],
      indexDlt645Points([point()]),
    );
    expect(rejected).toEqual([]);
    expect(rows.map(({ point, ts, value, frame }) => ({ point, ts, value, frame }))).toEqual([
      { point: 'E-1', ts: at, value: 0.04, frame: 1 },
      { point: 'E-1', ts: '2025-06-01T08:30:00+08:00', value: 0.07, frame: 2 },
    ]);
  });

  it('a point mapped by address alone stands for DI 00010000 (forward active total energy), converted to its unit', () => {
    const { rows } = framesToRows([{ hex: REPLY_004, receivedAt: at }], indexDlt645Points([point({ unit: 'MWh', dlt645DataId: null })]));
    // 0.04 kWh = 0.04 / 1000 MWh = 0.00004 MWh.
    expect(rows[0]?.value).toBeCloseTo(0.00004, 12);
  });

  it('DL/T 645-2007 checksum: the voltage frame of STANDARDS.md §4.1 (CS 0xB6, computed 0xDA) is rejected with the codec message', () => {
    const { rows, rejected } = framesToRows([{ hex: VOLTAGE_BAD_CS, receivedAt: at }], indexDlt645Points([point()]));
    expect(rows).toEqual([]);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ row: 1, field: 'hex', raw: { frame: 1, hex: VOLTAGE_BAD_CS, ts: at } });
    expect(rejected[0]!.reason).toContain('DL/T 645-2007 frame: checksum 0xB6 at byte 16 does not match the computed 0xDA');
  });

  it('DL/T 645-2007 request frame 0x11 and error reply 0xD1 carry no reading: rejected, naming the control code', () => {
    const { rows, rejected } = framesToRows(
      [
        { hex: READ_REQUEST, receivedAt: at },
        { hex: ERROR_REPLY, receivedAt: at },
      ],
      indexDlt645Points([point()]),
    );
    expect(rows).toEqual([]);
    expect(rejected.map((r) => [r.row, r.field])).toEqual([
      [1, 'control'],
      [2, 'control'],
    ]);
    expect(rejected[0]!.reason).toContain('0x11');
    expect(rejected[1]!.reason).toContain('0xD1');
    expect(rejected[1]!.reason).toContain('no_requested_data');
  });

  it('DL/T 645-2007 mapping: an unmapped address is rejected naming the address and the DI; a double mapping is ambiguous', () => {
    const unmapped = framesToRows([{ hex: REPLY_OTHER_METER, receivedAt: at }], indexDlt645Points([point()]));
    expect(unmapped.rejected[0]).toMatchObject({ field: 'address', raw: { address: '000000000001', dataId: '00010000', value: 0.04 } });
    expect(unmapped.rejected[0]!.reason).toMatch(/000000000001.*00010000/);
    const ambiguous = framesToRows([{ hex: REPLY_004, receivedAt: at }], indexDlt645Points([point(), point({ code: 'E-2' })]));
    expect(ambiguous.rejected[0]!.reason).toContain('E-1、E-2');
  });

  it('DL/T 645-2007 DI 00010000 is energy (kWh): a point in m³ does not take it', () => {
    const { rows, rejected } = framesToRows([{ hex: REPLY_004, receivedAt: at }], indexDlt645Points([point({ unit: 'm3' })]));
    expect(rows).toEqual([]);
    expect(rejected[0]).toMatchObject({ field: 'unit' });
  });

  it('DL/T 645-2007 hex: text that is not hex is rejected, numbered by its frame', () => {
    const { rejected } = framesToRows(
      [
        { hex: REPLY_004, receivedAt: at },
        { hex: '68 zz', receivedAt: at },
      ],
      indexDlt645Points([point()]),
    );
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ row: 2, field: 'hex' });
    expect(rejected[0]!.reason).toContain("DL/T 645-2007 hex: expected hex digits 0-9/A-F, found 'z'");
  });
});
