import type { BytesFigures } from './bytes.bench.ts';
import type { UploadFigures } from './http.bench.ts';
import type { MqttFigures } from './mqtt.bench.ts';
import type { PipelineProfile } from './profile.ts';
import type { QueryFigures } from './query.bench.ts';
import type { YearLoad } from './year-load.ts';

/**
 * The table `npm run bench:ingest` prints: each figure beside its baseline from the same run and store,
 * the ratio, and the goal of issue 5 §8. Ratios only: absolute figures depend on the machine and its load.
 */
export type StoreResults = {
  store: string;
  scale: number;
  year?: YearLoad;
  bytes?: BytesFigures;
  query?: QueryFigures;
  json?: UploadFigures;
  /** HTTP JSON with several gateways uploading at once (`--uploaders`). */
  jsonParallel?: UploadFigures;
  csv?: UploadFigures;
  profile?: PipelineProfile;
  mqtt?: MqttFigures[];
  /** The broker of the MQTT runs (broker.ts). */
  broker?: string;
};

const n = (x: number, digits = 0) => x.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const pct = (x: number) => `${n(x * 100, 1)} %`;
const verdict = (met: boolean) => (met ? 'met' : 'MISSED');

type Line = [measure: string, figure: string, baseline: string, ratio: string, goal: string];

const linesOf = (r: StoreResults): Line[] => {
  const lines: Line[] = [];
  for (const u of [r.json, r.jsonParallel, r.csv]) {
    if (!u) continue;
    const ratio = u.pipelineRowsPerS / u.copyRowsPerS;
    const who = u.uploaders > 1 ? `, ${u.uploaders} uploaders at once` : ', one uploader';
    lines.push([
      `${u.format === 'json' ? 'HTTP JSON end to end' : 'CSV import (HTTP)'}, ${n(u.rows)} rows, ${n(u.batchSize)}/batch${who}`,
      `${n(u.pipelineRowsPerS)} rows/s`,
      `${n(u.copyRowsPerS)} rows/s`,
      pct(ratio),
      `≥ 50 %: ${verdict(ratio >= 0.5)}`,
    ]);
  }
  for (const m of r.mqtt ?? []) {
    if ('skipped' in m) {
      lines.push([`MQTT QoS ${m.qos}, 3 values/message`, 'skipped', '—', '—', m.skipped]);
      continue;
    }
    const lost = m.rowsCommitted < m.rowsExpected;
    lines.push([
      `MQTT QoS ${m.qos}, 3 values/msg, ${n(m.messages)} msgs, ${m.devices} devices${lost ? ` (${n(m.rowsCommitted)} of ${n(m.rowsExpected)} rows arrived)` : ''}`,
      `${n(m.messagesPerS)} msg/s = ${n(m.messagesPerS * 3)} rows/s`,
      `${n(m.copyRowsPerS)} rows/s`,
      pct((m.messagesPerS * 3) / m.copyRowsPerS),
      `≥ 20 000 msg/s: ${verdict(m.messagesPerS >= 20_000 && !lost)}`,
    ]);
  }
  if (r.bytes)
    lines.push([
      `bytes per reading (readings + indexes + rollups), ${n(r.bytes.readings)} readings`,
      `${n(r.bytes.bytesPerReading, 1)} B`,
      `${n(r.bytes.rawBytesPerRow, 1)} B/row`,
      `${n(r.bytes.bytesPerReading / r.bytes.rawBytesPerRow, 2)} ×`,
      '— (reported)',
    ]);
  if (r.query && r.year) {
    const q = r.query;
    const what = `year at day resolution, ${r.year.points} points × 35 040 (${q.days} days)`;
    for (const [when, ms] of [
      ['as loaded, no statistics', q.seriesAsLoadedMs],
      ['after ANALYZE', q.seriesMs],
    ] as const)
      lines.push([
        `${what}, ${when}`,
        `${n(ms, 1)} ms (rollups)`,
        `${n(q.naiveMs, 1)} ms (raw scan)`,
        `${n(q.naiveMs / ms, 1)} × faster`,
        `< 100 ms: ${verdict(ms < 100)}`,
      ]);
  }
  return lines;
};

export const printResults = (all: readonly StoreResults[]) => {
  const header: Line = ['measure', 'figure', 'baseline (same run)', 'ratio', 'goal'];
  const rows = all.flatMap((r) => [[`${r.store} (scale ${r.scale})`, '', '', '', ''] as Line, ...linesOf(r)]);
  const widths = header.map((_, c) => Math.max(...[header, ...rows].map((row) => row[c]!.length)));
  const show = (row: Line) => row.map((cell, c) => cell.padEnd(widths[c]!)).join(' │ ');
  console.log(`\n${show(header)}\n${widths.map((w) => '─'.repeat(w)).join('─┼─')}`);
  for (const row of rows) console.log(show(row));
  for (const r of all) printDetails(r);
};

