import { energyReviewRequestSchema, type EnergyReviewRequest } from '@jiliang/shared';
import { describe, expect, it } from 'vitest';
import { buildReviewInput, remapReviewIssues, type RegisterInstrument } from './review-input.ts';

/** Placing a register on the inventory (GB 17167-2006 4.2), pure. */
const SITE = '00000000-0000-4000-8000-0000000000a1';
const instrument = (code: string, overrides: Partial<RegisterInstrument> = {}): RegisterInstrument => ({
  id: `00000000-0000-4000-8000-${code.padStart(12, '0')}`,
  code,
  name: code,
  instrumentType: 'electricity_meter',
  medium: 'electricity',
  gb17167Level: 'entry_exit',
  accuracyClass: '0.5S',
  mpeRelative: null,
  status: 'in_service',
  dueDate: '2026-06-30',
  hasCertificate: true,
  siteId: null,
  equipment: null,
  ...overrides,
});
const build = (register: RegisterInstrument[], request: Partial<EnergyReviewRequest>) =>
  buildReviewInput({
    enterprise: { name: '测试水泥', creditCode: null },
    reviewDate: '2026-02-01',
    register,
    sites: [{ id: SITE, name: '1号线', level: 'sub_unit' }],
    request: energyReviewRequestSchema.parse({
      entryExitPoints: [{ name: '进线', medium: 'electricity', direction: 'in' }],
      instrumentFacts: Object.fromEntries(
        register.filter((r) => r.instrumentType === 'electricity_meter').map((r) => [r.code, { meteringPointClass: 'III' }]),
      ),
      management: {
        managementSystem: true,
        instrumentRegister: true,
        calibrationPlan: true,
        trainedStaff: true,
        dataRecords: true,
        certificatesKept: true,
      },
      ...request,
    }),
  });
const fieldsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { details: { field: string }[] }).details.map((d) => d.field);
  }
  return [];
};

describe('buildReviewInput (GB 17167 review from the register)', () => {
  it('places by level, by site and by equipment name; a certificate without expiry is valid on the review date', () => {
    const { placements, reviewInput } = build(
      [
        instrument('1'),
        instrument('2', { gb17167Level: 'sub_unit', siteId: SITE }),
        instrument('3', { gb17167Level: 'main_equipment', equipment: '窑尾风机', dueDate: null }),
        instrument('4', { gb17167Level: 'main_equipment', equipment: '不在清单' }),
        instrument('5', { status: 'retired' }),
      ],
      {
        subUnits: [{ siteId: SITE, medium: 'electricity', consumption: { value: 800, unit: 'kW' } }],
        equipment: [{ id: 'M-1', name: '窑尾风机', medium: 'electricity', rating: { value: 315, unit: 'kW' } }],
      },
    );
    expect(placements.map((p) => [p.code, p.pointId])).toEqual([
      ['1', '进出1'],
      ['2', '1号线·电力'],
      ['3', 'M-1'],
      ['4', null],
      ['5', null],
    ]);
    expect(reviewInput.instruments.find((i) => i.code === '3')?.validUntil).toBe('2026-02-01');
    expect(reviewInput.instruments.map((i) => i.code)).toEqual(['1', '2', '3']);
  });

  it('refuses two entry points of one medium unless the request says which instrument meters which', () => {
    const twoIn = [
      { name: '进线一', medium: 'electricity' as const, direction: 'in' as const },
      { name: '进线二', medium: 'electricity' as const, direction: 'in' as const },
    ];
    expect(fieldsOf(() => build([instrument('1')], { entryExitPoints: twoIn }))).toEqual(['entryExitPoints[0].instrumentCodes']);
    const { placements } = build([instrument('1'), instrument('2')], {
      entryExitPoints: [
        { ...twoIn[0]!, instrumentCodes: ['2'] },
        { ...twoIn[1]!, instrumentCodes: ['1'] },
      ],
    });
    expect(placements.map((p) => p.pointId)).toEqual(['进出2', '进出1']);
  });

  it('names unknown, retired and twice-listed codes, unknown facts, and a scale class 表4 cannot read', () => {
    expect(
      fieldsOf(() =>
        build([instrument('1'), instrument('5', { status: 'retired' })], {
          entryExitPoints: [{ name: '进线', medium: 'electricity', direction: 'in', instrumentCodes: ['9', '5', '1', '1'] }],
          instrumentFacts: { X: {} },
        }),
      ),
    ).toEqual([
      'entryExitPoints[0].instrumentCodes[0]',
      'entryExitPoints[0].instrumentCodes[1]',
      'entryExitPoints[0].instrumentCodes[3]',
      'instrumentFacts.X',
    ]);
    const scale = instrument('7', { instrumentType: 'weighing_instrument', medium: 'coal', accuracyClass: 'III' });
    const coal = { entryExitPoints: [{ name: '原煤进厂', medium: 'coal' as const, direction: 'in' as const }] };
    expect(fieldsOf(() => build([scale], coal))).toEqual(['instrumentFacts.7.mpeRelative']);
    const ok = build([scale], { ...coal, instrumentFacts: { '7': { weighing: 'static', mpeRelative: 0.001 } } });
    expect(ok.reviewInput.instruments[0]).toMatchObject({ mpeRelative: 0.001, weighing: 'static' });
    expect(ok.reviewInput.instruments[0]).not.toHaveProperty('accuracyClass');
  });

  it('speaks the request’s language in the core’s errors: instruments[i].x → instrumentFacts.<code>.x or register.<code>.x', () => {
    expect(
      remapReviewIssues(
        [
          { field: 'instruments[1].meteringPointClass', rule: 'r', message: '' },
          { field: 'instruments[0].accuracyClass', rule: 'r', message: '' },
          { field: 'subUnits[2].consumption.unit', rule: 'r', message: '' },
        ],
        ['A001', 'B002'],
      ).map((i) => i.field),
    ).toEqual(['instrumentFacts.B002.meteringPointClass', 'register.A001.accuracyClass', 'subUnits[2].consumption.unit']);
  });
});
