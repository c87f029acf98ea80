import type { InstrumentType, Medium, MeteringPointClass } from '@jiliang/shared';
import type { Gb17167AccuracyRow, Gb17167AccuracyTable, Gb17167RateLevel } from './gb17167-rule-sets.ts';

/**
 * Accuracy classes as GB 17167-2006 表4 states them: a class number (0.2S, 0.5S, 1.0, 2.0, 2.5) or a
 * maximum permissible error (±0.1 %, ±0.5 %). A class number is read as the MPE in % (the convention of
 * the meter and flow-meter classes in 表4). An "S" class (DL/T 448, GB/T 17215) is required where 表4 says S:
 * a plain 0.2 does not satisfy 0.5S, because S is about accuracy at low current, not only at rated load.
 */
export type Gb17167AccuracyGrade = { value: number; s: boolean };

const CLASS = /^\s*(?:±|\+-)?\s*(\d+(?:\.\d+)?)\s*([sS])?\s*(%|级)?\s*$/;

/** '0.5S' → {0.5, s}; '±0.1%' → {0.1}; '2' → {2}; anything else (e.g. 'A', '0.5S%') → null. */
export const parseGb17167AccuracyClass = (text: string): Gb17167AccuracyGrade | null => {
  const m = CLASS.exec(text);
  if (!m?.[1] || (m[2] && m[3])) return null;
  return { value: Number(m[1]), s: m[2] !== undefined };
};

/** GB 17167-2006 表4: the declared grade is no worse than the required one (equality conforms). */
export const isGb17167AccuracyNoWorse = (declared: Gb17167AccuracyGrade, required: Gb17167AccuracyGrade): boolean =>
  declared.value <= required.value + 1e-12 && (!required.s || declared.s);

export type Gb17167AccuracyContext = {
  instrumentType: InstrumentType;
  medium: Medium;
  level: Gb17167RateLevel;
  current: 'ac' | 'dc';
  weighing?: 'static' | 'dynamic';
  meteringPointClass?: MeteringPointClass;
  pipeDiameterMm?: number;
  forMassCalculation: boolean;
};

export type Gb17167AccuracyRowMatch =
  | { kind: 'row'; row: Gb17167AccuracyRow }
  | { kind: 'none' }
  | { kind: 'needs'; field: 'meteringPointClass' | 'pipeDiameterMm'; rule: string };

/** The 表4 row that governs an instrument; `needs` when the row depends on a fact the input left out. */
export const findGb17167AccuracyRow = (table: Gb17167AccuracyTable, c: Gb17167AccuracyContext): Gb17167AccuracyRowMatch => {
  const candidates = table.rows.filter(
    (r) =>
      r.instrumentTypes.includes(c.instrumentType) &&
      (r.media === undefined || r.media.includes(c.medium)) &&
      (!r.entryExitOnly || c.level === 'entry_exit') &&
      (r.current === undefined || r.current === c.current) &&
      (r.weighing === undefined || r.weighing === c.weighing) &&
      (r.forMassCalculation === undefined || r.forMassCalculation === c.forMassCalculation),
  );
  if (candidates.length === 0) return { kind: 'none' };
  if (candidates.some((r) => r.meteringPointClass) && c.meteringPointClass === undefined)
    return {
      kind: 'needs',
      field: 'meteringPointClass',
      rule: `an AC meter at an entry/exit point needs its DL/T 448 metering-point class I–V (${table.clause})`,
    };
  if (candidates.some((r) => r.pipe) && c.pipeDiameterMm === undefined)
    return {
      kind: 'needs',
      field: 'pipeDiameterMm',
      rule: `a water flow meter needs its pipe diameter: ≤ 250 mm / > 250 mm (${table.clause})`,
    };
  const pipe = c.pipeDiameterMm === undefined ? undefined : c.pipeDiameterMm <= 250 ? 'le250' : 'gt250';
  const row = candidates.find(
    (r) =>
      (r.meteringPointClass === undefined || r.meteringPointClass === c.meteringPointClass) && (r.pipe === undefined || r.pipe === pipe),
  );
  return row ? { kind: 'row', row } : { kind: 'none' };
};
