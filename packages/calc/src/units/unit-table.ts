/**
 * The table of units Jiliang understands (ARCHITECTURE rule 8: units travel with values).
 *
 * Decisions:
 * - Each base dimension has a small base unit chosen so that every factor is an exact integer where
 *   possible (energy in kJ, mass in g, volume in L, normal volume in Nm³, carbon in kgC, CO2 in kgCO2,
 *   fraction in %). A conversion multiplies and divides exact integers, so 1000 kWh → 1 MWh exactly.
 * - Normal volume (Nm³, gas at reference conditions) is its own dimension: no silent m³ ↔ Nm³ conversion.
 * - Carbon (tC) and CO2 (tCO2) are separate dimensions from plain mass: a factor written in t/GJ is not
 *   a carbon content, and tCO2 is not "t".
 * - Standard coal (tce, kgce) is NOT here: it is factor data of the energy work (GB/T 2589), not a unit.
 * - Calories are the International Table calorie, 1 cal = 4.1868 J (the value GB/T 2589 uses) [C].
 * - Temperature is °C only: the one formula that needs it (hot water, STANDARDS §1.2) is written in °C,
 *   and an affine scale cannot appear in a compound unit.
 * - Compound units are "numerator/denominator" of two table units (GJ/t, tC/GJ, tCO2/MWh, kJ/kg …): see parse-unit.ts.
 */
export type BaseDimension = 'energy' | 'mass' | 'volume' | 'normal_volume' | 'carbon' | 'co2' | 'fraction' | 'temperature';

export type UnitDefinition = {
  /** The canonical spelling, used in messages and in the declared units of each source kind. */
  symbol: string;
  dimension: BaseDimension;
  /** How many base units one of this unit is (an exact integer where possible). */
  factor: number;
  /** Other accepted spellings, written after normalisation (see normaliseUnitSpelling). */
  aliases: readonly string[];
};

/** Words used in messages: "'GJ/kg' is not an energy-per-normal-volume unit". */
export const DIMENSION_WORD: Record<BaseDimension, string> = {
  energy: 'energy',
  mass: 'mass',
  volume: 'volume',
  normal_volume: 'normal-volume',
  carbon: 'carbon',
  co2: 'CO2',
  fraction: 'fraction',
  temperature: 'temperature',
};

const unit = (symbol: string, dimension: BaseDimension, factor: number, aliases: readonly string[] = []): UnitDefinition => ({
  symbol,
  dimension,
  factor,
  aliases,
});

export const UNIT_TABLE: readonly UnitDefinition[] = [
  // energy, base kJ
  unit('kJ', 'energy', 1, ['千焦']),
  unit('MJ', 'energy', 1e3, ['兆焦']),
  unit('GJ', 'energy', 1e6, ['吉焦']),
  unit('TJ', 'energy', 1e9),
  unit('kWh', 'energy', 3600, ['千瓦时']),
  unit('MWh', 'energy', 3.6e6, ['兆瓦时']),
  unit('GWh', 'energy', 3.6e9),
  unit('10^4kWh', 'energy', 3.6e7),
  unit('kcal', 'energy', 4.1868),
  unit('Mcal', 'energy', 4186.8),
  unit('Gcal', 'energy', 4186800),
  // mass, base g
  unit('g', 'mass', 1, ['克']),
  unit('kg', 'mass', 1e3, ['千克', '公斤']),
  unit('t', 'mass', 1e6, ['吨', 'tonne', 'tonnes']),
  unit('10^4t', 'mass', 1e10),
  // volume, base L
  unit('L', 'volume', 1, ['l', '升']),
  unit('m3', 'volume', 1e3, ['立方米']),
  unit('10^4m3', 'volume', 1e7),
  // normal volume (gas at reference conditions), base Nm3
  unit('Nm3', 'normal_volume', 1, ['标准立方米']),
  unit('10^4Nm3', 'normal_volume', 1e4),
  unit('10^8Nm3', 'normal_volume', 1e8),
  // carbon, base kgC
  unit('kgC', 'carbon', 1),
  unit('tC', 'carbon', 1e3),
  // CO2, base kgCO2
  unit('kgCO2', 'co2', 1),
  unit('tCO2', 'co2', 1e3),
  unit('10^4tCO2', 'co2', 1e7),
  // fraction, base %
  unit('%', 'fraction', 1, ['percent']),
  unit('1', 'fraction', 100, ['fraction']),
  // temperature (°C only, see the header)
  unit('°C', 'temperature', 1, ['degC', '℃']),
];

/**
 * Normalise a unit as people write it: drop spaces, superscripts and subscripts to ASCII, 万 → 10^4,
 * 亿 → 10^8, 10⁴ / 1e4 → 10^4, m^3 → m3, CO₂ → CO2.
 */
export const normaliseUnitSpelling = (spelling: string): string =>
  spelling
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[·]/g, '')
    .replace(/万/g, '10^4')
    .replace(/亿/g, '10^8')
    .replace(/10\^?4(?=\D|$)/g, '10^4')
    .replace(/10\^?8(?=\D|$)/g, '10^8')
    .replace(/1e4(?=[A-Za-z])/g, '10^4')
    .replace(/1e8(?=[A-Za-z])/g, '10^8')
    .replace(/\^3/g, '3');

const BY_SPELLING: ReadonlyMap<string, UnitDefinition> = new Map(
  UNIT_TABLE.flatMap((u) => [u.symbol, ...u.aliases].map((s) => [normaliseUnitSpelling(s), u] as const)),
);

/** The simple (non-compound) unit with this spelling, or undefined. */
export const findSimpleUnit = (spelling: string): UnitDefinition | undefined => BY_SPELLING.get(normaliseUnitSpelling(spelling));

/** A case-insensitive near miss, to suggest in an error ("did you mean 'kWh'?"). */
export const suggestSimpleUnit = (spelling: string): string | undefined => {
  const wanted = normaliseUnitSpelling(spelling).toLowerCase();
  const hits = UNIT_TABLE.filter((u) => [u.symbol, ...u.aliases].some((s) => normaliseUnitSpelling(s).toLowerCase() === wanted));
  return hits.length === 1 ? hits[0]?.symbol : undefined;
};
