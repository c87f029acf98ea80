import type { EnergyConfirmationTag, EnergyLoadUnit, InstrumentType, Medium, MeteringPointClass } from '@jiliang/shared';

/**
 * GB 17167 rule sets as versioned data (issue 8; STANDARDS.md §2). Each table carries the
 * confirmation tag of STANDARDS.md so that every finding can say how sure its limit is:
 * 表1 rates [S2, with corrections M], 表2/表3 thresholds [M], 表4 accuracy classes [M].
 * GB 17167-2006: issued 2006-06-02, in force 2007-01-01 [S]; mandatory clauses 4.3.2–4.3.5 and 4.3.8 [S].
 * The clause numbers inside 4.3 that each table belongs to are not confirmed [M]; we cite the table.
 * GB 17167-2025 is in force from 2026-02-01 [S]; its tables were not found, so they are `null` until
 * entered (review falls back to the 2006 tables and says so: gb17167-edition.ts).
 * `effectiveTo` is the last day in force (inclusive); null while in force.
 */

export type Gb17167RateLevel = 'entry_exit' | 'sub_unit' | 'main_equipment';
export type Gb17167RateRow = Record<Gb17167RateLevel, number | null> & { confirmation?: EnergyConfirmationTag; note?: string };
export type Gb17167RateTable = { clause: string; confirmation: EnergyConfirmationTag; rows: Partial<Record<Medium, Gb17167RateRow>> };
export type Gb17167Threshold = { value: number; unit: EnergyLoadUnit };
export type Gb17167ThresholdTable = {
  clause: string;
  confirmation: EnergyConfirmationTag;
  byMedium: Partial<Record<Medium, Gb17167Threshold>>;
};

/** One row of 表4: which instruments it governs and the class they need (a class number is read as MPE %). */
export type Gb17167AccuracyRow = {
  instrumentTypes: readonly InstrumentType[];
  media?: readonly Medium[];
  /** The row speaks of energy entering/leaving the unit (进出用能单位) only. */
  entryExitOnly?: boolean;
  current?: 'ac' | 'dc';
  weighing?: 'static' | 'dynamic';
  meteringPointClass?: MeteringPointClass;
  pipe?: 'le250' | 'gt250';
  forMassCalculation?: boolean;
  required: string;
  label: string;
};
export type Gb17167AccuracyTable = { clause: string; confirmation: EnergyConfirmationTag; rows: readonly Gb17167AccuracyRow[] };

export type Gb17167RuleSet = {
  id: string;
  edition: '2006' | '2025';
  effectiveFrom: string;
  effectiveTo: string | null;
  rates: Gb17167RateTable | null;
  subUnitThresholds: Gb17167ThresholdTable | null;
  equipmentThresholds: Gb17167ThresholdTable | null;
  accuracy: Gb17167AccuracyTable | null;
  source: string;
};

const row = (entry_exit: number | null, sub_unit: number | null, main_equipment: number | null, extra: Partial<Gb17167RateRow> = {}) => ({
  entry_exit,
  sub_unit,
  main_equipment,
  ...extra,
});

