import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { rawCopyRate } from './baseline.ts';
import { quarterValue, type BenchEnterprise, type BenchServer, type ReadingRow } from './fixture.ts';

/**
 * MQTT with 3 values per message, like ThingsBoard's smart-meter test (issue 5 §8; goal ≥ 20 000 msg/s
 * sustained). Topic scheme of docs/READINGS.md "MQTT": `jiliang/v1/<enterprise>/readings`, payload
 * `{ token, ts, values: { <code>: number × 3 } }`. Devices are consecutive triples of the enterprise's
 * points; device d sends its k-th message for quarter k. All N messages are published as fast as
 * the broker takes them (QoS 1, a gateway's usual setting, or QoS 0), by a publisher in its own process
 * (mqtt-publisher.ts; as in ThingsBoard's test, the load generator does not share the server's event loop); the clock
 * starts when it begins publishing and stops when every row is in a committed batch (polled from ingest_batches,
 * source 'mqtt'), or when nothing has been committed for `stallSeconds`.
 * Baseline: a raw COPY of the same 3·N rows into the same store.
 */
export type MqttFigures =
  | { skipped: string; qos: 0 | 1 }
  | {
      qos: 0 | 1;
      messages: number;
      devices: number;
      publishSeconds: number;
      committedSeconds: number;
      messagesPerS: number;
      rowsCommitted: number;
      rowsExpected: number;
      /** Messages the subscriber took from the broker meanwhile (other publishers' included). */
      received: number;
      /** Pipeline batches the subscriber committed meanwhile, and those that failed. */
      batches: number;
      failedBatches: number;
      copyRowsPerS: number;
    };

const VALUES_PER_MESSAGE = 3;
const PUBLISH_WINDOW = 500;

const committedRows = async (server: BenchServer, enterpriseId: string): Promise<number> => {
  const result = await sql<{ n: number }>`
    SELECT coalesce(sum(row_count), 0)::int AS n FROM ingest_batches WHERE enterprise_id = ${enterpriseId} AND source = 'mqtt'`.execute(
    server.store.db,
  );
  return result.rows[0]?.n ?? 0;
};

const within = <T>(ms: number, work: Promise<T>, what: string): Promise<T> =>
  Promise.race([
    work,
    new Promise<T>((_, reject) => {
      setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms).unref();
    }),
  ]);

export const benchMqtt = async (
  server: BenchServer,
  enterprise: BenchEnterprise,
  messages: number,
  startMs: number,
  options: { qos: 0 | 1; stallSeconds: number },
): Promise<MqttFigures> => {
  if (!server.mqtt)
    return {
      qos: options.qos,
      skipped: 'the server started no MQTT subscriber (apps/server/src/modules/readings/mqtt-ingest.ts absent or not wired)',
    };
  try {
    await within(10_000, server.mqtt.ready, `MQTT subscriber at ${server.broker.url}`);
  } catch (error) {
    return { qos: options.qos, skipped: (error as Error).message };
  }
  const devices = Math.floor(enterprise.codes.length / VALUES_PER_MESSAGE);
  const topic = `jiliang/v1/${enterprise.id}/readings`;
  const rows: ReadingRow[] = [];
  const payloads = Array.from({ length: messages }, (_, i) => {
    const device = i % devices;
    const step = Math.floor(i / devices);
    const ts = new Date(startMs + (step + 1) * 900_000).toISOString();
    const values: Record<string, number> = {};
    for (let v = 0; v < VALUES_PER_MESSAGE; v++) {
      const p = device * VALUES_PER_MESSAGE + v;
      values[enterprise.codes[p]!] = quarterValue(p, step);
      rows.push({ point: enterprise.codes[p]!, ts, value: values[enterprise.codes[p]!]! });
    }
    return JSON.stringify({ token: enterprise.token, ts, values });
  });
  const copyRowsPerS = await rawCopyRate(server.store, rows, enterprise.pointIds);
  const dir = mkdtempSync(join(tmpdir(), 'jiliang-mqtt-bench-'));
  writeFileSync(join(dir, 'payloads.json'), JSON.stringify(payloads));
  const publisher = fork(
    new URL('./mqtt-publisher.ts', import.meta.url).pathname,
    [server.broker.url, topic, String(options.qos), join(dir, 'payloads.json'), String(PUBLISH_WINDOW)],
    { execArgv: ['--import', 'tsx'] },
  );
  const said = (key: 'ready' | 'published') =>
    new Promise<number>((resolve, reject) => {
      const listen = (message: Record<string, unknown>) => {
        if ('error' in message) reject(new Error(`MQTT publisher: ${String(message.error)}`));
        else if (key in message) {
          publisher.off('message', listen);
          resolve(Number(message[key]));
        }
      };
      publisher.on('message', listen);
      publisher.once('exit', (code) => reject(new Error(`MQTT publisher exited (${code}) before '${key}'`)));
    });
  const before = server.mqtt.stats();
  const expected = rows.length + (await committedRows(server, enterprise.id));
  let committed = 0;
  try {
    await within(20_000, said('ready'), `MQTT publisher connecting to ${server.broker.url}`);
    const start = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - start) / 1e9;
    const published = said('published');
    publisher.send({ go: true });
    const publish = { seconds: await published };
    let lastProgress = seconds();
    for (;;) {
      const now = await committedRows(server, enterprise.id);
      if (now > committed) lastProgress = seconds();
      committed = now;
      if (committed >= expected || seconds() - lastProgress > options.stallSeconds) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const committedSeconds = committed >= expected ? seconds() : lastProgress;
    const rowsCommitted = committed - (expected - rows.length);
    const after = server.mqtt.stats();
    return {
      qos: options.qos,
      messages,
      devices,
      publishSeconds: publish.seconds,
      committedSeconds,
      // Messages whose rows are all committed, per second: a partial run counts only what arrived.
      messagesPerS: rowsCommitted / VALUES_PER_MESSAGE / committedSeconds,
      rowsCommitted,
      rowsExpected: rows.length,
      received: after.received - before.received,
      batches: (after.batches ?? 0) - (before.batches ?? 0),
      failedBatches: (after.failedBatches ?? 0) - (before.failedBatches ?? 0),
      copyRowsPerS,
    };
  } finally {
    publisher.kill();
    rmSync(dir, { recursive: true, force: true });
  }
};
