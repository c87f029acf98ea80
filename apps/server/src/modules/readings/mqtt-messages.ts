import type { IngestRow } from '@jiliang/shared';
import type { Dlt645FrameInput } from './dlt645-ingest.ts';
import type { LooseRejection } from './ingest-batcher.ts';

/**
 * The MQTT topic scheme and payloads of meter data (issue 5 §2; docs/READINGS.md "MQTT"). Pure.
 *
 *   jiliang/v1/<enterprise>/readings   { "token", "ts", "values": { "<point code>": number, … } } or an array of them
 *   jiliang/v1/<enterprise>/dlt645     { "token", "frames": [{ "hex", "receivedAt" }, …] } or an array of them
 *   jiliang/v1/<enterprise>/receipts   published by the platform: the batch receipt, after commit
 *
 * Every object may carry an `id` (a string or number of the sender's choosing, 64 characters at most): the
 * receipt lists the ids of the messages its batch committed (`messageIds`), so a sender knows which of its
 * messages are acknowledged.
 *
 * `<enterprise>` is the enterprise's unified social credit code or its id. `ts` is ISO 8601 with an
 * offset (a local time is Beijing time, as in every path) or, ThingsBoard-style, epoch milliseconds.
 * The token never reaches a row, a receipt or the quarantine: rows carry only point, ts and value.
 */
export const MQTT_TOPIC_ROOT = 'jiliang/v1';
export type MqttChannel = 'readings' | 'dlt645';
export const MQTT_SUBSCRIPTIONS = [`${MQTT_TOPIC_ROOT}/+/readings`, `${MQTT_TOPIC_ROOT}/+/dlt645`] as const;

export const receiptsTopic = (enterpriseRef: string) => `${MQTT_TOPIC_ROOT}/${enterpriseRef}/receipts`;

const TOPIC = /^jiliang\/v1\/([^/]{1,64})\/(readings|dlt645)$/;

export const parseTopic = (topic: string): { enterpriseRef: string; channel: MqttChannel } | undefined => {
  const match = TOPIC.exec(topic);
  return match ? { enterpriseRef: match[1]!, channel: match[2] as MqttChannel } : undefined;
};

/** One object of a message: its token (unchecked yet), the rows it forms and the rows it could not form. */
export type MqttEnvelope = {
  token: string | undefined;
  id: string | undefined;
  rows: IngestRow[];
  frames: Dlt645FrameInput[];
  rejections: LooseRejection[];
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const idOf = (id: unknown): string | undefined =>
  (typeof id === 'string' && id.length > 0) || (typeof id === 'number' && Number.isFinite(id)) ? String(id).slice(0, 64) : undefined;

const timeOf = (ts: unknown): string => {
  if (typeof ts === 'number' && Number.isFinite(ts)) {
    const date = new Date(ts);
    return Number.isNaN(date.getTime()) ? String(ts) : date.toISOString();
  }
  return typeof ts === 'string' ? ts : '';
};

const readingsOf = (message: Record<string, unknown>, envelope: MqttEnvelope) => {
  const ts = timeOf(message.ts);
  if (!isObject(message.values)) {
    envelope.rejections.push({
      field: 'values',
      reason: 'values 应为 {测点编码: 数值} 对象 (values: an object of point code → number)',
      raw: { ts, values: message.values ?? null },
    });
    return;
  }
  for (const [point, value] of Object.entries(message.values)) {
    if (typeof value === 'number' || typeof value === 'string') envelope.rows.push({ point, ts, value });
    else
      envelope.rejections.push({
        field: 'value',
        reason: `测点“${point}”的值 ${JSON.stringify(value) ?? 'undefined'} 不是数值 (not a number)`,
        raw: { point, ts, value: value ?? null },
      });
  }
};

const framesOf = (message: Record<string, unknown>, envelope: MqttEnvelope) => {
  if (!Array.isArray(message.frames)) {
    envelope.rejections.push({
      field: 'frames',
      reason: 'frames 应为 [{hex, receivedAt}] 数组 (frames: an array of {hex, receivedAt})',
      raw: { frames: message.frames ?? null },
    });
    return;
  }
  for (const frame of message.frames as unknown[]) {
    if (isObject(frame) && typeof frame.hex === 'string' && typeof frame.receivedAt === 'string')
      envelope.frames.push({ hex: frame.hex, receivedAt: frame.receivedAt });
    else
      envelope.rejections.push({
        field: 'frame',
        reason: 'DL/T 645-2007 帧应为 {hex: 字符串, receivedAt: ISO 8601} (frame: {hex: string, receivedAt: string})',
        raw: frame ?? null,
      });
  }
};

/** A payload → its envelopes, or why the whole message is unreadable (not JSON, not an object or array). */
export const parseMqttPayload = (channel: MqttChannel, payload: Buffer | string): { envelopes: MqttEnvelope[] } | { error: string } => {
  let body: unknown;
  try {
    body = JSON.parse(typeof payload === 'string' ? payload : payload.toString('utf8'));
  } catch {
    return { error: '消息不是 JSON (payload is not JSON)' };
  }
  const messages = Array.isArray(body) ? (body as unknown[]) : [body];
  if (messages.length === 0 || !messages.every(isObject))
    return { error: '消息应为对象或对象数组 (payload: an object or an array of objects)' };
  return {
    envelopes: messages.map((message) => {
      const envelope: MqttEnvelope = {
        token: typeof message.token === 'string' ? message.token : undefined,
        id: idOf(message.id),
        rows: [],
        frames: [],
        rejections: [],
      };
      if (channel === 'readings') readingsOf(message, envelope);
      else framesOf(message, envelope);
      return envelope;
    }),
  };
};
