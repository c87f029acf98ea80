import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gb17167ReviewResultSchema, parseGb17167ReviewInput, type Gb17167ReviewInputFile } from '@jiliang/shared';
import { reviewGb17167 } from './gb17167-review.ts';

type Instrument = NonNullable<Gb17167ReviewInputFile['instruments']>[number];
const ALL_MET = {
  managementSystem: true,
  instrumentRegister: true,
  calibrationPlan: true,
  trainedStaff: true,
  dataRecords: true,
  certificatesKept: true,
};
const meter = (code: string, pointId: string, extra: Partial<Instrument> = {}): Instrument => ({
  code,
  instrumentType: 'electricity_meter',
  pointId,
  accuracyClass: '1.0',
  status: 'in_service',
  validUntil: '2026-06-30',
  ...extra,
});
/** One electricity incomer (class III point, 1.0 meter) plus whatever the test adds; parsed like a file. */
const makeInput = (over: Partial<Gb17167ReviewInputFile> = {}) =>
  parseGb17167ReviewInput({
    enterprise: { name: '测试企业' },
    reviewDate: '2025-11-20',
    entryExitPoints: [{ id: 'IN', name: '进线', medium: 'electricity', direction: 'in' }],
    management: ALL_MET,
    ...over,
    instruments: [meter('M-IN', 'IN', { meteringPointClass: 'III' }), ...(over.instruments ?? [])],
  });
const motors = (n: number, kW = 200) =>
  Array.from({ length: n }, (_, i) => ({
    id: `EQ-${i}`,
    name: `电机${i}`,
    medium: 'electricity' as const,
    rating: { value: kW, unit: 'kW' as const },
  }));
const finding = (r: ReturnType<typeof reviewGb17167>, level: string, medium = 'electricity') =>
  r.findings.find((f) => f.level === level && f.medium === medium);

describe('GB 17167 review: equipping rates (GB 17167-2006 4.3 表1)', () => {
  it('GB 17167-2006 4.3 表1: 19 of 20 main motors metered is exactly 95 % and passes; 18 of 20 (90 %) fails', () => {
    const nineteen = reviewGb17167(makeInput({ equipment: motors(20), instruments: motors(19).map((m) => meter(`M-${m.id}`, m.id)) }));
    // 19 / 20 × 100 = 95 = the 表1 electricity main-equipment rate: equality passes
    expect(finding(nineteen, 'main_equipment')).toMatchObject({
      required: 20,
      installed: 19,
      rate: 95,
      limit: 95,
      verdict: 'pass',
      unmeteredPointIds: ['EQ-19'],
    });
    expect(finding(nineteen, 'main_equipment')?.text).toContain('GB 17167-2006 4.3 表1 [S2]');
    const eighteen = reviewGb17167(makeInput({ equipment: motors(20), instruments: motors(18).map((m) => meter(`M-${m.id}`, m.id)) }));
    expect(finding(eighteen, 'main_equipment')).toMatchObject({ rate: 90, verdict: 'fail' });
    expect(eighteen.verdict).toBe('fail');
  });

  it('GB 17167-2006 4.3 表1: the verdict is exactly installed × 100 ≥ limit × required (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.nat(40), (n, k) => {
        const installed = Math.min(k, n);
        const r = reviewGb17167(makeInput({ equipment: motors(n), instruments: motors(installed).map((m) => meter(`M-${m.id}`, m.id)) }));
        return finding(r, 'main_equipment')?.verdict === (installed * 100 >= 95 * n ? 'pass' : 'fail');
      }),
      { numRuns: 60 },
    );
  });

  it('GB 17167-2006 4.3 表1: a medium with no rate at a level is not applicable (余能 main equipment)', () => {
    const r = reviewGb17167(
      makeInput({ equipment: [{ id: 'WH', name: '余热锅炉', medium: 'waste_energy', rating: { value: 50, unit: 'GJ/h' } }] }),
    );
    expect(finding(r, 'main_equipment', 'waste_energy')).toMatchObject({ limit: null, verdict: 'not_applicable', confirmation: 'M' });
  });
});