const GB17167_2006: Gb17167RuleSet = {
  id: 'GB 17167-2006',
  edition: '2006',
  effectiveFrom: '2007-01-01',
  effectiveTo: '2026-01-31',
  source: 'STANDARDS.md §2.3–2.5; dates: http://www.360doc.com/document/22/1029/19/1433386_1053789760.shtml',
  rates: {
    clause: 'GB 17167-2006 4.3 表1',
    confirmation: 'S2',
    rows: {
      electricity: row(100, 100, 95),
      coal: row(100, 100, 90),
      coke: row(100, 100, 90),
      crude_oil: row(100, 100, 90),
      refined_oil: row(100, 100, 95),
      // The register's heavy_oil is 重油/渣油: both rows of 表1 read 100/100/90.
      heavy_oil: row(100, 100, 90),
      natural_gas: row(100, 100, 90),
      lpg: row(100, 100, 90),
      coal_gas: row(100, 90, 80),
      steam: row(100, 80, 70),
      // Hot water is a 载能工质 like steam; 表1 has no row of its own (our reading, M).
      heat: row(100, 80, 70, { confirmation: 'M', note: '热水按表1“蒸汽”行（载能工质）' }),
      water: row(100, 95, 80),
      waste_energy: row(90, 80, null, { confirmation: 'M', note: '表1末行：研究者记忆90/80/—；第三方代码为100/80/60' }),
    },
  },
  subUnitThresholds: {
    clause: 'GB 17167-2006 4.3 表2',
    confirmation: 'M',
    byMedium: {
      electricity: { value: 10, unit: 'kW' },
      coal: { value: 100, unit: 't/a' },
      coke: { value: 100, unit: 't/a' },
      crude_oil: { value: 40, unit: 't/a' },
      refined_oil: { value: 40, unit: 't/a' },
      lpg: { value: 40, unit: 't/a' },
      heavy_oil: { value: 80, unit: 't/a' },
      coal_gas: { value: 10000, unit: 'm3/a' },
      natural_gas: { value: 10000, unit: 'm3/a' },
      steam: { value: 5000, unit: 'GJ/a' },
      heat: { value: 5000, unit: 'GJ/a' },
      water: { value: 5000, unit: 't/a' },
      waste_energy: { value: 2926, unit: 'GJ/a' },
      other: { value: 2926, unit: 'GJ/a' },
    },
  },
  equipmentThresholds: {
    clause: 'GB 17167-2006 4.3 表3',
    confirmation: 'M',
    byMedium: {
      electricity: { value: 100, unit: 'kW' },
      coal: { value: 1, unit: 't/h' },
      coke: { value: 1, unit: 't/h' },
      crude_oil: { value: 0.5, unit: 't/h' },
      refined_oil: { value: 0.5, unit: 't/h' },
      lpg: { value: 0.5, unit: 't/h' },
      heavy_oil: { value: 1, unit: 't/h' },
      coal_gas: { value: 100, unit: 'm3/h' },
      natural_gas: { value: 100, unit: 'm3/h' },
      steam: { value: 7, unit: 'MW' },
      heat: { value: 7, unit: 'MW' },
      water: { value: 1, unit: 't/h' },
      waste_energy: { value: 29.26, unit: 'GJ/h' },
      other: { value: 29.26, unit: 'GJ/h' },
    },
  },
  accuracy: {
    clause: 'GB 17167-2006 4.3 表4',
    confirmation: 'M',
    rows: [
      {
        instrumentTypes: ['weighing_instrument'],
        weighing: 'static',
        entryExitOnly: true,
        required: '0.1%',
        label: '衡器（进出用能单位燃料静态计量）',
      },
      {
        instrumentTypes: ['weighing_instrument'],
        weighing: 'dynamic',
        entryExitOnly: true,
        required: '0.5%',
        label: '衡器（进出用能单位燃料动态计量）',
      },
      ...(['I', 'II', 'III', 'IV', 'V'] as const).map((c, i) => ({
        instrumentTypes: ['electricity_meter'] as const,
        current: 'ac' as const,
        entryExitOnly: true,
        meteringPointClass: c,
        required: ['0.2S', '0.5S', '1.0', '2.0', '2.0'][i] ?? '2.0',
        label: `电能表（进出用能单位有功交流，${c}类计量点）`,
      })),
      { instrumentTypes: ['electricity_meter'], current: 'dc', entryExitOnly: true, required: '2.0', label: '电能表（进出用能单位直流）' },
      { instrumentTypes: ['liquid_flow_meter'], media: ['refined_oil'], required: '0.5', label: '油流量表（成品油）' },
      { instrumentTypes: ['liquid_flow_meter'], media: ['heavy_oil'], required: '1.0', label: '油流量表（重油、渣油）' },
      { instrumentTypes: ['gas_flow_meter'], media: ['coal_gas', 'natural_gas'], required: '2.0', label: '气体流量表（煤气、天然气）' },
      { instrumentTypes: ['gas_flow_meter', 'steam_flow_meter'], media: ['steam'], required: '2.5', label: '气体流量表（蒸汽）' },
      {
        instrumentTypes: ['water_meter', 'liquid_flow_meter'],
        media: ['water'],
        pipe: 'le250',
        required: '2.5',
        label: '水流量表（管径≤250 mm）',
      },
      {
        instrumentTypes: ['water_meter', 'liquid_flow_meter'],
        media: ['water'],
        pipe: 'gt250',
        required: '1.5',
        label: '水流量表（管径>250 mm）',
      },
      { instrumentTypes: ['temperature_instrument'], forMassCalculation: true, required: '1.0', label: '温度仪表（气体、蒸汽质量计算）' },
      { instrumentTypes: ['temperature_instrument'], forMassCalculation: false, required: '2.0', label: '温度仪表（液态、气态能源）' },
      { instrumentTypes: ['pressure_instrument'], forMassCalculation: true, required: '1.0', label: '压力仪表（气体、蒸汽质量计算）' },
      { instrumentTypes: ['pressure_instrument'], forMassCalculation: false, required: '2.0', label: '压力仪表（液态、气态能源）' },
    ],
  },
};

const GB17167_2025: Gb17167RuleSet = {
  id: 'GB 17167-2025',
  edition: '2025',
  effectiveFrom: '2026-02-01',
  effectiveTo: null,
  source: 'STANDARDS.md §2.1 (issued 2025-01-24, in force 2026-02-01 [S]); tables not yet entered',
  rates: null,
  subUnitThresholds: null,
  equipmentThresholds: null,
  accuracy: null,
};

/** Oldest first. Enter the 2025 tables here once confirmed against the official text. */
export const GB17167_RULE_SETS: readonly Gb17167RuleSet[] = [GB17167_2006, GB17167_2025];
