import { describe, expect, it } from 'vitest';
import { readInstrumentFilters } from './readInstrumentFilters.ts';

const from = (params: Record<string, string>) => (name: string) => params[name];

describe('readInstrumentFilters (register filters from the URL)', () => {
  it('keeps the values listInstrumentsQuerySchema accepts', () => {
    expect(
      readInstrumentFilters(
        from({
          ownerId: '152c5f4f-ff2f-445e-8180-3120fa129f20',
          q: ' LJ-E ',
          instrumentType: 'gas_flow_meter',
          medium: 'natural_gas',
          status: 'spare',
          gb17167Level: 'sub_unit',
          due: 'never_certified',
        }),
      ),
    ).toEqual({
      ownerId: '152c5f4f-ff2f-445e-8180-3120fa129f20',
      q: 'LJ-E',
      instrumentType: 'gas_flow_meter',
      medium: 'natural_gas',
      status: 'spare',
      gb17167Level: 'sub_unit',
      due: 'never_certified',
    });
  });

  it('drops what the API would refuse (a hand-edited link), instead of sending it', () => {
    expect(readInstrumentFilters(from({ ownerId: 'not-a-uuid', instrumentType: 'telescope', due: 'ok', q: '   ' }))).toEqual({
      ownerId: undefined,
      q: undefined,
      instrumentType: undefined,
      medium: undefined,
      status: undefined,
      gb17167Level: undefined,
      due: undefined,
    });
  });
});
