import { readFileSync } from 'node:fs';

/**
 * One gateway of `http.bench.ts`, in its own process (forked with IPC), as the MQTT bench's publisher is: the uploader's
 * own work (sending the bodies, reading the receipts) must not share the server's event loop. argv: <url> <token>
 * <content type> <bodies.json> (an array of { rows, body }, serialised before the clock starts). It says { ready }, waits
 * for { go }, posts every body one after the other — each acknowledged by its receipt after commit — checks that each
 * receipt accepted all its rows, then says { done: seconds } and exits; any failure says { error }.
 */
const [url, token, contentType, file] = process.argv.slice(2);
const bodies = JSON.parse(readFileSync(file!, 'utf8')) as { rows: number; body: string }[];
const send = (message: unknown) => process.send?.(message);

const main = async () => {
  send({ ready: true });
  await new Promise<void>((resolve) => process.once('message', () => resolve()));
  const start = process.hrtime.bigint();
  for (const { rows, body } of bodies) {
    const response = await fetch(url!, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': contentType! },
      body,
    });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`POST answered ${response.status}: ${text.slice(0, 500)}`);
    const receipt = JSON.parse(text) as { accepted: number; rejected: unknown[] };
    if (receipt.accepted !== rows || receipt.rejected.length > 0)
      throw new Error(`receipt: accepted ${receipt.accepted} of ${rows}, rejected ${JSON.stringify(receipt.rejected.slice(0, 3))}`);
  }
  send({ done: Number(process.hrtime.bigint() - start) / 1e9 });
};

main().then(
  () => process.exit(0),
  (error: unknown) => {
    send({ error: String(error) });
    process.exit(1);
  },
);
