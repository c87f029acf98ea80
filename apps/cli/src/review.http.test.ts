import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reviewGb17167 } from '@jiliang/calc';
import { gb17167ReviewResultSchema, parseGb17167ReviewInput, type Gb17167ReviewResult } from '@jiliang/shared';
import { runCli } from '@jiliang/server/test/child-process';

/**
 * `jiliang review gb17167 <file.json>` and the two example files of docs/formats/examples, run through
 * the core and through the CLI as a person would. The review opens no store: the data directory given
 * to the child must stay uncreated.
 */
const EXAMPLES = resolve(import.meta.dirname, '../../../docs/formats/examples');
const PASS = join(EXAMPLES, 'gb17167-review-pass.json');
const FAIL = join(EXAMPLES, 'gb17167-review-fail.json');
const readExample = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

describe('GB 17167 review examples through the core', () => {
  it('GB 17167-2006 4.3 表1–表4: the passing example scores 100, with the 8 kW office and the 90 kW pump excluded', () => {
    const r = reviewGb17167(parseGb17167ReviewInput(readExample(PASS)));
    expect([r.verdict, r.score.total, r.editionApplied, r.note]).toEqual(['pass', 100, 'GB 17167-2006', null]);
    expect(r.findings.every((f) => f.verdict === 'pass')).toBe(true);
    expect(r.excluded.map((e) => e.id)).toEqual(['SU-OFFICE', 'EQ-PUMP']);
    // EQ-COALMILL is rated exactly 100 kW: main, so electricity main equipment needs 4 meters
    expect(r.findings.find((f) => f.medium === 'electricity' && f.level === 'main_equipment')).toMatchObject({ required: 4, installed: 4 });
    expect(r.notCounted.map((n) => n.code)).toEqual(['EM-900']);
  });

  it('GB 17167-2006 4.3 表1, 表4: the failing example scores 35.7 + 15 + 18.2 + 7 = 75.9 and names each failure', () => {
    const r = reviewGb17167(parseGb17167ReviewInput(readExample(FAIL)));
    // equipping: 7 rated findings, 5 pass → 50 × 5/7 = 35.7 (sub-unit electricity 2/3, main equipment electricity 3/4 fail)
    // accuracy: 4 judged by 表4 (EM-001, EM-002, WS-001, WM-001), EM-002 1.0 at a class II point needs 0.5S → 20 × 3/4 = 15
    // calibration: 11 in service, EM-203 expired 2025-06-30 → 20 × 10/11 = 18.18 → 18.2
    // management: calibrationPlan (1) and trainedStaff (2) missing → 10 × 7/10 = 7
    expect(r.score).toMatchObject({
      total: 75.9,
      equipping: { points: 35.7 },
      accuracy: { points: 15 },
      calibration: { points: 18.2 },
      management: { points: 7 },
    });
    expect(r.verdict).toBe('fail');
    expect(r.reasons).toHaveLength(4);
    expect(r.reasons[0]).toContain('未计量：SU-CEMENT');
    expect(r.reasons[1]).toContain('未计量：EQ-KILNFAN');
    expect(r.reasons[2]).toMatch(/^EM-002.*要求 0\.5S：不符合/);
  });
});

describe('jiliang review gb17167', () => {
  const root = mkdtempSync(join(tmpdir(), 'jiliang-review-'));
  const dataDir = join(root, 'data');
  const env = { JILIANG_DATA_DIR: dataDir, DATABASE_URL: '' };
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('prints the findings of the passing example and exits 0, without opening a store', async () => {
    const run = await runCli(['review', 'gb17167', PASS], env);
    expect(run.code, run.stderr).toBe(0);
    const result = gb17167ReviewResultSchema.parse(JSON.parse(run.stdout)) as Gb17167ReviewResult;
    expect([result.verdict, result.score.total]).toEqual(['pass', 100]);
    expect(result.findings[0]?.text).toContain('GB 17167-2006 4.3 表1 [S2]');
    expect(existsSync(dataDir)).toBe(false);
  }, 60_000);

  it('exits 2 on the failing example, still printing the findings', async () => {
    const run = await runCli(['review', 'gb17167', FAIL], env);
    expect(run.code, run.stderr).toBe(2);
    const result = JSON.parse(run.stdout) as Gb17167ReviewResult;
    expect([result.verdict, result.score.total]).toEqual(['fail', 75.9]);
  }, 60_000);

  it('--on 2026-02-01 with auto requests GB 17167-2025 and says the 2006 tables were applied; --edition 2006 pins it', async () => {
    const [auto, pinnedRun] = await Promise.all([
      runCli(['review', 'gb17167', PASS, '--on', '2026-02-01'], env),
      runCli(['review', 'gb17167', PASS, '--edition', '2006', '--on', '2026-01-31'], env),
    ]);
    expect(auto.code, auto.stderr).toBe(0);
    const r = JSON.parse(auto.stdout) as Gb17167ReviewResult;
    expect([r.editionRequested, r.editionApplied, r.editionChosenOn]).toEqual(['GB 17167-2025', 'GB 17167-2006', '2026-02-01']);
    expect(r.note).toContain('not yet entered');
    const pinned = JSON.parse(pinnedRun.stdout) as Gb17167ReviewResult;
    expect([pinned.editionRequested, pinned.note]).toEqual(['GB 17167-2006', null]);
  }, 120_000);

  it('exits 1 on invalid input, naming each JSON path and rule', async () => {
    const bad = readExample(PASS) as { instruments: Record<string, unknown>[]; subUnits: { consumption: { unit: string } }[] };
    bad.instruments[3]!.validUntil = '2026-02-30';
    bad.instruments[4]!.pointId = 'SU-NOPE';
    const wrongUnit = readExample(PASS) as typeof bad;
    wrongUnit.subUnits[0]!.consumption.unit = 't/a';
    const [badFile, unitFile, textFile] = ['bad.json', 'unit.json', 'text.json'].map((f) => join(root, f)) as [string, string, string];
    writeFileSync(badFile, JSON.stringify(bad));
    writeFileSync(unitFile, JSON.stringify(wrongUnit));
    writeFileSync(textFile, '{ not json');
    const [run, unit, notJson, badDate] = await Promise.all([
      runCli(['review', 'gb17167', badFile], env),
      runCli(['review', 'gb17167', unitFile], env),
      runCli(['review', 'gb17167', textFile], env),
      runCli(['review', 'gb17167', PASS, '--on', '2026-2-1'], env),
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('VALIDATION_FAILED');
    expect(run.stderr).toContain('instruments[3].validUntil: a real date');
    expect(run.stderr).toContain('instruments[4].pointId: no entry/exit point, sub-unit or equipment "SU-NOPE"');
    expect(unit.code).toBe(1);
    expect(unit.stderr).toContain('subUnits[0].consumption.unit: t/a cannot be compared with the GB 17167-2006 4.3 表2 threshold');
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toContain('not JSON');
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toContain('on: a calendar date YYYY-MM-DD');
  }, 120_000);
});
