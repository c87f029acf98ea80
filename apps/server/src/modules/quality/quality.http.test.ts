import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUALITY_FLAG_BITS } from '@jiliang/shared';
import { TEST_ACTOR, makeOrganisation } from '../../../test/factories.ts';
import { meterInput, verification } from '../../../test/instrument-world.ts';
import { buildTestApp, type TestApp } from '../../../test/test-app.ts';

/**
 * End to end (issue 6 "done when"): a seeded month (March 2025, Asia/Shanghai) with KNOWN defects is ingested over
 * HTTP and the issue list returns exactly those defects (rule, point, day, count), nothing more.
 * - EL-1, cumulative kWh, hourly, +10 kWh an hour; limits min 1 / max 50 kWh per interval, 30 kWh/h:
 *   03-05 10:00 and 11:00 missing (gap, 22/24 = 91.7 % passes); 03-08 14:00 +35 (spike, 35 > 30 kWh/h);
 *   03-10 15:00 +0.5 (range, 0.5 < min 1); 03-15 09:00 −5 (negative); 03-18 10:02 (drift, 120 s > 60 s);
 *   certificate valid to 03-30, so the 00:00 reading of 03-31 (day 03-30) and all of 03-31 are uncalibrated.
 * - KW-1, instantaneous kW, hourly: 03-12 08:00–15:00 stuck at 123 (8 = N identical values).
 * - MIN-1, interval kWh, every minute, 03-30 and 03-31 only: 1296 of 1440 slots (90.0 %, passes) and 1295 (89.93 %,
 *   fails; STANDARDS §3 completeness ≥ 90 %); each day's missing tail is one gap.
 */
const HOUR = 3_600_000;
const MONTH_START = Date.parse('2025-03-01T00:00:00+08:00');
const at = (day: number, hour: number, minute = 0) => MONTH_START + (day - 1) * 24 * HOUR + hour * HOUR + minute * 60_000;

const electricityRows = () => {
  const rows: { point: string; ts: string; value: number }[] = [];
  let value = 1000;
  for (let ts = MONTH_START + HOUR; ts <= MONTH_START + 31 * 24 * HOUR; ts += HOUR) {
    let step = 10;
    if (ts === at(8, 14)) step = 35;
    if (ts === at(10, 15)) step = 0.5;
    if (ts === at(15, 9)) step = -5;
    if (ts === at(15, 10)) step = 15;
    value = Math.round((value + step) * 100) / 100;
    if (ts === at(5, 10) || ts === at(5, 11)) continue;
    rows.push({ point: 'EL-1', ts: new Date(ts === at(18, 10) ? ts + 120_000 : ts).toISOString(), value });
  }
  return rows;
};
const powerRows = () => {
  const rows: { point: string; ts: string; value: number }[] = [];
  let i = 0;
  for (let ts = MONTH_START + HOUR; ts <= MONTH_START + 31 * 24 * HOUR; ts += HOUR, i++) {
    const stuck = ts >= at(12, 8) && ts <= at(12, 15);
    rows.push({ point: 'KW-1', ts: new Date(ts).toISOString(), value: stuck ? 123 : 100 + (i % 7) });
  }
  return rows;
};
const minuteRows = () => {
  const rows: { point: string; ts: string; value: number }[] = [];
  for (const [day, received] of [
    [30, 1296],
    [31, 1295],
  ] as const)
    for (let k = 1; k <= received; k++) rows.push({ point: 'MIN-1', ts: new Date(at(day, 0, k)).toISOString(), value: 1 + (k % 2) });
  return rows;
};

