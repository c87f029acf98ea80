import { readFileSync } from 'node:fs';
import { connectAsync } from 'mqtt';

/**
 * The MQTT load generator of `mqtt.bench.ts`, in its own process (forked with IPC), as ThingsBoard's
 * smart-meter test runs its publishers apart from the server: publishing must not share the server's event loop.
 * argv: <broker url> <topic> <qos 0|1> <payloads.json> <window>. It connects, says { ready }, waits for { go },
 * publishes every payload with at most <window> unanswered (a sliding window), then says { published: seconds } and exits.
 */
const [url, topic, qosText, file, windowText] = process.argv.slice(2);
const qos = qosText === '0' ? 0 : 1;
const window = Number(windowText);
const payloads = JSON.parse(readFileSync(file!, 'utf8')) as string[];

const send = (message: unknown) => process.send?.(message);

const main = async () => {
  const client = await connectAsync(url!, { clean: true });
  send({ ready: true });
  await new Promise<void>((resolve) => process.once('message', () => resolve()));
  const start = process.hrtime.bigint();
  // A sliding window: `window` lanes, each publishing its next message as soon as its last one is answered.
  let next = 0;
  const lane = async () => {
    while (next < payloads.length) await client.publishAsync(topic!, payloads[next++]!, { qos });
  };
  await Promise.all(Array.from({ length: window }, lane));
  send({ published: Number(process.hrtime.bigint() - start) / 1e9 });
  await client.endAsync();
};

main().then(
  () => process.exit(0),
  (error: unknown) => {
    send({ error: String(error) });
    process.exit(1);
  },
);
