import { instrumentInputSchema, type Instrument } from '@jiliang/shared';
import { describe, expect, it } from 'vitest';
import { toInstrumentFormValues } from './toInstrumentFormValues.ts';
import { toInstrumentInput } from './toInstrumentInput.ts';

const base = {
  code: ' E-001 ',
  name: ' 进线电能表 ',
  instrumentType: 'electricity_meter',
  medium: 'electricity',
  gb17167Level: 'entry_exit',
} as const;

describe('toInstrumentInput (the register form → instrumentInputSchema)', () => {
  it('trims texts, sends blanks as null and converts the MPE from percent to a fraction', () => {
    const input = toInstrumentInput({ ...base, maker: '  ', model: 'DTZ341', mpePercent: 0.2, rangeMin: null, intervalMonths: 12 });
    // 0.2 % = 0.002 exactly (not 0.0020000000000000005).
    expect(input).toMatchObject({ code: 'E-001', name: '进线电能表', maker: null, model: 'DTZ341', mpeRelative: 0.002, rangeMin: null });
    expect(input.status).toBe('in_service');
    expect(input.mandatoryVerification).toBe(false);
    expect(instrumentInputSchema.safeParse(input).success).toBe(true);
  });

  it('lets the server rule speak: a mandatory verification without its period fails (Metrology Law art. 9)', () => {
    const parsed = instrumentInputSchema.safeParse(toInstrumentInput({ ...base, mandatoryVerification: true }));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['intervalMonths']);
  });

  it('round-trips an instrument through the edit form', () => {
    const instrument = {
      ...base,
      code: 'E-001',
      name: '进线电能表',
      maker: null,
      model: 'DTZ341',
      serialNumber: null,
      accuracyClass: '0.5S',
      mpeRelative: 0.005,
      rangeMin: 0,
      rangeMax: 100,
      rangeUnit: 'A',
      ctRatio: 40,
      ptRatio: null,
      siteId: null,
      equipment: null,
      location: '1#变电站',
      mandatoryVerification: true,
      intervalMonths: 24,
      status: 'spare',
    } satisfies Partial<Instrument>;
    const values = toInstrumentFormValues(instrument as unknown as Instrument);
    expect(values.mpePercent).toBe(0.5);
    expect(toInstrumentInput(values)).toEqual({ ...instrument });
  });
});
