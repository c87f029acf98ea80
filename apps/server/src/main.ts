import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { systemClock } from './clock.ts';
import type { Config } from './config.ts';
import { openConfiguredStore } from './store/open-configured-store.ts';
import { SYSTEM_ACTOR } from './modules/audit/audit.service.ts';
import { createServices } from './services.ts';
import type { Store } from './store/store.ts';
import { startMqttIngest, type MqttIngest } from './modules/readings/mqtt-ingest.ts';

export type RunningServer = {
  app: FastifyInstance;
  store: Store;
  url: string;
  close: () => Promise<void>;
  /** MQTT ingestion, when JILIANG_MQTT_URL is set (issue 5 §2). */
  mqtt?: MqttIngest;
};

/** Wires config → store (migrated) → app → listen. Closes cleanly on SIGINT/SIGTERM. */
export const startServer = async (config: Config, options: { port?: number; handleSignals?: boolean } = {}): Promise<RunningServer> => {
  const store = await openConfiguredStore(config.store, { lockCommand: 'jiliang serve' });
  let app: FastifyInstance;
  try {
    app = await buildApp({ store, config, clock: systemClock });
    await app.listen({ host: config.host, port: options.port ?? config.port });
  } catch (error) {
    await store.close();
    throw error;
  }
  // CM-13, CM-16: the clock's part of the lifecycle, hourly; proposals only, the Province confirms.
  const services = createServices({
    db: store.db,
    clock: systemClock,
    auth: { sessionHours: config.sessionHours, lockout: config.lockout },
    fontDir: config.fontDir,
  });
  // Issue 7 §1: the shipped default factors, loaded once into an empty library (codes already present are left alone).
  await services.factors.ensureDefaultFactors({ ...SYSTEM_ACTOR, label: 'system:default-factors' });
  const sweep = setInterval(() => {
    services.institutions
      .sweepDeadlines({ ...SYSTEM_ACTOR, label: 'system:deadline-sweep' })
      .catch((error: unknown) => app.log.error({ err: error }, 'deadline sweep failed'));
    // Issue 4 §7: reminders for instruments overdue or due within 30 days (idempotent).
    services.reminders.sweepReminders().catch((error: unknown) => app.log.error({ err: error }, 'instrument reminder sweep failed'));
  }, 3_600_000);
  sweep.unref();
  // Reminders are there from the first minute, not only after the first hourly sweep.
  const firstReminders = setTimeout(() => {
    services.reminders.sweepReminders().catch((error: unknown) => app.log.error({ err: error }, 'instrument reminder sweep failed'));
  }, 2_000);
  firstReminders.unref();
  // Issue 5 §2: MQTT ingestion when JILIANG_MQTT_URL is set (docs/READINGS.md "MQTT"); stopped first on close,
  // so that what it has buffered is committed and receipted while the store is still open.
  const mqtt = config.mqttUrl
    ? startMqttIngest({ url: config.mqttUrl, qos: config.mqttQos, services, log: app.log.child({ module: 'mqtt' }) })
    : undefined;
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      clearInterval(sweep);
      clearTimeout(firstReminders);
      await mqtt?.stop();
      await app.close();
      await store.close();
    })());
  if (options.handleSignals !== false) {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        app.log.info({ signal }, 'shutting down');
        void close().then(() => process.exit(0));
      });
    }
  }
  return { app, store, url, close, mqtt };
};
