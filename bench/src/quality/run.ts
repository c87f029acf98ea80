/**
 * `npm run bench:quality [-- options]`: issue 6 §6, the evaluation throughput of the quality core over 10 million
 * readings, as a ratio to a plain scan of the same rows measured in the same run. No time is asserted.
 *
 * The rows are point-days of 96 quarter-hours (STANDARDS §3), generated in memory and deterministic (a fixed-seed
 * LCG): instantaneous kW points with limits (min, max, max rate per hour, stuck run of 8) and a calibrated meter, so
 * every rule that runs on one point-day runs (completeness, gap, range, spike, stuck, drift, calibration; negative and
 * rollover are skipped for an instantaneous register, as the evaluation says). Defects, per point-day, by the LCG:
 * 5 % a gap of 1–8 slots, 3 % a spike, 2 % a stuck run of 10, 1 % a value over max, 1 % a reading 90 s off the grid.
 *
 *   1. plain scan (baseline): the sum of the values of the same arrays, read as the evaluation reads them ({ ts, value }).
 *   2. evaluatePointDay (@jiliang/calc) of every point-day, with its `previous` reading.
 *
 *   --readings <n>  readings to evaluate (default 10 000 000; rounded up to whole point-days of 96)
 *   --days <n>      distinct point-days generated and cycled through (default 2 000, ≈ 192 000 readings in memory)
 *   --repeat <n>    timed passes of the scan, the median is reported (default 5)
 */
import { parseArgs } from 'node:util';
import { evaluatePointDay, type PointDayInput, type ServingInstrument } from '@jiliang/calc';

const { values: args } = parseArgs({
  options: {
    readings: { type: 'string', default: '10000000' },
    days: { type: 'string', default: '2000' },
    repeat: { type: 'string', default: '5' },
  },
});
const SLOTS = 96;
const QUARTER_MS = 900_000;
const pointDays = Math.ceil(Number(args.readings) / SLOTS);
const distinct = Math.min(Number(args.days), pointDays);
const repeat = Number(args.repeat);

/** Numerical Recipes LCG: the same rows on every run. */
const lcg = (seed: number) => {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
};

/** A meter verified 2024-06-01 for 24 months: every reading of 2025 is taken with a valid certificate. */
const instruments: ServingInstrument[] = [
  {
    since: null,
    node: {
      id: 'M1',
      kind: 'instrument',
      name: 'M1',
      isNationalPrimary: false,
      intervalMonths: 24,
      certificates: [
        {
          id: 'c1',
          number: 'NO-c1',
          kind: 'verification',
          calibratedOn: '2024-06-01',
          validUntil: null,
          conclusion: 'pass',
          laboratoryName: '湖北省计量测试技术研究院',
          referenceStandardIds: [],
          results: [],
        },
      ],
    },
  },
];

const formatDay = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
const DAY0 = Date.parse('2025-01-01T00:00:00+08:00');

