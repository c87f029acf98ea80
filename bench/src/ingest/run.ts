/**
 * `npm run bench:ingest [-- options]`: meter-data benchmarks of issue 5 §8, on PostgreSQL
 * (127.0.0.1:5432, a scratch database dropped afterwards; skipped when unreachable) and on PGlite (a
 * temporary data directory, removed afterwards). Every figure has its baseline measured in the same run,
 * on the same rows, in the same store. No time is asserted anywhere; correctness is (counts, and the
 * rollup answer equals the raw scan's).
 *
 *   --scale <f>            year data on PostgreSQL: round(200·f) points × 35 040 quarters (default 1)
 *   --pglite-scale <f>     the same on PGlite (default 0.1: loading 7 M rows into PGlite takes too long)
 *   --rows <n>             rows per upload path (JSON, CSV) on PostgreSQL (default 300 000: under a second of upload
 *                          varied by ±10 % from run to run)
 *   --pglite-rows <n>      the same on PGlite (default 120 000)
 *   --batch <n>            rows per HTTP request (default 10 000)
 *   --uploaders <n>        a second HTTP JSON run with n gateways uploading at once, each its share of the points
 *                          (default 2; 1 skips it)
 *   --messages <n>         MQTT messages on PostgreSQL (default 100 000); --pglite-messages (default 30 000)
 *   --qos <list>           MQTT QoS of the published messages, one run each (default 1,0)
 *   --store <s>            postgres | pglite | both (default both)
 *   --only <list>          any of year,http,csv,profile,mqtt (default all; bytes and query need year)
 */
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { dropRawTable } from './baseline.ts';
import { benchBytes } from './bytes.bench.ts';
import { createBenchEnterprise, isPostgresReachable, readingRows, startBenchServer, type StoreKind } from './fixture.ts';
import { benchUpload } from './http.bench.ts';
import { benchMqtt } from './mqtt.bench.ts';
import { profilePipeline } from './profile.ts';
import { benchQuery } from './query.bench.ts';
import { printResults, type StoreResults } from './report.ts';
import { loadYear } from './year-load.ts';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    'pglite-scale': { type: 'string', default: '0.1' },
    rows: { type: 'string', default: '300000' },
    'pglite-rows': { type: 'string', default: '120000' },
    batch: { type: 'string', default: '10000' },
    uploaders: { type: 'string', default: '2' },
    messages: { type: 'string', default: '100000' },
    'pglite-messages': { type: 'string', default: '30000' },
    qos: { type: 'string', default: '1,0' },
    store: { type: 'string', default: 'both' },
    only: { type: 'string', default: 'year,http,csv,profile,mqtt' },
  },
});

const positive = (name: string, text: string | undefined): number => {
  const value = Number(text);
  if (!(value > 0) || !Number.isFinite(value)) throw new Error(`--${name} must be a positive number, got “${text}”`);
  return value;
};

const YEAR_POINTS = 200;
const UPLOAD_POINTS = 200;
const SHANGHAI_2025 = Date.UTC(2024, 11, 31, 16); // 2025-01-01 00:00 +08:00
const FEBRUARY = Date.UTC(2025, 0, 31, 16);
const MARCH = Date.UTC(2025, 1, 28, 16);
const SECTIONS = ['year', 'http', 'csv', 'profile', 'mqtt'];
const only = new Set(args.only.split(',').map((s) => s.trim()));
for (const name of only) if (!SECTIONS.includes(name)) throw new Error(`--only: unknown section “${name}” (one of ${SECTIONS.join(', ')})`);
const batch = positive('batch', args.batch);
const uploaders = Math.round(positive('uploaders', args.uploaders));
const qosList = args.qos.split(',').map((q) => (q.trim() === '0' ? 0 : 1) as 0 | 1);
const stores: StoreKind[] = args.store === 'both' ? ['postgres', 'pglite'] : [args.store as StoreKind];
if (!stores.every((s) => s === 'postgres' || s === 'pglite')) throw new Error(`--store must be postgres, pglite or both`);

const settingsOf = (kind: StoreKind) =>
  kind === 'postgres'
    ? { scale: positive('scale', args.scale), rows: positive('rows', args.rows), messages: positive('messages', args.messages) }
    : {
        scale: positive('pglite-scale', args['pglite-scale']),
        rows: positive('pglite-rows', args['pglite-rows']),
        messages: positive('pglite-messages', args['pglite-messages']),
      };

