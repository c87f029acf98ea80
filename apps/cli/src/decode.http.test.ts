import { describe, expect, it } from 'vitest';
import { runCli } from '@jiliang/server/test/child-process';

/** `jiliang decode dlt645`, run as a gateway operator would: no store, JSON on stdout, exit 1 on a bad frame. */
describe('jiliang decode dlt645 (DL/T 645-2007)', () => {
  it('DL/T 645-2007: prints the reply of STANDARDS.md §4.1 as JSON, 37 33 33 33 → 000000.04 kWh', async () => {
    const result = await runCli(['decode', 'dlt645', '68 37 03 00 92 81 39 68 91 08 33 33 34 33 37 33 33 33 8C 16'], {});
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      address: '398192000337',
      control: '0x91',
      dataId: '00010000',
      quantity: 'forward_active_energy',
      nameZh: '正向有功总电能',
      value: 0.04,
      unit: 'kWh',
      direction: 'response',
      function: 'read_data',
      data: '00 00 01 00 04 00 00 00',
    });
  }, 120_000);

  it('DL/T 645-2007: takes the hex as several arguments, with FE wake-up bytes and 0x prefixes', async () => {
    // 239.4 V: C7 56 − 0x33 = 94 23 → 2394; CS 0xDA recomputed in STANDARDS.md §4.1
    const args = 'FE FE 0x68 37 03 00 92 81 39 68 91 06 33 34 34 35 c7 56 da 16'.split(' ');
    const result = await runCli(['decode', 'dlt645', ...args], {});
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ dataId: '02010100', value: 239.4, unit: 'V', control: '0x91' });
  }, 120_000);

  it('DL/T 645-2007: a wrong checksum exits 1 and names both sums and the byte', async () => {
    const result = await runCli(['decode', 'dlt645', '68 37 03 00 92 81 39 68 91 06 33 34 34 35 C7 56 B6 16'], {});
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe(
      'jiliang: DLT645_CHECKSUM: DL/T 645-2007 frame: checksum 0xB6 at byte 16 does not match the computed 0xDA (sum of bytes 0..15 mod 256)',
    );
  }, 120_000);

  it('DL/T 645-2007: bad length, start byte, end byte and hex each exit 1 with their code', async () => {
    const cases: [string, string][] = [
      ['68 37 03 00 92 81 39 68 11 04 33 33 34 33 38', 'jiliang: DLT645_LENGTH: DL/T 645-2007 frame: L = 0x04 at byte 9'],
      [
        '69 37 03 00 92 81 39 68 11 04 33 33 34 33 38 16',
        'jiliang: DLT645_START: DL/T 645-2007 frame: expected the start byte 0x68 at byte 0, found 0x69',
      ],
      [
        '68 37 03 00 92 81 39 68 11 04 33 33 34 33 38 17',
        'jiliang: DLT645_END: DL/T 645-2007 frame: expected the end byte 0x16 at byte 15, found 0x17',
      ],
      [
        '68 37 0',
        "jiliang: DLT645_HEX: DL/T 645-2007 hex: expected whole bytes (an even number of hex digits), found 1 digit(s) in '0' at character 6",
      ],
    ];
    const results = await Promise.all(cases.map(([hex]) => runCli(['decode', 'dlt645', hex], {})));
    results.forEach((result, i) => {
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(cases[i]![1]);
    });
  }, 120_000);
});
