import { randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { connect } from 'mqtt';
import { isAppError, type IngestRow } from '@jiliang/shared';
import type { Services } from '../../services.ts';
import type { AuditActor } from '../audit/audit.service.ts';
import { createDlt645Ingest } from './dlt645-ingest.ts';
import { createIngestBatcher, type LooseRejection } from './ingest-batcher.ts';
import type { IngestSource } from './ingest.service.ts';
import { createMqttAuth } from './mqtt-auth.ts';
import { MQTT_SUBSCRIPTIONS, parseMqttPayload, parseTopic, receiptsTopic } from './mqtt-messages.ts';

/**
 * MQTT ingestion of meter data (issue 5 §2; topics and payloads in mqtt-messages.ts and docs/READINGS.md
 * "MQTT"). Subscribes with QoS 1 (or 0, JILIANG_MQTT_QOS); a QoS 1 PUBACK is sent on receipt and promises nothing:
 * the real acknowledgement is the batch receipt, published to `jiliang/v1/<enterprise>/receipts` only
 * after the pipeline has committed the batch. A sender that sees no receipt sends again (harmless:
 * ingestion is idempotent by (point, ts)).
 *
 * Each message object is authenticated by its API token (mqtt-auth.ts); a bad one is dropped, logged
 * and counted, never ingested. Rows are buffered per enterprise × token × source and committed as one
 * pipeline batch every 200 ms or 5 000 rows (ingest-batcher.ts): 20 000 messages a second become a few
 * batches a second. When 100 000 rows wait for the store, the client stops reading from the broker until
 * they are committed (backpressure, not unbounded memory).
 */
export type MqttIngestStats = {
  /** MQTT messages taken from the broker. */
  received: number;
  /** Message objects refused for their token: missing, unknown, revoked, another enterprise's, or without readings:write. */
  droppedBadToken: number;
  /** Messages outside the topic scheme, or not JSON objects. */
  droppedMalformed: number;
  batches: number;
  /** Rows in committed batches (accepted, duplicate, revised and rejected). */
  rows: number;
  failedBatches: number;
};
export type MqttIngest = { ready: Promise<void>; stats: () => MqttIngestStats; stop: () => Promise<void> };
export type MqttIngestOptions = {
  url: string;
  /** QoS of the subscriptions (JILIANG_MQTT_QOS); delivery is at the lower of this and the publisher's QoS. */
  qos?: 0 | 1;
  services: Pick<Services, 'ingest' | 'tokens' | 'organisations' | 'points'>;
  log: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;
  flushMs?: number;
  maxRows?: number;
};

type LaneMeta = { enterpriseRef: string; enterpriseId: string; actor: AuditActor; source: IngestSource };

/** DL/T 645 point mappings may be this old on the MQTT path (the HTTP path always reads them fresh). */
const POINT_INDEX_MAX_AGE_MS = 5_000;

export const startMqttIngest = ({ url, qos = 1, services, log, flushMs = 200, maxRows = 20_000 }: MqttIngestOptions): MqttIngest => {
  const stats: MqttIngestStats = { received: 0, droppedBadToken: 0, droppedMalformed: 0, batches: 0, rows: 0, failedBatches: 0 };
  const auth = createMqttAuth({ services });
  const gateway = createDlt645Ingest({ ingest: services.ingest, points: services.points });
  const broker = URL.canParse(url) ? new URL(url).host : 'broker';
  const client = connect(url, {
    clientId: `jiliang-${randomBytes(6).toString('hex')}`,
    clean: true,
    reconnectPeriod: 2_000,
    connectTimeout: 10_000,
  });
  const publishing = new Set<Promise<unknown>>();
  const inFlight = new Set<Promise<void>>();
  let closed = false;

  const publish = (topic: string, body: unknown) => {
    const sent = client
      .publishAsync(topic, JSON.stringify(body), { qos: 1 })
      .catch((error: unknown) => log.error({ err: error, topic }, 'MQTT receipt not published'));
    publishing.add(sent);
    void sent.finally(() => publishing.delete(sent));
  };

  const commit = async (meta: LaneMeta, rows: IngestRow[], rejections: LooseRejection[], messageIds: string[]) => {
    // Rows the messages could not form are numbered after the rows of the batch.
    const extraRejections = rejections.map((r, i) => ({ ...r, row: rows.length + i + 1 }));
    const topic = receiptsTopic(meta.enterpriseRef);
    try {
      const receipt = await services.ingest.ingest(meta.actor, meta.enterpriseId, rows, { source: meta.source, extraRejections });
      stats.batches++;
      stats.rows += receipt.rows;
      publish(topic, { ...receipt, enterpriseId: meta.enterpriseId, source: meta.source, messageIds });
    } catch (error) {
      stats.failedBatches++;
      log.error({ err: error, enterpriseId: meta.enterpriseId, rows: rows.length }, 'MQTT batch not committed: no receipt, senders resend');
      const code = isAppError(error) ? error.code : 'INTERNAL';
      const message = isAppError(error) ? error.message : '批次未提交，请重发 (the batch was not committed: send it again)';
      publish(topic, {
        error: { code, message },
        enterpriseId: meta.enterpriseId,
        source: meta.source,
        rows: rows.length + rejections.length,
        messageIds,
      });
    }
  };

  const batcher = createIngestBatcher<LaneMeta>({
    flushMs,
    maxRows,
    commit,
    onError: (error) => log.error({ err: error }, 'MQTT batch failed'),
  });

  const drop = (counter: 'droppedBadToken' | 'droppedMalformed', topic: string, reason: string) => {
    stats[counter]++;
    log.warn({ topic, reason }, 'MQTT message dropped, not ingested');
  };

  const handle = async (topic: string, payload: Buffer) => {
    stats.received++;
    const where = parseTopic(topic);
    if (!where) return drop('droppedMalformed', topic, '主题不符合 jiliang/v1/<企业>/readings|dlt645 (topic outside the scheme)');
    const parsed = parseMqttPayload(where.channel, payload);
    if ('error' in parsed) return drop('droppedMalformed', topic, parsed.error);
    const source: IngestSource = where.channel === 'readings' ? 'mqtt' : 'dlt645';
    for (const envelope of parsed.envelopes) {
      const verdict = await auth.verify(where.enterpriseRef, envelope.token);
      if (!verdict.ok) {
        drop('droppedBadToken', topic, verdict.reason);
        continue;
      }
      let { rows, rejections } = envelope;
      if (envelope.frames.length > 0) {
        const decoded = await gateway.rowsOfFrames(verdict.enterpriseId, envelope.frames, POINT_INDEX_MAX_AGE_MS);
        rows = [...rows, ...decoded.rows];
        rejections = [...rejections, ...decoded.rejected.map(({ field, reason, raw }) => ({ field, reason, raw }))];
      }
      const meta: LaneMeta = { enterpriseRef: where.enterpriseRef, enterpriseId: verdict.enterpriseId, actor: verdict.actor, source };
      batcher.add(`${where.enterpriseRef}|${verdict.actor.tokenId ?? ''}|${source}`, meta, { rows, rejections, id: envelope.id });
    }
  };

  client.on('message', (topic, payload) => {
    if (closed) return;
    const handled = handle(topic, payload).catch((error: unknown) => log.error({ err: error, topic }, 'MQTT message not handled'));
    inFlight.add(handled);
    void handled.finally(() => inFlight.delete(handled));
  });
  // The QoS 1 PUBACKs of the messages parsed in one turn of the event loop leave in one write, not one write
  // (a system call, and a packet for the broker to read) per message.
  let corked = false;
  const corkAcks = () => {
    if (corked) return;
    corked = true;
    // The stream of this moment: after a reconnect the client has another one.
    const stream = client.stream;
    stream.cork();
    setImmediate(() => {
      corked = false;
      stream.uncork();
    });
  };
  // Backpressure: the client reads the next packet only after this callback.
  client.handleMessage = (_packet, callback) => {
    corkAcks();
    if (batcher.pendingRows() < maxRows * 20) return callback();
    void batcher.whenBelowHighWater().then(() => callback());
  };
  client.on('error', (error) => log.error({ err: error, broker }, 'MQTT client error'));
  client.on('offline', () => log.warn({ broker }, 'MQTT broker unreachable; reconnecting every 2 s'));

  const ready = new Promise<void>((resolve) => {
    client.on('connect', () => {
      client
        .subscribeAsync([...MQTT_SUBSCRIPTIONS], { qos })
        .then(() => {
          log.info({ broker, qos, topics: MQTT_SUBSCRIPTIONS }, 'MQTT ingestion subscribed');
          resolve();
        })
        .catch((error: unknown) => log.error({ err: error, broker }, 'MQTT subscription failed'));
    });
  });

  let stopping: Promise<void> | undefined;
  /** Stop taking messages, commit what is buffered, publish its receipts (2 s at most), disconnect. */
  const stop = () =>
    (stopping ??= (async () => {
      closed = true;
      await Promise.all([...inFlight]);
      await batcher.flushAll();
      const within = (ms: number, work: Promise<unknown>) =>
        Promise.race([work, new Promise((resolve) => setTimeout(resolve, ms).unref())]);
      await within(2_000, Promise.all([...publishing]));
      await within(2_000, client.endAsync());
      if (!client.disconnected) await client.endAsync(true);
    })());

  return { ready, stats: () => ({ ...stats }), stop };
};