describe('data quality over HTTP (issue 6)', () => {
  let t: TestApp;
  let org: string;
  let headers: Record<string, string>;
  const ids: Record<string, string> = {};

  const get = async (url: string) => {
    const response = await t.app.inject({ method: 'GET', url, headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const send = async (method: 'POST' | 'PUT', url: string, payload: object) => {
    const response = await t.app.inject({ method, url, headers, payload });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const issues = async () =>
    (
      (await get(`/api/organisations/${org}/quality/issues?month=2025-03`)) as {
        pointCode: string;
        day: string;
        rule: string;
        count: number;
      }[]
    )
      .map((i) => `${i.pointCode} ${i.day} ${i.rule} ×${i.count}`)
      .sort();

  beforeAll(async () => {
    t = await buildTestApp();
    org = (await makeOrganisation(t.services, { kind: 'enterprise' })).id;
    const instrument = async (code: string, validUntil: string) => {
      const meter = await t.services.instruments.createInstrument(TEST_ACTOR, org, meterInput({ code }));
      await t.services.certificates.addCertificate(
        TEST_ACTOR,
        { instrumentId: meter.id },
        verification(`C-${code}`, '2024-04-01', validUntil),
      );
      return meter.id;
    };
    const point = async (
      code: string,
      registerKind: 'cumulative' | 'interval' | 'instantaneous',
      unit: string,
      intervalMinutes: number,
      instrumentId: string,
    ) =>
      (
        await t.services.points.createPoint(TEST_ACTOR, org, {
          code,
          name: code,
          medium: 'electricity',
          registerKind,
          unit,
          intervalMinutes,
          instrumentId,
          ...(registerKind === 'cumulative' ? { rolloverValue: 999999.99 } : {}),
        })
      ).id;
    ids['EL-1'] = await point('EL-1', 'cumulative', 'kWh', 60, await instrument('A1', '2025-03-30'));
    ids['KW-1'] = await point('KW-1', 'instantaneous', 'kW', 60, await instrument('A2', '2026-03-30'));
    ids['MIN-1'] = await point('MIN-1', 'interval', 'kWh', 1, await instrument('A3', '2026-03-30'));
    const { secret } = await t.services.tokens.createToken(TEST_ACTOR, ['readings:write', 'sites:read'], {
      name: 'quality',
      organisationId: org,
      permissions: ['readings:write', 'sites:read'],
    });
    headers = { authorization: `Bearer ${secret}` };
    await send('PUT', `/api/organisations/${org}/points/${ids['EL-1']}/quality/limits`, { min: 1, max: 50, maxRatePerHour: 30 });
    const receipt = await t.app.inject({
      method: 'POST',
      url: `/api/organisations/${org}/readings`,
      headers,
      payload: { rows: [...electricityRows(), ...powerRows(), ...minuteRows()] },
    });
    expect(receipt.statusCode, receipt.body).toBe(200);
    expect(receipt.json().accepted).toBe(742 + 744 + 2591);
  }, 60_000);
  afterAll(async () => t?.close());

  it('finds exactly the seeded defects: rule, point, day and count', async () => {
    expect(await issues()).toEqual(
      [
        'EL-1 2025-03-05 gap ×1',
        'EL-1 2025-03-08 spike ×1',
        'EL-1 2025-03-10 range ×1',
        'EL-1 2025-03-15 negative ×1',
        'EL-1 2025-03-18 drift ×1',
        'EL-1 2025-03-30 calibration ×1',
        'EL-1 2025-03-31 calibration ×1',
        'KW-1 2025-03-12 stuck ×1',
        'MIN-1 2025-03-30 gap ×1',
        'MIN-1 2025-03-31 completeness ×1',
        'MIN-1 2025-03-31 gap ×1',
      ].sort(),
    );
    const heatmap = await get(`/api/organisations/${org}/quality/heatmap?month=2025-03`);
    expect(heatmap.days).toHaveLength(31);
    expect(heatmap.points.map((p: { code: string; cells: unknown[] }) => [p.code, p.cells.length])).toEqual([
      ['EL-1', 31],
      ['KW-1', 31],
      ['MIN-1', 2],
    ]);
  });

  it('draws the 90 % completeness line exactly: 1296/1440 passes, 1295/1440 fails (STANDARDS §3)', async () => {
    const pass = await get(`/api/organisations/${org}/points/${ids['MIN-1']}/quality/days/2025-03-30`);
    const fail = await get(`/api/organisations/${org}/points/${ids['MIN-1']}/quality/days/2025-03-31`);
    expect([pass.received, pass.expected, pass.completeness]).toEqual([1296, 1440, 0.9]);
    expect(pass.flags & QUALITY_FLAG_BITS.completeness).toBe(0);
    expect([fail.received, fail.expected]).toEqual([1295, 1440]);
    expect(fail.completeness).toBeCloseTo(0.8993, 4);
    expect(fail.flags & QUALITY_FLAG_BITS.completeness).toBe(QUALITY_FLAG_BITS.completeness);
  });

  it('re-evaluates a day when one of its readings is revised: the spike of 03-08 goes', async () => {
    const before = await get(`/api/organisations/${org}/points/${ids['EL-1']}/quality/days/2025-03-08`);
    const spiked = before.readings.find((r: { ts: string }) => r.ts === new Date(at(8, 14)).toISOString());
    expect(spiked.flags).toBe(QUALITY_FLAG_BITS.spike);
    // 14:00 revised 25 lower: its step is 10, and the 15:00 step becomes 35, so the spike moves to 15:00.
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/organisations/${org}/readings`,
      headers,
      payload: {
        rows: [{ point: 'EL-1', ts: new Date(at(8, 14)).toISOString(), value: spiked.value - 25, reason: '抄表更正' }],
      },
    });
    expect(response.json().revised).toBe(1);
    const day = await get(`/api/organisations/${org}/points/${ids['EL-1']}/quality/days/2025-03-08`);
    const findings = day.findings.map((f: { rule: string; ts: number }) => [f.rule, new Date(f.ts).toISOString()]);
    expect(findings).toEqual([['spike', new Date(at(8, 15)).toISOString()]]);
  });

  it('fills a gap on request: values are estimated, and the day’s total says its estimated share', async () => {
    const fill = await send('POST', `/api/organisations/${org}/points/${ids['EL-1']}/quality/fill`, {
      from: '2025-03-05',
      to: '2025-03-05',
      method: 'linear',
    });
    expect(fill).toEqual({ estimated: 2, unfilled: 0, method: 'linear' });
    const day = await get(`/api/organisations/${org}/points/${ids['EL-1']}/quality/days/2025-03-05`);
    const estimated = day.readings.filter((r: { estimated: boolean }) => r.estimated);
    expect(estimated.map((r: { ts: string; value: number; flags: number; method: string }) => [r.ts, r.value, r.flags, r.method])).toEqual([
      [new Date(at(5, 10)).toISOString(), expect.closeTo(1000 + 10 * (4 * 24 + 10), 6), QUALITY_FLAG_BITS.estimated, 'linear'],
      [new Date(at(5, 11)).toISOString(), expect.closeTo(1000 + 10 * (4 * 24 + 11), 6), QUALITY_FLAG_BITS.estimated, 'linear'],
    ]);
    // 24 steps of 10 kWh; the two ending at an estimate are estimated: 20 of 240.
    expect(day.total.total).toBeCloseTo(240, 6);
    expect(day.total.estimated).toBeCloseTo(20, 6);
    expect(day.total.share).toBeCloseTo(20 / 240, 9);
    // The measured readings are untouched and completeness still counts measured ones only (22/24).
    expect(day.received).toBe(22);
    const xlsx = await t.app.inject({ method: 'GET', url: `/api/organisations/${org}/quality/report.xlsx?month=2025-03`, headers });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