const step = (text: string) => console.error(`[bench:ingest ${new Date().toISOString().slice(11, 19)}] ${text}`);

const runStore = async (kind: StoreKind): Promise<StoreResults> => {
  const settings = settingsOf(kind);
  const server = await startBenchServer(kind);
  const results: StoreResults = { store: server.store.description, scale: settings.scale };
  try {
    if (only.has('year')) {
      const points = Math.max(1, Math.round(YEAR_POINTS * settings.scale));
      step(`${kind}: year of 15-minute data for ${points} points (${(points * 35_040).toLocaleString('en')} readings)`);
      const enterprise = await createBenchEnterprise(server.services, 'Q', points);
      results.year = await loadYear(server, enterprise, SHANGHAI_2025, { concurrency: 2 });
      step(`${kind}: bytes per reading`);
      results.bytes = await benchBytes(server, enterprise, Math.min(results.year.readings, 500_000));
      await dropRawTable(server.store);
      step(`${kind}: series at day resolution vs raw scan`);
      const year = { from: new Date(SHANGHAI_2025), to: new Date(SHANGHAI_2025 + 365 * 86_400_000) };
      results.query = await benchQuery(server, enterprise, year, { series: 9, naive: 3 });
    }
    const rows = Math.max(UPLOAD_POINTS, Math.round(settings.rows / UPLOAD_POINTS) * UPLOAD_POINTS);
    const uploader = await createBenchEnterprise(server.services, 'A', UPLOAD_POINTS);
    const upload = readingRows(uploader.codes, SHANGHAI_2025, rows / UPLOAD_POINTS);
    if (only.has('http')) {
      step(`${kind}: HTTP JSON, ${rows.toLocaleString('en')} rows`);
      results.json = await benchUpload(server, uploader, 'json', upload, batch);
      if (uploaders > 1) {
        step(`${kind}: HTTP JSON, ${rows.toLocaleString('en')} rows, ${uploaders} uploaders at once`);
        const parallelEnterprise = await createBenchEnterprise(server.services, 'C', UPLOAD_POINTS);
        results.jsonParallel = await benchUpload(server, parallelEnterprise, 'json', upload, batch, uploaders);
      }
    }
    if (only.has('csv')) {
      step(`${kind}: CSV, ${rows.toLocaleString('en')} rows`);
      const csvEnterprise = await createBenchEnterprise(server.services, 'B', UPLOAD_POINTS);
      results.csv = await benchUpload(server, csvEnterprise, 'csv', upload, batch);
    }
    if (only.has('profile')) {
      const profileRows = Math.min(rows, 3 * batch);
      step(`${kind}: pipeline profile in process, ${profileRows.toLocaleString('en')} rows`);
      results.profile = await profilePipeline(
        server.store,
        uploader,
        readingRows(uploader.codes, FEBRUARY, profileRows / UPLOAD_POINTS),
        batch,
      );
    }
    if (only.has('mqtt')) {
      results.mqtt = [];
      results.broker = server.broker.description;
      for (const [i, qos] of qosList.entries()) {
        step(`${kind}: MQTT QoS ${qos}, ${settings.messages.toLocaleString('en')} messages × 3 values`);
        // Each run in its own month (March, April …), so no run meets another's readings.
        const start = MARCH + i * 31 * 86_400_000;
        results.mqtt.push(await benchMqtt(server, uploader, settings.messages, start, { qos, stallSeconds: 10 }));
      }
    }
    await dropRawTable(server.store);
  } finally {
    await server.close();
  }
  return results;
};

const all: StoreResults[] = [];
for (const kind of stores) {
  if (kind === 'postgres' && !(await isPostgresReachable())) {
    console.log('PostgreSQL at 127.0.0.1:5432 unreachable: skipped');
    continue;
  }
  try {
    all.push(await runStore(kind));
  } catch (error) {
    // One store failing still leaves the other's figures; the run exits non-zero.
    console.error(`bench:ingest on ${kind} failed:`, error);
    process.exitCode = 1;
  }
}
console.log(`\nbench:ingest — ${new Date().toISOString()}, node ${process.version}, ${cpus().length} cores`);
printResults(all);
