import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createServices, parseConfig, startServer, systemClock, SYSTEM_ACTOR, type Services, type Store } from '@jiliang/server';
import { startBenchBroker } from './broker.ts';

/**
 * The bench's world (issue 5 §8): the real server started with `startServer` on a fresh store — a
 * scratch PostgreSQL database (dropped afterwards) or PGlite in a temporary data directory (removed
 * afterwards) — plus enterprises with interval kWh points and a `readings:write` API token each.
 */
export type StoreKind = 'pglite' | 'postgres';
export type BenchServer = {
  kind: StoreKind;
  url: string;
  store: Store;
  services: Services;
  /** The server's MQTT subscriber (apps/server/src/modules/readings/mqtt-ingest.ts), when it started one. */
  mqtt: MqttSubscriber | undefined;
  /** The broker the subscriber reads (broker.ts: the bench's own Mosquitto, or the shared one). */
  broker: { url: string; description: string };
  close: () => Promise<void>;
};
/** What the bench needs of the MQTT subscriber; structural, so the bench still runs (and skips) without one. */
export type MqttSubscriber = {
  ready: Promise<void>;
  stats: () => { received: number; droppedBadToken: number; droppedMalformed: number; batches?: number; failedBatches?: number };
};
export type BenchEnterprise = { id: string; codes: string[]; pointIds: Map<string, string>; token: string };
export type ReadingRow = { point: string; ts: string; value: number };

export const ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const MQTT_URL = 'mqtt://127.0.0.1:1883';
export const BENCH_ACTOR = { ...SYSTEM_ACTOR, label: 'bench:ingest' };
const QUARTER_MS = 900_000;

/** Whether PostgreSQL answers at 127.0.0.1:5432 (trust auth, as in CI). */
export const isPostgresReachable = async (): Promise<boolean> => {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  try {
    await admin.connect();
    return true;
  } catch {
    return false;
  } finally {
    await admin.end().catch(() => undefined);
  }
};

const adminQuery = async (text: string) => {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
};

/** The server's services on `db` (the store's, or one with a timing plugin), as main.ts wires them. */
export const servicesOn = (db: Store['db']): Services =>
  createServices({ db, clock: systemClock, auth: { sessionHours: 12, lockout: { maxFailures: 5, minutes: 15 } } });

/** The real app (startServer: migrations, routes, and the MQTT subscriber when the server has one). */
export const startBenchServer = async (kind: StoreKind): Promise<BenchServer> => {
  const env: Record<string, string> = {
    HOST: '127.0.0.1',
    // 'error': the MQTT subscriber warns about every message of other publishers on a shared broker.
    JILIANG_LOG_LEVEL: 'error',
    // The bench sends more requests per minute than the production default allows.
    JILIANG_RATE_LIMIT_PER_MINUTE: '10000000',
    JILIANG_WEB_DIST: '/nonexistent',
  };
  const broker = await startBenchBroker(MQTT_URL);
  env.JILIANG_MQTT_URL = broker.url;
  let cleanup: () => Promise<void> = broker.stop;
  if (kind === 'postgres') {
    const database = `jiliang_bench_ingest_${process.pid}_${Date.now().toString(36)}`;
    await adminQuery(`CREATE DATABASE ${database}`).catch(async (error: unknown) => {
      await broker.stop();
      throw error;
    });
    env.DATABASE_URL = `postgres://postgres@127.0.0.1:5432/${database}`;
    cleanup = async () => {
      await broker.stop();
      await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'jiliang-bench-'));
    env.JILIANG_DATA_DIR = dir;
    cleanup = async () => {
      await broker.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  try {
    const running = await startServer(parseConfig(env), { port: 0, handleSignals: false });
    const services = servicesOn(running.store.db);
    return {
      kind,
      url: running.url,
      store: running.store,
      services,
      mqtt: (running as { mqtt?: MqttSubscriber }).mqtt,
      broker: { url: broker.url, description: broker.description },
      close: async () => {
        try {
          await running.close();
        } finally {
          await cleanup();
        }
      },
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
};

/** Point codes P-0001 … */
export const pointCodes = (count: number): string[] => Array.from({ length: count }, (_, i) => `P-${String(i + 1).padStart(4, '0')}`);

/** An enterprise with `points` interval kWh points (15 min) and an API token carrying readings:write. */
export const createBenchEnterprise = async (services: Services, name: string, points: number): Promise<BenchEnterprise> => {
  const enterprise = await services.organisations.createOrganisation(BENCH_ACTOR, {
    kind: 'enterprise',
    name: `基准测试${name}`,
    divisionCode: '420607',
  });
  const pointIds = new Map<string, string>();
  for (const code of pointCodes(points)) {
    const point = await services.points.createPoint(BENCH_ACTOR, enterprise.id, {
      code,
      name: `基准测点 ${code}`,
      medium: 'electricity',
      // Interval registers: each reading is the energy of its quarter, so a naive sum(value) over raw
      // readings is the same figure as the rollups' consumption, and the two can be checked against each other.
      registerKind: 'interval',
      unit: 'kWh',
    });
    pointIds.set(code, point.id);
  }
  const { secret } = await services.tokens.createToken(BENCH_ACTOR, ['readings:write'], {
    name: 'bench gateway',
    organisationId: enterprise.id,
    permissions: ['readings:write'],
  });
  return { id: enterprise.id, codes: [...pointIds.keys()], pointIds, token: secret };
};

/** The energy of one quarter, kWh: deterministic, two decimals, 10.00 … 19.99. */
export const quarterValue = (pointIndex: number, step: number): number => 10 + ((step * 7919 + pointIndex * 104_729) % 1000) / 100;

/**
 * `steps` quarters for every code, from `startMs` (exclusive: the first reading closes the first quarter).
 * Time-major (every point at t1, then every point at t2 …), the order a data logger exports.
 */
export const readingRows = (codes: readonly string[], startMs: number, steps: number, firstStep = 0): ReadingRow[] => {
  const rows: ReadingRow[] = [];
  for (let s = firstStep; s < firstStep + steps; s++) {
    const ts = new Date(startMs + (s + 1) * QUARTER_MS).toISOString();
    codes.forEach((point, p) => rows.push({ point, ts, value: quarterValue(p, s) }));
  }
  return rows;
};

/** The same rows as the raw COPY baseline writes them: [point_id, ts, value, batch_id]. */
export const copyRowsOf = (rows: readonly ReadingRow[], pointIds: ReadonlyMap<string, string>, batchId: string): unknown[][] =>
  rows.map((r) => [pointIds.get(r.point), new Date(r.ts), r.value, batchId]);

export const chunk = <T>(items: readonly T[], size: number): T[][] => {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
};

/** Seconds taken by `fn`, wall clock. */
export const timed = async <T>(fn: () => Promise<T>): Promise<{ seconds: number; result: T }> => {
  const start = process.hrtime.bigint();
  const result = await fn();
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, result };
};

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
