/**
 * Dependency boundaries (STYLE.md "Rules live in tools"):
 * - packages/* import nothing from apps/*;
 * - packages/shared and packages/calc are isomorphic and pure: no node:* built-ins, no DOM, no I/O packages;
 * - apps/web never imports the server (nor the CLI);
 * - one workspace imports another only through its package name, never by a relative path.
 * Exits 1 listing every violation.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const WORKSPACES = ['packages/shared', 'packages/calc', 'packages/protocols', 'apps/server', 'apps/web', 'apps/cli', 'e2e', 'bench'];

type Rule = { from: string; forbid: RegExp; why: string };
const RULES: Rule[] = [
  { from: 'packages/', forbid: /^@jiliang\/(server|web|cli|e2e|bench)\b/, why: 'packages/* import nothing from apps/*' },
  {
    from: 'packages/shared/',
    forbid: /^(node:|fs$|path$|crypto$|pg$|kysely|fastify|@electric-sql|react)/,
    why: 'packages/shared is isomorphic: no node:*, no DOM, no I/O',
  },
  { from: 'packages/calc/', forbid: /^(node:|fs$|path$|pg$|kysely|fastify|@electric-sql|react)/, why: 'packages/calc is pure: no I/O' },
  { from: 'packages/protocols/', forbid: /^(pg$|kysely|fastify|@electric-sql|react)/, why: 'packages/protocols holds codecs only' },
  { from: 'apps/web/src/', forbid: /^(@jiliang\/(server|cli)|node:|pg$|kysely|fastify)/, why: 'web never imports the server' },
];

const listFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name === 'dist') return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });

const IMPORT = /(?:^|\s)(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;

const violations: string[] = [];
for (const workspace of WORKSPACES) {
  for (const file of listFiles(join(ROOT, workspace))) {
    const rel = relative(ROOT, file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const spec = match[1] ?? match[2] ?? match[3] ?? '';
      for (const rule of RULES) {
        if (rel.startsWith(rule.from) && rule.forbid.test(spec)) violations.push(`${rel}: imports "${spec}" — ${rule.why}`);
      }
      if (spec.startsWith('.')) {
        const target = relative(ROOT, resolve(file, '..', spec));
        if (!target.startsWith(workspace + '/') && !target.startsWith('..')) {
          violations.push(`${rel}: imports "${spec}" across workspaces — use the package name`);
        }
      }
    }
  }
}
if (violations.length > 0) {
  console.error(`dependency boundaries: ${violations.length} violation(s)`);
  for (const v of violations) console.error(`  ${v}`);
  process.exit(1);
}
console.log(`dependency boundaries: ok (${WORKSPACES.length} workspaces)`);
