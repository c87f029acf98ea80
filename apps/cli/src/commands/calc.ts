import { readFileSync } from 'node:fs';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { CARBON_METHOD_VERSION, computeEmissions, parseEmissionsInput, verifyAccountingRun } from '@jiliang/calc';
import { accountingRunSchema, AppError } from '@jiliang/shared';

/**
 * `jiliang calc …`: offline calculators that run the same pure core as the server and open no store.
 * `calc emissions <file.json>` (issue #7): input and output in docs/formats/calc-emissions.md and the JSON
 * Schemas beside it. The output JSON goes to stdout, unrounded; problems go to stderr with exit code 1.
 */
const parseCount = (text: string): number => {
  if (!/^\d+$/.test(text)) throw new InvalidArgumentError('a whole number of iterations, e.g. 200000');
  return Number(text);
};

const parseSeed = (text: string): number => {
  const seed = Number(text);
  if (!/^\d+$/.test(text) || seed > 0xffffffff) throw new InvalidArgumentError('an integer from 0 to 4294967295');
  return seed;
};

/** JCGM 101:2008 7.2.2: M should be at least 10^4/(1 − p), i.e. 200 000 for a 95 % coverage interval. */
const RECOMMENDED_ITERATIONS = 200_000;

const readJson = (file: string): unknown => {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('VALIDATION_FAILED', `cannot read ${file}: ${reason}`, [{ field: 'file', rule: 'readable', message: reason }]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('VALIDATION_FAILED', `${file} is not valid JSON: ${reason}`, [{ field: 'file', rule: 'JSON', message: reason }]);
  }
};

const randomSeed = (): number => crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;

export const registerCalcCommands = (program: Command): void => {
  const calc = program.command('calc').description('offline calculators (no store needed)');
  calc
    .command('emissions <file>')
    .description(
      'GHG emissions (GB/T 32150) and their uncertainty (JJF 1059.1 / IPCC approach 1) from a JSON file ("-" for stdin); docs/formats/calc-emissions.md',
    )
    .option('--monte-carlo <n>', 'also propagate distributions by Monte Carlo with n iterations (JCGM 101 / JJF 1059.2)', parseCount)
    .option('--seed <s>', 'seed of the Monte Carlo, 0..4294967295 (random when absent; always printed in the output)', parseSeed)
    .action((file: string, options: { monteCarlo?: number; seed?: number }) => {
      if (options.seed !== undefined && options.monteCarlo === undefined)
        throw new AppError('VALIDATION_FAILED', '--seed is the seed of the Monte Carlo: give --monte-carlo <n> too', [
          { field: '--seed', rule: 'with --monte-carlo', message: 'no Monte Carlo requested' },
        ]);
      const input = parseEmissionsInput(readJson(file));
      const monteCarlo =
        options.monteCarlo === undefined ? undefined : { iterations: options.monteCarlo, seed: options.seed ?? randomSeed() };
      if (monteCarlo && monteCarlo.iterations < RECOMMENDED_ITERATIONS)
        console.error(
          `jiliang: note: ${monteCarlo.iterations} iterations is below the ${RECOMMENDED_ITERATIONS} JCGM 101:2008 7.2.2 recommends for a 95 % interval`,
        );
      const output = computeEmissions(input, { monteCarlo });
      console.log(JSON.stringify(output, null, 2));
    });
  calc
    .command('verify <run>')
    .description(
      'recompute an accounting run from its record, bit for bit (issue 7 §3): <run> is a run exported as JSON (GET /api/accounting-runs/:id, "-" for stdin), or a run id fetched from --url with --token',
    )
    .addOption(new Option('--url <url>', 'the platform, when <run> is an id').env('JILIANG_URL'))
    .addOption(new Option('--token <token>', 'an API token with carbon:read').env('JILIANG_TOKEN'))
    .action(async (run: string, options: { url?: string; token?: string }) => {
      const raw = /^[0-9a-f-]{36}$/i.test(run) ? await fetchRun(run, options.url, options.token) : readJson(run);
      const parsed = accountingRunSchema.safeParse(raw);
      if (!parsed.success)
        throw new AppError('VALIDATION_FAILED', `${run} is not an accounting run (GET /api/accounting-runs/:id)`, [
          {
            field: parsed.error.issues[0]?.path.join('.') || 'run',
            rule: 'AccountingRun (docs/CARBON.md)',
            message: parsed.error.issues[0]?.message ?? '',
          },
        ]);
      const differences = verifyAccountingRun(parsed.data.record, parsed.data.result);
      const verified = differences.length === 0;
      console.log(
        JSON.stringify(
          {
            runId: parsed.data.id,
            verified,
            methodVersion: parsed.data.methodVersion,
            currentMethodVersion: CARBON_METHOD_VERSION,
            totalTco2: parsed.data.result.emissions.totalTco2,
            differences,
          },
          null,
          2,
        ),
      );
      if (!verified) {
        console.error(
          `jiliang: run ${parsed.data.id} does not verify: ${differences.length} figure(s) differ, first at ${differences[0]!.path}`,
        );
        process.exitCode = 2;
      }
    });
};

/** A run from the platform's API, with a bearer token (an API token carries carbon:read). */
const fetchRun = async (id: string, url: string | undefined, token: string | undefined): Promise<unknown> => {
  if (!url)
    throw new AppError('VALIDATION_FAILED', 'a run id needs the platform address: --url or JILIANG_URL', [
      { field: '--url', rule: 'required with a run id', message: 'missing' },
    ]);
  const response = await fetch(new URL(`/api/accounting-runs/${id}`, url), { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const body = (await response.json().catch(() => ({}))) as { message?: string };
  if (!response.ok)
    throw new AppError('VALIDATION_FAILED', `${url} answered ${response.status}: ${body.message ?? response.statusText}`, [
      { field: 'run', rule: 'a run the token may read', message: String(response.status) },
    ]);
  return body;
};
