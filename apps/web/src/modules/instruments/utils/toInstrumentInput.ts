import type { InstrumentInput } from '@jiliang/shared';
import type { InstrumentFormValues } from './InstrumentFormValues.ts';

const textOrNull = (value: string | null | undefined): string | null => {
  const text = value?.trim();
  return text ? text : null;
};

const numberOrNull = (value: number | null | undefined): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/**
 * The form's values as instrumentInputSchema takes them. Blank optional fields are sent as null, so an
 * edit (PUT, the whole instrument) clears them. The MPE is entered in percent and stored as a fraction.
 */
export const toInstrumentInput = (values: InstrumentFormValues): InstrumentInput => {
  const mpePercent = numberOrNull(values.mpePercent);
  return {
    code: values.code.trim(),
    name: values.name.trim(),
    instrumentType: values.instrumentType,
    medium: values.medium,
    gb17167Level: values.gb17167Level,
    maker: textOrNull(values.maker),
    model: textOrNull(values.model),
    serialNumber: textOrNull(values.serialNumber),
    accuracyClass: textOrNull(values.accuracyClass),
    // Rounded to 10 significant digits: 0.2 / 100 is 0.002, not 0.0020000000000000005.
    mpeRelative: mpePercent === null ? null : Number((mpePercent / 100).toPrecision(10)),
    rangeMin: numberOrNull(values.rangeMin),
    rangeMax: numberOrNull(values.rangeMax),
    rangeUnit: textOrNull(values.rangeUnit),
    ctRatio: numberOrNull(values.ctRatio),
    ptRatio: numberOrNull(values.ptRatio),
    siteId: values.siteId ?? null,
    equipment: textOrNull(values.equipment),
    location: textOrNull(values.location),
    mandatoryVerification: values.mandatoryVerification ?? false,
    intervalMonths: numberOrNull(values.intervalMonths),
    status: values.status ?? 'in_service',
  };
};
