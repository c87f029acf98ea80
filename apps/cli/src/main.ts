import { userInfo } from 'node:os';
import { Command, Option } from 'commander';
import { PERMISSIONS, ROLES, type Permission, type Role } from '@jiliang/shared';
import {
  createServices,
  listMigrations,
  migrate,
  openConfiguredStore,
  parseConfig,
  restoreBackup,
  seedDemo,
  startServer,
  systemClock,
  verifyAuditChain,
  writeBackup,
  type Store,
} from '@jiliang/server';
import { readSecret } from './read-secret.ts';
import { reportError } from './report-error.ts';
import { registerCalcCommands } from './commands/calc.ts';
import { registerDecodeCommands } from './commands/decode.ts';
import { registerReviewCommands } from './commands/review.ts';

/**
 * `jiliang`: every command calls a service or a store function; no SQL here (ARCHITECTURE "Layout").
 * Configuration comes from the environment (JILIANG_DATA_DIR or DATABASE_URL), like the server.
 */
const config = parseConfig();
const cliActor = () => ({ userId: null, tokenId: null, label: `cli:${userInfo().username}` });

const withStore = async <T>(command: string, fn: (store: Store) => Promise<T>, options: { migrate?: boolean } = {}): Promise<T> => {
  const store = await openConfiguredStore(config.store, { lockCommand: `jiliang ${command}`, migrate: options.migrate });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
};

const services = (store: Store) =>
  createServices({
    db: store.db,
    clock: systemClock,
    auth: { sessionHours: config.sessionHours, lockout: config.lockout },
  });

const program = new Command('jiliang').description('计量 Jiliang — Hubei carbon metrology platform').showHelpAfterError();

program
  .command('serve')
  .description('start the server (migrates first); PGlite at JILIANG_DATA_DIR unless DATABASE_URL is set')
  .option('-p, --port <port>', 'port to listen on', (v) => Number.parseInt(v, 10))
  .action(async (options: { port?: number }) => {
    const server = await startServer(config, { port: options.port });
    console.log(`计量 Jiliang is serving ${server.store.description} at ${server.url}`);
  });

program
  .command('migrate')
  .description('apply pending forward-only migrations')
  .action(async () => {
    const report = await withStore('migrate', (store) => migrate(store), { migrate: false });
    console.log(
      `migrations: ${report.applied.length} applied (${report.applied.join(', ') || 'none'}), ${report.alreadyApplied} already in place, ${listMigrations().length} known`,
    );
  });

program
  .command('seed-demo')
  .description('load the demo Hubei: bureaus, institutions, enterprises, one user per role')
  .option('--if-empty', 'do nothing (successfully) when the store already has users')
  .option('--readings-days <days>', 'days of 15-minute meter data up to today (0 = none)', (v) => Number.parseInt(v, 10), 365)
  .action(async (options: { ifEmpty?: boolean; readingsDays: number }) => {
    const report = await withStore('seed-demo', (store) =>
      seedDemo(store, systemClock, { ifEmpty: options.ifEmpty, readingsDays: options.readingsDays }),
    );
    if (report.seeded)
      console.log(
        `demo loaded: ${report.organisations} organisations besides the 18 bureaus, ${report.sites} sites and sub-units, ${report.cases} institutions at every stage of the Measures, ${report.instruments} instruments with ${report.certificates} certificates, ${report.points} meter points with ${report.readings} readings, ${report.accountingRuns} accounting runs`,
      );
    else console.log('demo not loaded again: the store already has users (kept as they are)');
    if (report.users.length === 0) return;
    console.log(`demo logins (password ${report.password}):`);
    for (const u of report.users) console.log(`  ${u.username.padEnd(18)} ${u.role.padEnd(34)} ${u.organisation}`);
  });

const passwordOptions = (command: Command) =>
  command
    .option('--password <password>', 'the password (visible in shell history: prefer --password-stdin)')
    .option('--password-stdin', 'read the password from standard input');

