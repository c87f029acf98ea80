import { sql } from 'kysely';
import { createServices, SYSTEM_ACTOR, systemClock, type Store } from '@jiliang/server';

/**
 * Issue 7 §7: an annual run for one enterprise with `points` points (15-minute data, so 35 040 quarter-hours each, kept as
 * the monthly rollups the pipeline maintains), each bound to a verified meter and an emission source, against one SQL
 * aggregate of the same rollups. The rollups are written directly (the ingest bench measures how they get there).
 */
const ACTOR = { ...SYSTEM_ACTOR, label: 'bench:carbon' };
const YEAR = 2025;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = async (f: () => Promise<unknown>) => {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
};

export const benchAnnualRun = async (store: Store, { points, repeat }: { points: number; repeat: number }) => {
  const services = createServices({
    db: store.db,
    clock: systemClock,
    auth: { sessionHours: 12, lockout: { maxFailures: 5, minutes: 15 } },
  });
  await services.factors.ensureDefaultFactors(ACTOR);
  const enterprise = await services.organisations.createOrganisation(ACTOR, {
    kind: 'enterprise',
    name: '基准测试企业',
    divisionCode: '420607',
  });
  const pointIds: string[] = [];
  for (let i = 0; i < points; i++) {
    const code = `M${String(i).padStart(3, '0')}`;
    const meter = await services.instruments.createInstrument(ACTOR, enterprise.id, {
      code,
      name: `电能表${code}`,
      instrumentType: 'electricity_meter',
      medium: 'electricity',
      accuracyClass: '0.5S',
      gb17167Level: 'main_equipment',
      intervalMonths: 12,
    });
    await services.certificates.addCertificate(
      ACTOR,
      { instrumentId: meter.id },
      {
        number: `B-${code}`,
        kind: 'verification',
        laboratoryName: '湖北省计量测试技术研究院',
        calibratedOn: `${YEAR - 1}-${String((i % 12) + 1).padStart(2, '0')}-10`,
        validUntil: null,
        conclusion: 'pass',
        referenceStandardIds: [],
        results: [
          { quantity: '有功电能', unit: 'kWh', expandedUncertainty: 0.5, coverageFactor: 2, uncertaintyRelative: true, unitValid: true },
        ],
      },
    );
    const point = await services.points.createPoint(ACTOR, enterprise.id, {
      code,
      name: code,
      medium: 'electricity',
      registerKind: 'interval',
      unit: 'kWh',
      instrumentId: meter.id,
    });
    pointIds.push(point.id);
    await services.emissionSources.createSource(ACTOR, enterprise.id, {
      code: `S-${code}`,
      name: `外购电力 ${code}`,
      kind: 'purchased_electricity',
      subject: 'electricity',
      pointId: point.id,
      activityUnit: 'MWh',
      parameters: { factor: { factor: 'grid.national' } },
    });
  }
  // 12 monthly rollups per point, each the sum of its quarter-hours (2 880–2 976 readings of ~25 kWh).
  const values = pointIds.flatMap((id, i) =>
    Array.from({ length: 12 }, (_, m) => {
      const days = new Date(Date.UTC(YEAR, m + 1, 0)).getUTCDate();
      return {
        pointId: id,
        bucket: `${YEAR}-${String(m + 1).padStart(2, '0')}-01`,
        consumption: days * 96 * (20 + (i % 10)),
        readingCount: days * 96,
        minValue: 20,
        maxValue: 30,
        sumValue: days * 96 * 25,
        flags: 0,
      };
    }),
  );
  for (let i = 0; i < values.length; i += 500)
    await store.db
      .insertInto('rollupsMonth')
      .values(values.slice(i, i + 500))
      .execute();
  await sql`ANALYZE`.execute(store.db);

  const input = { periodStart: `${YEAR}-01-01`, periodEnd: `${YEAR}-12-31` };
  // The baseline: the naive annual figure, one aggregate over the same rollups times the grid factor.
  const aggregate = () =>
    sql<{ tco2: number }>`SELECT sum(r.consumption) / 1000 * f.value AS tco2
      FROM rollups_month r JOIN emission_sources s ON s.point_id = r.point_id
      CROSS JOIN LATERAL (SELECT value FROM emission_factors WHERE code = 'grid.national' AND effective_from <= ${input.periodStart}::date ORDER BY version DESC LIMIT 1) f
      WHERE s.enterprise_id = ${enterprise.id} AND r.bucket BETWEEN ${input.periodStart}::date AND ${input.periodEnd}::date
      GROUP BY f.value`.execute(store.db);
  const aggregateTco2 = Number((await aggregate()).rows[0]!.tco2);
  const computed = await services.accounting.computeRun(enterprise.id, input);
  for (let i = 0; i < 3; i++) {
    await aggregate();
    await services.accounting.computeRun(enterprise.id, input);
  }
  const aggregateMs: number[] = [];
  const computeMs: number[] = [];
  const storeMs: number[] = [];
  for (let i = 0; i < repeat; i++) {
    aggregateMs.push(await time(aggregate));
    computeMs.push(await time(() => services.accounting.computeRun(enterprise.id, input)));
    storeMs.push(await time(() => services.accounting.createRun(ACTOR, enterprise.id, input)));
  }
  const runTco2 = computed.result.emissions.totalTco2;
  return {
    readings: values.reduce((s, v) => s + v.readingCount, 0),
    aggregateTco2,
    runTco2,
    totalsAgree: Math.abs(runTco2 - aggregateTco2) <= 1e-9 * Math.abs(aggregateTco2),
    measuredShare: computed.result.measuredShare ?? 0,
    aggregateMs: median(aggregateMs),
    computeMs: median(computeMs),
    storeMs: median(storeMs),
  };
};