describe('GB 17167 review: what counts as main (GB 17167-2006 4.3 表2, 表3)', () => {
  it('GB 17167-2006 4.3 表3: a 100 kW motor is main (equality counts); a 90 kW motor is excluded with its reason and does not count', () => {
    const r = reviewGb17167(
      makeInput({
        equipment: [...motors(1, 100), { id: 'PUMP', name: '水泵电机', medium: 'electricity', rating: { value: 90, unit: 'kW' } }],
        instruments: [meter('M-EQ-0', 'EQ-0')],
      }),
    );
    // required 1 (the 100 kW motor), installed 1: 100 %; the unmetered 90 kW pump is not in the denominator
    expect(finding(r, 'main_equipment')).toMatchObject({ required: 1, installed: 1, rate: 100, verdict: 'pass' });
    expect(r.excluded).toEqual([
      expect.objectContaining({ id: 'PUMP', threshold: { value: 100, unit: 'kW' }, clause: 'GB 17167-2006 4.3 表3', confirmation: 'M' }),
    ]);
    expect(r.excluded[0]?.reason).toContain('90 kW < 100 kW');
  });

  it('GB 17167-2006 4.3 表2: a 10 kW sub-unit counts, a 9.99 kW one is excluded', () => {
    const r = reviewGb17167(
      makeInput({
        subUnits: [
          { id: 'A', name: '车间A', medium: 'electricity', consumption: { value: 10, unit: 'kW' } },
          { id: 'B', name: '办公楼', medium: 'electricity', consumption: { value: 9.99, unit: 'kW' } },
        ],
      }),
    );
    expect(finding(r, 'sub_unit')).toMatchObject({ required: 1, installed: 0, verdict: 'fail', unmeteredPointIds: ['A'] });
    expect(r.excluded.map((e) => e.id)).toEqual(['B']);
  });

  it('GB 17167-2006 4.3 表3: steam equipment of 25.2 GJ/h is exactly 7 MW and counts; 999 kg/h of coal equipment is below 1 t/h', () => {
    // 25.2 GJ/h ÷ 3.6 = 7 MW; 999 kg/h = 0.999 t/h < 1 t/h
    const r = reviewGb17167(
      makeInput({
        equipment: [
          { id: 'HX', name: '换热站', medium: 'steam', rating: { value: 25.2, unit: 'GJ/h' } },
          { id: 'K', name: '小炉', medium: 'coal', rating: { value: 999, unit: 'kg/h' } },
        ],
      }),
    );
    expect(finding(r, 'main_equipment', 'steam')).toMatchObject({ required: 1 });
    expect(r.excluded.map((e) => e.id)).toEqual(['K']);
  });

  it('GB 17167-2006 4.3 表2: a load in a unit of another dimension is refused, naming the JSON path', () => {
    const input = makeInput({ subUnits: [{ id: 'A', name: '车间A', medium: 'electricity', consumption: { value: 5000, unit: 't/a' } }] });
    expect(() => reviewGb17167(input)).toThrow(
      /subUnits\[0\]\.consumption\.unit: t\/a cannot be compared with the GB 17167-2006 4\.3 表2 threshold/,
    );
  });
});

