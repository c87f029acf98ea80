import { z } from 'zod';

/**
 * The only file that reads process.env (ARCHITECTURE rule 10). Parsed once at start-up; a bad
 * value stops the process with the variable's name and the rule it broke.
 */
const envSchema = z.object({
  JILIANG_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().url().optional(),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  JILIANG_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Set when served over HTTPS (behind a proxy): cookies get the Secure flag, HSTS is sent. */
  JILIANG_SECURE_COOKIES: z.enum(['true', 'false']).default('false'),
  JILIANG_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  JILIANG_LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  JILIANG_SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  JILIANG_WEB_DIST: z.string().optional(),
  /** CJK fonts for the PDF documents (Debian's fonts-noto-cjk by default). */
  JILIANG_FONT_DIR: z.string().optional(),
  /** Issue 5 §2: the MQTT broker to take meter data from (docs/READINGS.md "MQTT"); unset = MQTT ingestion off. */
  JILIANG_MQTT_URL: z
    .string()
    .regex(
      /^(mqtts?|wss?|tcp|ssl):\/\/\S+$/,
      'an MQTT broker URL: mqtt://, mqtts://, ws://, wss://, tcp:// or ssl:// (e.g. mqtt://127.0.0.1:1883)',
    )
    .optional(),
  /**
   * QoS of the MQTT subscriptions. 1 by default; the receipt, not the PUBACK, acknowledges data either way. With
   * Mosquitto's defaults (max_inflight_messages 20) QoS 1 delivery to one subscriber is slow: see docs/READINGS.md.
   */
  JILIANG_MQTT_QOS: z.enum(['0', '1'], { message: '0 or 1 (QoS 2 is not used)' }).default('1'),
});

export type StoreConfig = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; databaseUrl: string };

export type Config = {
  store: StoreConfig;
  host: string;
  port: number;
  logLevel: z.infer<typeof envSchema>['JILIANG_LOG_LEVEL'];
  secureCookies: boolean;
  rateLimitPerMinute: number;
  loginRateLimitPerMinute: number;
  sessionHours: number;
  webDist: string | undefined;
  fontDir: string | undefined;
  /** Issue 5 §2: MQTT ingestion's broker, or undefined when MQTT ingestion is off. */
  mqttUrl: string | undefined;
  mqttQos: 0 | 1;
  /** Consecutive failed logins before an account locks, and for how long (decided; see docs/SECURITY.md). */
  lockout: { maxFailures: number; minutes: number };
};

export const parseConfig = (env: Record<string, string | undefined> = process.env): Config => {
  // An empty variable counts as unset (DATABASE_URL= falls back to PGlite).
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = envSchema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`配置错误 invalid configuration:\n${lines.join('\n')}`);
  }
  const e = result.data;
  return {
    store: e.DATABASE_URL ? { kind: 'postgres', databaseUrl: e.DATABASE_URL } : { kind: 'pglite', dataDir: e.JILIANG_DATA_DIR },
    host: e.HOST,
    port: e.PORT,
    logLevel: e.JILIANG_LOG_LEVEL,
    secureCookies: e.JILIANG_SECURE_COOKIES === 'true',
    rateLimitPerMinute: e.JILIANG_RATE_LIMIT_PER_MINUTE,
    loginRateLimitPerMinute: e.JILIANG_LOGIN_RATE_LIMIT_PER_MINUTE,
    sessionHours: e.JILIANG_SESSION_HOURS,
    webDist: e.JILIANG_WEB_DIST,
    fontDir: e.JILIANG_FONT_DIR,
    mqttUrl: e.JILIANG_MQTT_URL,
    mqttQos: e.JILIANG_MQTT_QOS === '0' ? 0 : 1,
    lockout: { maxFailures: 5, minutes: 15 },
  };
};
