/**
 * The test command (README): builds the web app, runs every suite — unit, db-pglite, db-postgres,
 * http, e2e — in one Vitest run, and ends with the line `N passed, N failed` over all suites.
 * Skipped tests are reported too; under CI=true a suite that cannot run fails in its global setup.
 * Extra arguments go to Vitest (e.g. `npm test -- --project unit`).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const ROOT = new URL('..', import.meta.url).pathname;
const REPORT = `${ROOT}.vitest-results.json`;
const args = process.argv.slice(2);

const runsE2e = args.length === 0 || args.join(' ').includes('e2e');
if (runsE2e) {
  const build = spawnSync('npm', ['run', 'build', '-w', 'apps/web'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) {
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

rmSync(REPORT, { force: true });
const vitest = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`, ...args], {
  cwd: ROOT,
  stdio: 'inherit',
});

type Report = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { status: string }[];
};
let report: Report | undefined;
try {
  report = JSON.parse(readFileSync(REPORT, 'utf8')) as Report;
} catch {
  report = undefined;
}
if (!report) {
  console.log('0 passed, 1 failed');
  process.exit(vitest.status || 1);
}
// A file that failed to load (or a failing global setup) counts as a failure even with no test in it.
const brokenFiles = report.testResults.filter((file) => file.status === 'failed').length;
const failed = Math.max(report.numFailedTests, brokenFiles > 0 && report.numFailedTests === 0 ? brokenFiles : report.numFailedTests);
const exitCode = vitest.status !== 0 || failed > 0 ? 1 : 0;
const failedCount = exitCode !== 0 && failed === 0 ? 1 : failed;
console.log(`${report.numPassedTests} passed, ${failedCount} failed, ${report.numPendingTests + report.numTodoTests} skipped`);
process.exit(exitCode);