describe('GB 17167 review: installed, accuracy and calibration', () => {
  it('GB 17167-2006 3.2: spare and under-repair instruments do not count as installed; two meters on one point count once', () => {
    const r = reviewGb17167(
      makeInput({
        equipment: motors(3),
        instruments: [
          meter('A', 'EQ-0'),
          meter('A2', 'EQ-0'),
          meter('B', 'EQ-1', { status: 'spare' }),
          meter('C', 'EQ-2', { status: 'under_repair' }),
        ],
      }),
    );
    expect(finding(r, 'main_equipment')).toMatchObject({ required: 3, installed: 1, unmeteredPointIds: ['EQ-1', 'EQ-2'] });
    expect(r.notCounted.map((n) => [n.code, n.status])).toEqual([
      ['B', 'spare'],
      ['C', 'under_repair'],
    ]);
  });

  it('GB 17167-2006 4.3 表4: a class II entry point needs 0.5S — 0.5S passes, 0.5 (not S) fails; an internal meter is not specified', () => {
    const r = reviewGb17167(
      makeInput({
        entryExitPoints: [
          { id: 'IN', name: '进线', medium: 'electricity', direction: 'in' },
          { id: 'IN2', name: '进线二', medium: 'electricity', direction: 'in' },
          { id: 'IN3', name: '进线三', medium: 'electricity', direction: 'in' },
        ],
        equipment: motors(1),
        instruments: [
          meter('S', 'IN2', { accuracyClass: '0.5S', meteringPointClass: 'II' }),
          meter('P', 'IN3', { accuracyClass: '0.5', meteringPointClass: 'II' }),
          meter('E', 'EQ-0', { accuracyClass: '2.0' }),
        ],
      }),
    );
    const byCode = Object.fromEntries(r.instruments.map((i) => [i.code, i.accuracy]));
    expect(byCode.S).toMatchObject({ required: '0.5S', verdict: 'pass', clause: 'GB 17167-2006 4.3 表4', confirmation: 'M' });
    expect(byCode.P).toMatchObject({ required: '0.5S', verdict: 'fail' });
    expect(byCode.E).toMatchObject({ required: null, verdict: 'not_specified' });
    expect(r.verdict).toBe('fail');
    expect(r.reasons.some((t) => t.startsWith('P（进线三）') && t.includes('不符合'))).toBe(true);
  });

  it('GB 17167-2006 5.3: a certificate valid until the review date is on time, the day before is overdue, none is never certified', () => {
    const r = reviewGb17167(
      makeInput({
        equipment: motors(3),
        instruments: [
          meter('A', 'EQ-0', { validUntil: '2025-11-20' }),
          meter('B', 'EQ-1', { validUntil: '2025-11-19' }),
          meter('C', 'EQ-2', { validUntil: null }),
        ],
      }),
    );
    expect(r.instruments.map((i) => i.calibration.verdict)).toEqual(['on_time', 'on_time', 'overdue', 'never_certified']);
    // 2 of 4 in-service instruments on time: 20 × 2/4 = 10 points
    expect(r.score.calibration).toEqual({ points: 10, max: 20 });
  });

  it('GB 17167-2006 4.3 表4: an AC meter at an entry/exit point without its metering-point class is refused, naming the path', () => {
    const input = makeInput();
    delete input.instruments[0]?.meteringPointClass;
    expect(() => reviewGb17167(input)).toThrow(/instruments\[0\]\.meteringPointClass: .*DL\/T 448/);
  });
});

