import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { calcEmissionsOutputSchema } from '@jiliang/shared';
import { runCli } from '@jiliang/server/test/child-process';

/** `jiliang calc emissions <file.json>` run as a person would (issue #7); it needs no store and opens none. */
describe('jiliang calc emissions', () => {
  const root = mkdtempSync(join(tmpdir(), 'jiliang-calc-'));
  const dataDir = join(root, 'data');
  const env = { JILIANG_DATA_DIR: dataDir, DATABASE_URL: '' };
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const write = (name: string, content: unknown): string => {
    const file = join(root, name);
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    return file;
  };

  /** The worked example of docs/formats/calc-emissions.md: its input block and its output block. */
  const docExample = (): { input: unknown; output: unknown } => {
    const markdown = readFileSync(new URL('../../../docs/formats/calc-emissions.md', import.meta.url), 'utf8');
    const blocks = [...(markdown.split('## Worked example')[1] ?? '').matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => JSON.parse(m[1]!));
    return { input: blocks[0], output: blocks[1] };
  };

  it('prints the documented output for the documented worked example, and opens no store', async () => {
    const { input, output } = docExample();
    const result = await runCli(['calc', 'emissions', write('example.json', input)], env);
    expect(result.code, result.stderr).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed).toEqual(output);
    expect(calcEmissionsOutputSchema.parse(printed)).toEqual(printed);
    // fuel by hand: 1000 × 23.204 × 0.02618 × 0.93 × 44/12 = 2071.5092552 tCO2; total 5855.6409552 tCO2
    expect(printed.sources[0].tco2).toBeCloseTo(2071.5092552, 7);
    expect(printed.totalTco2).toBeCloseTo(5855.6409552, 7);
    expect(existsSync(dataDir)).toBe(false);
  }, 60_000);

  it('adds a reproducible Monte Carlo with --monte-carlo and --seed, and records both (JCGM 101 / JJF 1059.2)', async () => {
    const file = write('heat.json', {
      sources: [
        { kind: 'purchased_heat', id: 'heat', quantity: { value: 3000, unit: 'GJ', uRel: 0.02 }, factor: { value: 0.11, unit: 'tCO2/GJ' } },
      ],
    });
    const args = ['calc', 'emissions', file, '--monte-carlo', '200000', '--seed', '12345'];
    const [first, second] = [await runCli(args, env), await runCli(args, env)];
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe(second.stdout);
    const { monteCarlo, uncertainty } = JSON.parse(first.stdout);
    expect(monteCarlo).toMatchObject({ iterations: 200000, seed: 12345 });
    // 330 tCO2 with u = 2 % × 330 = 6.6; the MC standard deviation within 4 SE = 4 × 6.6/√400 000 = 0.042
    expect(uncertainty.uTco2).toBeCloseTo(6.6, 10);
    expect(Math.abs(monteCarlo.standardDeviationTco2 - 6.6)).toBeLessThan(0.042);
  }, 60_000);

  it('reports every problem with its JSON path and exits 1', async () => {
    const file = write('bad.json', {
      sources: [
        { kind: 'purchased_heat', id: 'heat', quantity: { value: 3000, unit: 'GJ' }, factor: { value: 0.11, unit: 'tCO2/GJ' } },
        { kind: 'purchased_heat', id: 'heat2', quantity: { value: 3000, unit: 'GJ' }, factor: { value: 0.11, unit: 'tCO2/GJ' } },
        {
          kind: 'fuel_combustion',
          id: 'gas',
          quantity: { value: 10, unit: '万Nm3' },
          ncv: { value: 389.31, unit: 'GJ/m3' },
          carbonContent: { value: 0.0153, unit: 'tC/GJ' },
          oxidationRate: { value: 99, unit: '1' },
        },
      ],
    });
    const result = await runCli(['calc', 'emissions', file], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('VALIDATION_FAILED');
    expect(result.stderr).toContain("sources[2].ncv.unit: 'GJ/m3' is not an energy-per-normal-volume unit");
    expect(result.stderr).toContain('sources[2].oxidationRate.value');
  }, 60_000);

  it('names an unreadable file, a file that is not JSON, and a bad --seed', async () => {
    const missing = await runCli(['calc', 'emissions', join(root, 'nope.json')], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*nope\.json/);
    const broken = await runCli(['calc', 'emissions', write('broken.json', '{ "sources": [')], env);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('broken.json is not valid JSON');
    const seed = await runCli(['calc', 'emissions', write('any.json', '{}'), '--monte-carlo', '1000', '--seed', '-1'], env);
    expect(seed.code).toBe(1);
    expect(seed.stderr).toContain('--seed');
  }, 60_000);
});
