import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectAsync, type MqttClient } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ACTOR, makeOrganisation, makeServices } from '../../../test/factories.ts';
import { systemClock } from '../../clock.ts';
import { parseConfig } from '../../config.ts';
import { startServer, type RunningServer } from '../../main.ts';
import type { Services } from '../../services.ts';
import { receiptsTopic } from './mqtt-messages.ts';

/** The broker of CI (issue 5 §2); the server under test subscribes to it like production. */
const BROKER = 'mqtt://127.0.0.1:1883';
type Receipt = { accepted: number; duplicate: number; rejected: unknown[]; source: string; enterpriseId: string; messageIds: string[] };

/** MQTT ingestion end to end (issue 5 §2): the real server (startServer), a real broker, a real PGlite store. */
describe('meter data over MQTT', () => {
  let server: RunningServer;
  let services: Services;
  let dataDir: string;
  let publisher: MqttClient;
  let creditCode: string;
  let enterpriseId: string;
  const pointIds: Record<string, string> = {};
  const tokens: Record<'gateway' | 'readOnly' | 'otherEnterprise', string> = { gateway: '', readOnly: '', otherEnterprise: '' };
  const receipts: Receipt[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'jiliang-mqtt-'));
    const config = parseConfig({
      JILIANG_DATA_DIR: dataDir,
      JILIANG_MQTT_URL: BROKER,
      JILIANG_LOG_LEVEL: 'silent',
      JILIANG_WEB_DIST: '/nonexistent',
    });
    server = await startServer(config, { port: 0, handleSignals: false });
    services = makeServices(server.store, systemClock);
    const enterprise = await makeOrganisation(services, { kind: 'enterprise' });
    enterpriseId = enterprise.id;
    creditCode = enterprise.creditCode!;
    for (const code of ['E-1', 'E-2'])
      pointIds[code] = (
        await services.points.createPoint(TEST_ACTOR, enterpriseId, {
          code,
          name: code,
          medium: 'electricity',
          registerKind: 'cumulative',
          unit: 'kWh',
        })
      ).id;
    pointIds['M-1'] = (
      await services.points.createPoint(TEST_ACTOR, enterpriseId, {
        code: 'M-1',
        name: '645 表',
        medium: 'electricity',
        registerKind: 'cumulative',
        unit: 'kWh',
        dlt645Address: '398192000337',
      })
    ).id;
    const token = async (organisationId: string, permissions: ('readings:write' | 'sites:read')[]) =>
      (await services.tokens.createToken(TEST_ACTOR, permissions, { name: `mqtt-${permissions[0]}`, organisationId, permissions })).secret;
    tokens.gateway = await token(enterpriseId, ['readings:write']);
    tokens.readOnly = await token(enterpriseId, ['sites:read']);
    tokens.otherEnterprise = await token((await makeOrganisation(services, { kind: 'enterprise' })).id, ['readings:write']);
    publisher = await connectAsync(BROKER, { clientId: `jiliang-test-${randomBytes(4).toString('hex')}` });
    publisher.on('message', (_topic, payload) => receipts.push(JSON.parse(payload.toString()) as Receipt));
    await publisher.subscribeAsync([receiptsTopic(creditCode), receiptsTopic(enterpriseId)], { qos: 1 });
    await server.mqtt!.ready;
  });
  afterAll(async () => {
    await publisher?.endAsync();
    await server?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const publish = (channel: 'readings' | 'dlt645', body: unknown, ref = creditCode) =>
    publisher.publishAsync(`jiliang/v1/${ref}/${channel}`, JSON.stringify(body), { qos: 1 });

  /** Wait (10 s at most) until the receipts received since `from` satisfy `done`. */
  const waitFor = async (done: () => boolean, what: string) => {
    for (let waited = 0; !done(); waited += 25) {
      if (waited > 10_000) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  const acceptedSince = (from: number) => receipts.slice(from).reduce((sum, r) => sum + (r.accepted ?? 0), 0);
  const readingsOf = (code: string) =>
    server.store.db.selectFrom('readings').select(['ts', 'value']).where('pointId', '=', pointIds[code]!).orderBy('ts').execute();

  it('3 values per message for two points: committed, then the receipt; readings and hour/day rollups are there', async () => {
    const from = receipts.length;
    const three = (point: string, values: number[]) =>
      values.map((value, i) => ({
        token: tokens.gateway,
        id: `${point}-${i}`,
        ts: `2025-06-01T08:${15 * (i + 1)}:00+08:00`,
        values: { [point]: value },
      }));
    await publish('readings', three('E-1', [100, 101.5, 103]));
    await publish('readings', three('E-2', [50, 50.25, 50.5]));
    await publish('readings', { token: tokens.gateway, id: 'both', ts: '2025-06-01T09:00:00+08:00', values: { 'E-1': 104, 'E-2': 51 } });
    await waitFor(() => acceptedSince(from) >= 8, 'receipts for 8 readings');
    const mine = receipts.slice(from);
    expect(mine.every((r) => r.source === 'mqtt' && r.enterpriseId === enterpriseId && r.rejected.length === 0)).toBe(true);
    expect(acceptedSince(from)).toBe(8);
    // Every message object is acknowledged by id, in a receipt sent after its batch committed.
    expect(mine.flatMap((r) => r.messageIds).sort()).toEqual(['E-1-0', 'E-1-1', 'E-1-2', 'E-2-0', 'E-2-1', 'E-2-2', 'both'].sort());
    // The receipt comes after the commit: the readings are already readable.
    expect((await readingsOf('E-1')).map((r) => r.value)).toEqual([100, 101.5, 103, 104]);
    expect((await readingsOf('E-2')).map((r) => r.value)).toEqual([50, 50.25, 50.5, 51]);
    const day = async (code: string) =>
      services.series.series(
        { kind: 'all' },
        { from: '2025-06-01T00:00:00+08:00', to: '2025-06-02T00:00:00+08:00', resolution: 'day', pointId: pointIds[code] },
      );
    // E-1: (101.5 − 100) + (103 − 101.5) + (104 − 103) = 1.5 + 1.5 + 1 = 4 kWh; the 08:15 reading is the first (no delta).
    // E-2: 0.25 + 0.25 + 0.5 = 1 kWh.
    expect((await day('E-1')).buckets.map((b) => [b.bucket, b.consumption])).toEqual([['2025-06-01', 4]]);
    expect((await day('E-2')).buckets.map((b) => [b.bucket, b.consumption])).toEqual([['2025-06-01', 1]]);
    const hours = await services.series.series(
      { kind: 'all' },
      { from: '2025-06-01T08:00:00+08:00', to: '2025-06-01T10:00:00+08:00', resolution: 'hour', pointId: pointIds['E-1'] },
    );
    // Every delta (08:30, 08:45, 09:00) closes an interval inside 08:00–09:00.
    expect(hours.buckets.map((b) => b.consumption)).toEqual([4]);
  });

  it('a wrong token, a token without readings:write, another enterprise’s token, no token: dropped and counted, never ingested', async () => {
    const dropped = server.mqtt!.stats().droppedBadToken;
    const at = '2025-06-01T09:15:00+08:00';
    const reading = { ts: at, values: { 'E-1': 105 } };
    await publish('readings', { ...reading, token: `jlt_000000000000_${'A'.repeat(43)}` });
    await publish('readings', { ...reading, token: tokens.readOnly });
    await publish('readings', { ...reading, token: tokens.otherEnterprise });
    await publish('readings', reading);
    await waitFor(() => server.mqtt!.stats().droppedBadToken >= dropped + 4, 'four dropped messages');
    // A good message after them is ingested: the subscriber is alive, and the four left nothing behind.
    const from = receipts.length;
    await publish('readings', { token: tokens.gateway, ts: '2025-06-01T09:30:00+08:00', values: { 'E-1': 106 } });
    await waitFor(() => acceptedSince(from) >= 1, 'the receipt of the good message');
    expect((await readingsOf('E-1')).map((r) => [r.ts.toISOString(), r.value]).slice(-2)).toEqual([
      ['2025-06-01T01:00:00.000Z', 104],
      ['2025-06-01T01:30:00.000Z', 106],
    ]);
  });

  it('DL/T 645-2007 frames over MQTT (topic by enterprise id): reply 0x91 000000.04 kWh lands on the point mapped by address', async () => {
    const from = receipts.length;
    await publish(
      'dlt645',
      {
        token: tokens.gateway,
        frames: [
          { hex: '68 37 03 00 92 81 39 68 91 08 33 33 34 33 37 33 33 33 8C 16', receivedAt: '2025-06-01T10:00:00+08:00' },
          { hex: '68 37 03 00 92 81 39 68 91 08 33 33 34 33 37 33 33 33 8D 16', receivedAt: '2025-06-01T10:15:00+08:00' },
        ],
      },
      enterpriseId,
    );
    await waitFor(() => receipts.length > from, 'the DL/T 645 receipt');
    expect(receipts[from]).toMatchObject({ source: 'dlt645', accepted: 1, rejected: [{ field: 'hex' }] });
    expect((await readingsOf('M-1')).map((r) => r.value)).toEqual([0.04]);
  });
});
