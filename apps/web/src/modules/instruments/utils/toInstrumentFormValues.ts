import type { Instrument } from '@jiliang/shared';
import type { InstrumentFormValues } from './InstrumentFormValues.ts';

/** An instrument as the edit form starts from it (the inverse of toInstrumentInput). */
export const toInstrumentFormValues = (instrument: Instrument): InstrumentFormValues => ({
  code: instrument.code,
  name: instrument.name,
  instrumentType: instrument.instrumentType,
  medium: instrument.medium,
  gb17167Level: instrument.gb17167Level,
  maker: instrument.maker,
  model: instrument.model,
  serialNumber: instrument.serialNumber,
  accuracyClass: instrument.accuracyClass,
  mpePercent: instrument.mpeRelative === null ? null : Number((instrument.mpeRelative * 100).toPrecision(10)),
  rangeMin: instrument.rangeMin,
  rangeMax: instrument.rangeMax,
  rangeUnit: instrument.rangeUnit,
  ctRatio: instrument.ctRatio,
  ptRatio: instrument.ptRatio,
  siteId: instrument.siteId,
  equipment: instrument.equipment,
  location: instrument.location,
  mandatoryVerification: instrument.mandatoryVerification,
  intervalMonths: instrument.intervalMonths,
  status: instrument.status,
});
