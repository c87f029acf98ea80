import { describe, expect, it } from 'vitest';
import { parseMqttPayload, parseTopic, receiptsTopic } from './mqtt-messages.ts';

const TOKEN = 'jlt_0123456789ab_' + 'x'.repeat(43);

describe('MQTT topics and payloads (issue 5 §2, docs/READINGS.md "MQTT")', () => {
  it('topics: jiliang/v1/<enterprise>/readings|dlt645 in, jiliang/v1/<enterprise>/receipts out', () => {
    expect(parseTopic('jiliang/v1/91420600MA4F0000X1/readings')).toEqual({ enterpriseRef: '91420600MA4F0000X1', channel: 'readings' });
    expect(parseTopic('jiliang/v1/abc/dlt645')).toEqual({ enterpriseRef: 'abc', channel: 'dlt645' });
    expect(parseTopic('jiliang/v1/abc/receipts')).toBeUndefined();
    expect(parseTopic('jiliang/v2/abc/readings')).toBeUndefined();
    expect(parseTopic('jiliang/v1/a/b/readings')).toBeUndefined();
    expect(receiptsTopic('abc')).toBe('jiliang/v1/abc/receipts');
  });

  it('readings: one object with 3 values → 3 rows and its id; the token never reaches a row', () => {
    const parsed = parseMqttPayload(
      'readings',
      JSON.stringify({ token: TOKEN, id: 'gw-1/42', ts: '2025-06-01T08:15:00+08:00', values: { 'E-1': 100, 'E-2': '55.5', 'V-1': 230.1 } }),
    );
    expect(parsed).toEqual({
      envelopes: [
        {
          token: TOKEN,
          id: 'gw-1/42',
          rows: [
            { point: 'E-1', ts: '2025-06-01T08:15:00+08:00', value: 100 },
            { point: 'E-2', ts: '2025-06-01T08:15:00+08:00', value: '55.5' },
            { point: 'V-1', ts: '2025-06-01T08:15:00+08:00', value: 230.1 },
          ],
          frames: [],
          rejections: [],
        },
      ],
    });
    expect(JSON.stringify('envelopes' in parsed ? parsed.envelopes[0]!.rows : [])).not.toContain('jlt_');
  });

  it('readings: an array of objects, ThingsBoard-style epoch milliseconds, and values that are not numbers', () => {
    // 1748736900000 ms = 2025-06-01T00:15:00Z = 08:15 Beijing time.
    const parsed = parseMqttPayload(
      'readings',
      Buffer.from(
        JSON.stringify([
          { token: TOKEN, ts: 1748736900000, values: { 'E-1': 1, 'E-2': null } },
          { ts: '2025-06-01T08:30:00+08:00', values: [1, 2] },
        ]),
      ),
    );
    if (!('envelopes' in parsed)) throw new Error(parsed.error);
    const [first, second] = parsed.envelopes;
    expect(first!.rows).toEqual([{ point: 'E-1', ts: '2025-06-01T00:15:00.000Z', value: 1 }]);
    expect(first!.rejections).toMatchObject([{ field: 'value', raw: { point: 'E-2', value: null } }]);
    expect(second!.token).toBeUndefined();
    expect(second!.rejections).toMatchObject([{ field: 'values' }]);
  });

  it('dlt645: frames pass through; a frame without hex or receivedAt is a rejection', () => {
    const parsed = parseMqttPayload(
      'dlt645',
      JSON.stringify({ token: TOKEN, frames: [{ hex: '68 16', receivedAt: '2025-06-01T08:15:00+08:00' }, { hex: 7 }] }),
    );
    if (!('envelopes' in parsed)) throw new Error(parsed.error);
    expect(parsed.envelopes[0]!.frames).toEqual([{ hex: '68 16', receivedAt: '2025-06-01T08:15:00+08:00' }]);
    expect(parsed.envelopes[0]!.rejections).toMatchObject([{ field: 'frame', raw: { hex: 7 } }]);
  });

  it('a payload that is not JSON, or not objects, is unreadable as a whole', () => {
    expect(parseMqttPayload('readings', 'not json')).toEqual({ error: '消息不是 JSON (payload is not JSON)' });
    expect(parseMqttPayload('readings', '[1, 2]')).toHaveProperty('error');
    expect(parseMqttPayload('readings', '[]')).toHaveProperty('error');
  });
});