const generate = (): { inputs: PointDayInput[]; rows: number; defects: Record<string, number> } => {
  const random = lcg(20_250_601);
  const defects = { gap: 0, spike: 0, stuck: 0, range: 0, drift: 0 };
  const inputs: PointDayInput[] = [];
  let rows = 0;
  for (let d = 0; d < distinct; d++) {
    const from = DAY0 + (d % 365) * 86_400_000;
    const values = Array.from({ length: SLOTS + 1 }, (_, i) => 200 + 80 * Math.sin((i / SLOTS) * 2 * Math.PI) + random() * 10);
    const ts = Array.from({ length: SLOTS + 1 }, (_, i) => from + i * QUARTER_MS); // index 0 is `previous`
    let keep = (i: number) => i > 0;
    if (random() < 0.05) {
      const start = 1 + Math.floor(random() * 80);
      const length = 1 + Math.floor(random() * 8);
      keep = (i) => i > 0 && (i < start || i >= start + length);
      defects.gap++;
    }
    if (random() < 0.03) {
      values[10 + Math.floor(random() * 80)]! += 400; // +400 kW in 15 min = 1600 kW/h
      defects.spike++;
    }
    if (random() < 0.02) {
      const start = 1 + Math.floor(random() * 80);
      for (let i = start; i < start + 10; i++) values[i] = values[start]!;
      defects.stuck++;
    }
    if (random() < 0.01) {
      values[1 + Math.floor(random() * 90)] = 1_200;
      defects.range++;
    }
    if (random() < 0.01) {
      const i = 1 + Math.floor(random() * 90);
      ts[i] = ts[i]! + 90_000;
      defects.drift++;
    }
    const readings = ts.flatMap((t, i) => (keep(i) ? [{ ts: t, value: values[i]! }] : []));
    rows += readings.length;
    inputs.push({
      day: formatDay(from),
      point: { registerKind: 'instantaneous', intervalMinutes: 15 },
      readings,
      previous: { ts: ts[0]! - QUARTER_MS, value: values[0]! },
      limits: { min: 0, max: 1_000, maxRatePerHour: 1_200, stuckRunLength: 8 },
      instruments,
    });
  }
  return { inputs, rows, defects };
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number, digits = 1) => n.toLocaleString('en', { maximumFractionDigits: digits });

const { inputs, rows: rowsPerCycle, defects } = generate();
const readingsOf = (k: number) => inputs[k % distinct]!.readings;
let totalRows = 0;
for (let k = 0; k < pointDays; k++) totalRows += readingsOf(k).length;

/** The baseline: every value of the same arrays, summed (the least any evaluation must do: read each row once). */
const scan = () => {
  let sum = 0;
  for (let k = 0; k < pointDays; k++) {
    const readings = readingsOf(k);
    for (let i = 0; i < readings.length; i++) sum += readings[i]!.value;
  }
  return sum;
};

console.log('bench:quality — issue 6 §6 (ratio against a plain scan measured in this run)');
console.log(
  `  ${fmt(totalRows, 0)} readings in ${fmt(pointDays, 0)} point-days of 96 quarter-hours (${fmt(distinct, 0)} distinct, ${fmt(rowsPerCycle, 0)} readings, cycled)`,
);
console.log(
  `  defects among the distinct days: ${Object.entries(defects)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
);

scan(); // warm-up
const scanMs: number[] = [];
let scanned = 0;
for (let r = 0; r < repeat; r++) {
  const t0 = performance.now();
  scanned = scan();
  scanMs.push(performance.now() - t0);
}
for (let k = 0; k < Math.min(distinct, 200); k++) evaluatePointDay(inputs[k]!); // warm-up
const flagged: Record<string, number> = {};
let flaggedReadings = 0;
const t0 = performance.now();
for (let k = 0; k < pointDays; k++) {
  const result = evaluatePointDay(inputs[k % distinct]!);
  if (k < distinct) {
    for (const f of result.findings) flagged[f.rule] = (flagged[f.rule] ?? 0) + 1;
    for (const r of result.readings) if (r.flags !== 0) flaggedReadings++;
  }
}
const evaluateMs = performance.now() - t0;

const scanRate = (totalRows / median(scanMs)) * 1000;
const evaluateRate = (totalRows / evaluateMs) * 1000;
console.log(
  `  plain scan (baseline)   ${fmt(median(scanMs), 1).padStart(10)} ms   ${fmt(scanRate, 0).padStart(15)} readings/s   (Σ ${fmt(scanned, 0)})`,
);
console.log(`  evaluatePointDay        ${fmt(evaluateMs, 1).padStart(10)} ms   ${fmt(evaluateRate, 0).padStart(15)} readings/s`);
console.log(
  `  ratio: the evaluation takes ${fmt(evaluateMs / median(scanMs), 0)}× the scan (${fmt(evaluateRate / scanRate, 4)} of its throughput)`,
);
console.log(
  `  findings among the distinct days: ${Object.entries(flagged)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}; ${fmt(flaggedReadings, 0)} flagged readings`,
);
