import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The MQTT bench's own broker (issue 5 §8): Mosquitto started on a free port with the queue settings
 * docs/READINGS.md "MQTT" recommends for a deployment, instead of the shared broker at 127.0.0.1:1883, whose
 * defaults (max_queued_messages 1000, max_inflight_messages 20) drop messages once a fast publisher gets 1 000
 * ahead of the subscriber — a broker setting, not a property of the platform. When `mosquitto` is not on the
 * PATH the bench uses the shared broker and says so.
 */
export type BenchBroker = { url: string; description: string; stop: () => Promise<void> };

/** The broker settings the bench runs with, and a deployment should (docs/READINGS.md "MQTT"). */
export const BROKER_SETTINGS = [
  // QoS 1 messages held per client beyond those in flight; at 20 000 msg/s, 100 000 is 5 s of backlog.
  'max_queued_messages 100000',
  // Unacknowledged QoS 1 messages sent to a client at once (the subscriber acknowledges on receipt).
  'max_inflight_messages 1000',
  // Also queue QoS 0 messages instead of dropping them while the subscriber catches up.
  'queue_qos0_messages true',
  'persistence false',
];

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

export const startBenchBroker = async (sharedUrl: string): Promise<BenchBroker> => {
  if (spawnSync('mosquitto', ['-h']).error)
    return { url: sharedUrl, description: `shared broker ${sharedUrl} (mosquitto not on the PATH)`, stop: async () => undefined };
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'jiliang-bench-broker-'));
  const config = join(dir, 'mosquitto.conf');
  writeFileSync(config, [`listener ${port} 127.0.0.1`, 'allow_anonymous true', ...BROKER_SETTINGS, ''].join('\n'));
  const child: ChildProcess = spawn('mosquitto', ['-c', config], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let i = 0; i < 100 && !(await accepts(port)); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  if (!(await accepts(port))) {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`the bench's mosquitto did not listen on 127.0.0.1:${port}`);
  }
  return {
    url: `mqtt://127.0.0.1:${port}`,
    description: `mosquitto on 127.0.0.1:${port} (${BROKER_SETTINGS.slice(0, 3).join(', ')})`,
    stop: async () => {
      child.kill();
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