const user = program.command('user').description('people and their roles');
passwordOptions(
  user
    .command('add <username>')
    .description('create a user with one role in one organisation')
    .requiredOption('--name <displayName>', 'display name, e.g. 张伟')
    .addOption(new Option('--role <role>', 'role').choices(ROLES).makeOptionMandatory())
    .requiredOption('--org <organisation>', 'organisation id, credit code, or a bureau’s GB/T 2260 code (420000 = the Province)')
    .addOption(new Option('--locale <locale>', 'interface language').choices(['zh-CN', 'en']).default('zh-CN')),
).action(
  async (
    username: string,
    options: { name: string; role: Role; org: string; locale: 'zh-CN' | 'en'; password?: string; passwordStdin?: boolean },
  ) => {
    const password = await readSecret(options);
    const created = await withStore('user add', async (store) => {
      const s = services(store);
      const org = await s.organisations.resolveOrganisationRef(options.org);
      return s.users.createUser(cliActor(), {
        username,
        displayName: options.name,
        password,
        locale: options.locale,
        role: options.role,
        organisationId: org.id,
      });
    });
    console.log(`user ${created.username} created: ${created.memberships.map((m) => `${m.role} @ ${m.organisation.name}`).join(', ')}`);
  },
);

passwordOptions(user.command('reset-password <username>').description('set a new password, lift a lockout, end all sessions')).action(
  async (username: string, options: { password?: string; passwordStdin?: boolean }) => {
    const password = await readSecret(options);
    await withStore('user reset-password', async (store) => {
      const s = services(store);
      await s.users.resetPassword(cliActor(), await s.users.findUserIdByUsername(username), password);
    });
    console.log(`password of ${username} reset; their sessions are ended`);
  },
);

const token = program.command('token').description('API tokens for machines (gateways, scripts)');
token
  .command('create')
  .description('create a token; its secret is printed once and never stored')
  .requiredOption('--org <organisation>', 'organisation id, credit code or bureau code')
  .requiredOption('--name <name>', 'what the token is for, e.g. "gateway 1"')
  .requiredOption('--permissions <list>', `comma-separated, from: ${PERMISSIONS.join(', ')}`)
  .action(async (options: { org: string; name: string; permissions: string }) => {
    const permissions = options.permissions.split(',').map((p) => p.trim()) as Permission[];
    const created = await withStore('token create', async (store) => {
      const s = services(store);
      const org = await s.organisations.resolveOrganisationRef(options.org);
      // The CLI is the operator's own hand: it may grant any permission a token can carry.
      return s.tokens.createToken(cliActor(), PERMISSIONS, { name: options.name, organisationId: org.id, permissions });
    });
    console.log(
      `token ${created.token.id} (${created.token.name}) for organisation ${created.token.organisationId}: ${created.token.permissions.join(', ')}`,
    );
    console.log('secret (shown once, store it now):');
    console.log(created.secret);
  });
token
  .command('revoke <token>')
  .description('revoke a token by id or by its prefix (jlt_<prefix>_…)')
  .action(async (ref: string) => {
    const revoked = await withStore('token revoke', async (store) => {
      const s = services(store);
      const prefix = /^jlt_([0-9a-f]{12})/.exec(ref)?.[1] ?? (/^[0-9a-f]{12}$/.test(ref) ? ref : undefined);
      return s.tokens.revokeToken(cliActor(), prefix ? await s.tokens.findTokenIdByPrefix(prefix) : ref);
    });
    console.log(`token ${revoked.id} (${revoked.name}) revoked at ${revoked.revokedAt}`);
  });

program
  .command('audit')
  .description('the hash-chained audit log')
  .command('verify')
  .description('walk the chain; exit 1 and name the first broken entry if it does not hold')
  .action(async () => {
    const result = await withStore('audit verify', (store) => verifyAuditChain(store.db));
    if (result.ok) {
      console.log(`audit chain intact: ${result.checked} entries verified`);
      return;
    }
    console.error(
      `audit chain BROKEN at entry #${result.firstBroken?.seq} (${result.firstBroken?.reason}): ${result.firstBroken?.message}`,
    );
    console.error(`${result.checked} entries before it verified`);
    process.exitCode = 1;
  });

program
  .command('backup <file>')
  .description('write a portable dump (gzip JSON lines) that restores into PGlite or PostgreSQL')
  .action(async (file: string) => {
    const header = await withStore('backup', (store) => writeBackup(store, file, systemClock.now()));
    console.log(
      `backup written to ${file}: ${Object.entries(header.counts)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')}`,
    );
  });

program
  .command('restore <file>')
  .description('restore a dump into an empty store (refuses to touch a store that has data)')
  .action(async (file: string) => {
    const report = await withStore('restore', (store) => restoreBackup(store, file), { migrate: false });
    console.log(
      `restored: ${Object.entries(report.counts)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')}; then applied ${report.migrationsAfter.length} newer migrations`,
    );
  });

registerDecodeCommands(program);
registerCalcCommands(program);
registerReviewCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  reportError(error);
}
