import { sql } from 'kysely';
import { SYSTEM_ACTOR } from '@jiliang/server';
import { createBenchEnterprise, startBenchServer, type StoreKind } from '../ingest/fixture.ts';
import { loadYear } from '../ingest/year-load.ts';

/**
 * Issue 7 §7: an annual run for one enterprise with `points` points of 15-minute data (35 040 quarter-hours each, loaded
 * with COPY and rolled up by the pipeline's own refresh: bench/src/ingest/year-load.ts), each point bound to a verified
 * meter and an emission source, against single SQL aggregates of the same year: over the monthly rollups (the strict
 * baseline: the same data the run reads) and over the raw readings (what a system without rollups does).
 */
const ACTOR = { ...SYSTEM_ACTOR, label: 'bench:carbon' };
const SHANGHAI_2025 = Date.UTC(2024, 11, 31, 16);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = async (f: () => Promise<unknown>) => {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
};

export const benchAnnualRun = async (kind: StoreKind, { points, repeat }: { points: number; repeat: number }) => {
  const server = await startBenchServer(kind);
  try {
    const { services, store } = server;
    const enterprise = await createBenchEnterprise(services, 'C', points);
    const year = await loadYear(server, enterprise, SHANGHAI_2025, { concurrency: 2 });
    for (const [i, code] of enterprise.codes.entries()) {
      const meter = await services.instruments.createInstrument(ACTOR, enterprise.id, {
        code: `M-${code}`,
        name: `电能表 ${code}`,
        instrumentType: 'electricity_meter',
        medium: 'electricity',
        accuracyClass: '0.5S',
        gb17167Level: 'main_equipment',
        intervalMonths: 12,
      });
      // Calibrated in month i % 12 of 2024, valid 12 months: part of each point's 2025 is measured, part is not.
      await services.certificates.addCertificate(
        ACTOR,
        { instrumentId: meter.id },
        {
          number: `B-${code}`,
          kind: 'verification',
          laboratoryName: '湖北省计量测试技术研究院',
          calibratedOn: `2024-${String((i % 12) + 1).padStart(2, '0')}-10`,
          validUntil: null,
          conclusion: 'pass',
          referenceStandardIds: [],
          results: [
            { quantity: '有功电能', unit: 'kWh', expandedUncertainty: 0.5, coverageFactor: 2, uncertaintyRelative: true, unitValid: true },
          ],
        },
      );
      // The bench binds the meter from the start of the point's history (a swap would start it at a date).
      await store.db
        .updateTable('pointInstruments')
        .set({ instrumentId: meter.id })
        .where('pointId', '=', enterprise.pointIds.get(code)!)
        .execute();
      await services.emissionSources.createSource(ACTOR, enterprise.id, {
        code: `S-${code}`,
        name: `外购电力 ${code}`,
        kind: 'purchased_electricity',
        subject: 'electricity',
        pointId: enterprise.pointIds.get(code)!,
        activityUnit: 'MWh',
        parameters: { factor: { factor: 'grid.national' } },
      });
    }
    await sql`ANALYZE`.execute(store.db);
    const input = { periodStart: '2025-01-01', periodEnd: '2025-12-31' };
    const factor = sql`(SELECT value FROM emission_factors WHERE code = 'grid.national' AND effective_from <= '2025-01-01' ORDER BY version DESC LIMIT 1)`;
    const fromRollups = () =>
      sql<{
        tco2: number;
      }>`SELECT sum(r.consumption) / 1000 * ${factor} AS tco2 FROM rollups_month r JOIN emission_sources s ON s.point_id = r.point_id
        WHERE s.enterprise_id = ${enterprise.id} AND r.bucket BETWEEN '2025-01-01' AND '2025-12-01'`.execute(store.db);
    const fromRaw = () =>
      sql<{
        tco2: number;
      }>`SELECT sum(r.value) / 1000 * ${factor} AS tco2 FROM readings r JOIN emission_sources s ON s.point_id = r.point_id
        WHERE s.enterprise_id = ${enterprise.id} AND r.ts > ${new Date(SHANGHAI_2025)} AND r.ts <= ${new Date(SHANGHAI_2025 + 365 * 86_400_000)}`.execute(
        store.db,
      );
    const rollupTco2 = Number((await fromRollups()).rows[0]!.tco2);
    const rawTco2 = Number((await fromRaw()).rows[0]!.tco2);
    const computed = await services.accounting.computeRun(enterprise.id, input);
    for (let i = 0; i < 3; i++) {
      await fromRollups();
      await services.accounting.computeRun(enterprise.id, input);
    }
    const rollupMs: number[] = [];
    const rawMs: number[] = [];
    const computeMs: number[] = [];
    const storeMs: number[] = [];
    for (let i = 0; i < repeat; i++) {
      rollupMs.push(await time(fromRollups));
      computeMs.push(await time(() => services.accounting.computeRun(enterprise.id, input)));
      storeMs.push(await time(() => services.accounting.createRun(ACTOR, enterprise.id, input)));
      if (i < 3) rawMs.push(await time(fromRaw));
    }
    const runTco2 = computed.result.emissions.totalTco2;
    const agree = (a: number) => Math.abs(runTco2 - a) <= 1e-9 * Math.abs(a);
    return {
      store: store.description,
      readings: year.readings,
      rollupTco2,
      rawTco2,
      runTco2,
      totalsAgree: agree(rollupTco2) && agree(rawTco2),
      measuredShare: computed.result.measuredShare ?? 0,
      rollupMs: median(rollupMs),
      rawMs: median(rawMs),
      computeMs: median(computeMs),
      storeMs: median(storeMs),
    };
  } finally {
    await server.close();
  }
};