describe('GB 17167 review: score and verdict', () => {
  it('score: worked example 25 + 13.3 + 15 + 7 = 60.3 fails the 80 line', () => {
    const r = reviewGb17167(
      makeInput({
        entryExitPoints: [
          { id: 'IN', name: '进线', medium: 'electricity', direction: 'in' },
          { id: 'IN2', name: '进线二', medium: 'electricity', direction: 'in' },
          { id: 'W', name: '取水', medium: 'water', direction: 'in' },
        ],
        subUnits: [{ id: 'SU', name: '车间', medium: 'electricity', consumption: { value: 500, unit: 'kW' } }],
        equipment: motors(2),
        instruments: [
          meter('BAD', 'IN2', { accuracyClass: '1.0', meteringPointClass: 'II' }),
          meter('WM', 'W', { instrumentType: 'water_meter', accuracyClass: '2.5', pipeDiameterMm: 100 }),
          meter('OLD', 'EQ-0', { validUntil: '2025-01-31' }),
          meter('MISS', 'SU', { status: 'under_repair' }),
        ],
        management: { ...ALL_MET, calibrationPlan: false, trainedStaff: false },
      }),
    );
    // 表1 findings rated: electricity entry 2/2 pass, water entry 1/1 pass, sub-unit 0/1 fail, equipment 1/2 = 50 % fail
    // equipping 50 × 2/4 = 25; accuracy (表4 judged: IN 1.0@III pass, BAD 1.0@II fail, WM 2.5 ≤250 mm pass) 20 × 2/3 = 13.3;
    // calibration (in service: M-IN, BAD, WM, OLD) 20 × 3/4 = 15; management 10 × (3+2+1+1)/10 = 7 → 25 + 13.3 + 15 + 7 = 60.3
    expect(r.score).toMatchObject({
      total: 60.3,
      equipping: { points: 25, max: 50 },
      accuracy: { points: 13.3, max: 20 },
      calibration: { points: 15, max: 20 },
      management: { points: 7, max: 10 },
    });
    expect(r.verdict).toBe('fail');
    expect(r.reasons.at(-1)).toContain('60.3 低于合格线 80');
  });

  it('score: a failing 表1 rate fails the review even with a score ≥ 80', () => {
    const r = reviewGb17167(
      makeInput({
        entryExitPoints: [
          { id: 'IN', name: '进线', medium: 'electricity', direction: 'in' },
          { id: 'W', name: '取水', medium: 'water', direction: 'in' },
          { id: 'G', name: '天然气', medium: 'natural_gas', direction: 'in' },
          { id: 'C', name: '进厂煤', medium: 'coal', direction: 'in' },
        ],
        equipment: motors(1),
        instruments: [
          meter('W1', 'W', { instrumentType: 'water_meter', accuracyClass: '2.5', pipeDiameterMm: 100 }),
          meter('G1', 'G', { instrumentType: 'gas_flow_meter', accuracyClass: '1.5' }),
          meter('C1', 'C', { instrumentType: 'weighing_instrument', accuracyClass: '±0.1%', weighing: 'static' }),
        ],
      }),
    );
    // rated findings: 4 entry (pass) + 1 equipment (fail) → 50 × 4/5 = 40; 40 + 20 + 20 + 10 = 90 ≥ 80
    expect(r.score.total).toBe(90);
    expect(r.verdict).toBe('fail');
    expect(r.reasons[0]).toContain('电力·主要用能设备');
  });

  it('a review on 2026-02-01 says it requested GB 17167-2025 and applied the 2006 tables, and its findings cite 2006', () => {
    const r = reviewGb17167(makeInput(), { on: '2026-02-01' });
    expect([r.editionRequested, r.editionApplied, r.editionChosenOn]).toEqual(['GB 17167-2025', 'GB 17167-2006', '2026-02-01']);
    expect(r.note).toContain('not yet entered');
    expect(r.findings[0]?.clause).toBe('GB 17167-2006 4.3 表1');
  });

  it('the result conforms to gb17167ReviewResultSchema', () => {
    const r = reviewGb17167(makeInput({ equipment: motors(2), instruments: [meter('A', 'EQ-0')] }));
    expect(gb17167ReviewResultSchema.safeParse(r).success).toBe(true);
  });
});

describe('GB 17167 review file (packages/shared energy.ts)', () => {
  it('names the JSON path of every problem: a bad date, an unknown point, a duplicated id', () => {
    const bad = {
      enterprise: { name: 'x' },
      reviewDate: '2025-02-30',
      entryExitPoints: [
        { id: 'A', name: 'a', medium: 'electricity', direction: 'in' },
        { id: 'A', name: 'b', medium: 'electricity', direction: 'in' },
      ],
      instruments: [meter('M', 'NOPE')],
      management: ALL_MET,
    };
    try {
      parseGb17167ReviewInput(bad);
      expect.unreachable();
    } catch (error) {
      const fields = (error as { details: { field: string }[] }).details.map((d) => d.field);
      expect(fields).toEqual(expect.arrayContaining(['reviewDate', 'entryExitPoints[1].id', 'instruments[0].pointId']));
    }
  });
});