/** Where the time goes: the year load and the pipeline profile, per store. */
const printDetails = (r: StoreResults) => {
  console.log(`\n${r.store}`);
  if (r.year) {
    const y = r.year;
    console.log(
      `  year load: ${n(y.readings)} readings; COPY into readings ${n(y.readings / y.copySeconds)} rows/s (${n(y.copySeconds, 1)} s); ` +
        `rollup refresh ${n(y.rollupSeconds, 1)} s = ${n((y.rollupSeconds / y.points) * 1000)} ms per point-year`,
    );
  }
  if (r.bytes) {
    const b = r.bytes;
    const per = (x: number) => `${n(x / b.readings, 1)} B`;
    console.log(
      `  bytes per reading: heap ${per(b.readingsHeap)}, primary key ${per(b.readingsIndexes)}, rollups ${per(b.rollups)}, ` +
        `rest (FSM/VM/TOAST) ${n(b.bytesPerReading - (b.readingsHeap + b.readingsIndexes + b.rollups) / b.readings, 1)} B; raw table sample ${n(b.rawSampleRows)} rows`,
    );
  }
  if (r.query)
    console.log(
      `  series call: points lookup ${n(r.query.pointsLookupMs, 1)} ms + rollup aggregate ${n(r.query.aggregateMs, 1)} ms (means); ` +
        `medians of ${r.query.seriesRuns} (series) and ${r.query.naiveRuns} (raw scan) runs after a warm-up`,
    );
  const p = r.profile;
  if (p) {
    const share = (x: number) => `${n(x, 2)} s (${pct(x / p.seconds)})`;
    console.log(
      `  pipeline in process, ${n(p.rows)} rows in ${p.batches} batches: ${n(p.rows / p.seconds)} rows/s, ${n(p.statements / p.batches)} statements/batch\n` +
        `    write ${share(p.phases.write)} · rollups ${share(p.phases.rollups)} · other SQL ${share(p.phases.other)} · JS and commit ${share(p.phases.js)}`,
    );
    console.log(
      `    statements per batch: ${p.top.map((t) => `${t.label} ×${n(t.count / p.batches)} ${n((t.seconds / p.batches) * 1000)} ms`).join(' · ')}`,
    );
    const writeOnly = p.rows / p.phases.write;
    const copy = r.json?.copyRowsPerS;
    console.log(`    the readings write alone: ${n(writeOnly)} rows/s` + (copy ? ` = ${pct(writeOnly / copy)} of raw COPY` : ''));
  }
  for (const upload of [r.json, r.jsonParallel, r.csv])
    if (upload)
      console.log(
        `  ${upload.format === 'json' ? 'HTTP JSON' : 'CSV import'}${upload.uploaders > 1 ? ` (${upload.uploaders} uploaders)` : ''} against a COPY into a table with the primary key (point_id, ts) of readings: ` +
          `${n(upload.pipelineRowsPerS)} vs ${n(upload.keyedCopyRowsPerS)} rows/s = ${pct(upload.pipelineRowsPerS / upload.keyedCopyRowsPerS)} (informative; the goal's baseline is the plain table)`,
      );
  if (r.json && p)
    console.log(
      `  the same pipeline through HTTP (JSON): ${n(r.json.meanBatchSeconds * 1000)} ms per batch, in process ${n((p.seconds / p.batches) * 1000)} ms ` +
        `(the difference is HTTP, body parsing, auth and reply, within the noise of a shared machine when small)`,
    );
  if (r.mqtt?.length && r.broker) console.log(`  MQTT broker: ${r.broker}`);
  for (const mq of r.mqtt ?? [])
    if (!('skipped' in mq))
      console.log(
        `  MQTT QoS ${mq.qos}: published in ${n(mq.publishSeconds, 1)} s, committed in ${n(mq.committedSeconds, 1)} s; subscriber took ${n(mq.received)} messages ` +
          `(other publishers' included), ${mq.batches} batches, ${mq.failedBatches} failed` +
          (mq.rowsCommitted < mq.rowsExpected
            ? `; ${n(mq.rowsExpected - mq.rowsCommitted)} rows LOST before the pipeline (dropped by the broker's queue limits)`
            : ''),
      );
};
