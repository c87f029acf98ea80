import type { EnergyConfirmationTag } from '@jiliang/shared';

/**
 * The library of consumption-limit standards (能耗限额, issue 8) as data. Tiers: `existing` (现有企业限定值),
 * `new` (新建企业准入值), `advanced` (先进值); a tier the source does not give is null.
 * GB 16780-2012 (cement) is the only one found (STANDARDS.md §8.2 [S], superseded by GB 16780-2021 whose
 * values were not found). Values are the comparable (可比) unit consumptions; the capacity bands are
 * clinker-line capacity in t/d, read as [min, max): "2000–4000 t/d" is 2000 ≤ capacity < 4000.
 * Clause numbers 4.1/4.2/4.3 for the three tiers are [M].
 */
export type ConsumptionLimitTiers = { existing: number; new: number | null; advanced: number | null };
export type ConsumptionLimitCategory = {
  id: string;
  label: string;
  /** Clinker-line capacity band in t/d, [min, max); null bounds are open. Both null: not chosen by capacity. */
  capacityMinTpd: number | null;
  capacityMaxTpd: number | null;
  tiers: ConsumptionLimitTiers;
};
export type ConsumptionLimitIndicator = {
  id: string;
  product: string;
  label: string;
  unit: string;
  categories: readonly ConsumptionLimitCategory[];
};
export type ConsumptionLimitStandard = {
  id: string;
  title: string;
  supersededBy: string | null;
  confirmation: EnergyConfirmationTag;
  source: string;
  clauses: Record<keyof ConsumptionLimitTiers, string>;
  indicators: readonly ConsumptionLimitIndicator[];
};

const BANDS = [
  { id: 'ge4000', label: '≥ 4000 t/d', capacityMinTpd: 4000, capacityMaxTpd: null },
  { id: '2000to4000', label: '2000–4000 t/d', capacityMinTpd: 2000, capacityMaxTpd: 4000 },
  { id: '1000to2000', label: '1000–2000 t/d', capacityMinTpd: 1000, capacityMaxTpd: 2000 },
  { id: 'lt1000', label: '< 1000 t/d', capacityMinTpd: null, capacityMaxTpd: 1000 },
] as const;

/** Four bands' tiers, in the order of BANDS: [existing, new, advanced]; new/advanced only for ≥ 2000 t/d. */
const byCapacity = (tiers: readonly [number, number | null, number | null][]): ConsumptionLimitCategory[] =>
  BANDS.map((b, i) => {
    const [existing, neu, advanced] = tiers[i] ?? [Number.NaN, null, null];
    return { ...b, tiers: { existing, new: neu, advanced } };
  });

const GRINDING_ONLY = { id: 'grinding_only', label: '水泥粉磨企业', capacityMinTpd: null, capacityMaxTpd: null };

export const CONSUMPTION_LIMIT_STANDARDS: readonly ConsumptionLimitStandard[] = [
  {
    id: 'GB 16780-2012',
    title: '水泥单位产品能源消耗限额',
    supersededBy: 'GB 16780-2021',
    confirmation: 'S',
    source: 'https://www.xiaomilidoc.com/p-25771.html (reproduction), STANDARDS.md §8.2',
    clauses: { existing: 'GB 16780-2012 4.1', new: 'GB 16780-2012 4.2', advanced: 'GB 16780-2012 4.3' },
    indicators: [
      {
        id: 'clinker_comprehensive',
        product: '熟料',
        label: '可比熟料综合能耗',
        unit: 'kgce/t',
        categories: byCapacity([
          [128, 118, 114],
          [134, 123, 120],
          [139, null, null],
          [145, null, null],
        ]),
      },
      {
        id: 'clinker_coal',
        product: '熟料',
        label: '可比熟料综合煤耗',
        unit: 'kgce/t',
        categories: byCapacity([
          [120, 110, 107],
          [125, 115, 112],
          [130, null, null],
          [135, null, null],
        ]),
      },
      {
        id: 'clinker_electricity',
        product: '熟料',
        label: '可比熟料综合电耗',
        unit: 'kWh/t',
        categories: byCapacity([
          [68, 62, 60],
          [73, 65, 62],
          [76, null, null],
          [78, null, null],
        ]),
      },
      {
        id: 'cement_comprehensive',
        product: '水泥',
        label: '可比水泥综合能耗',
        unit: 'kgce/t',
        categories: byCapacity([
          [105, 95, 93],
          [109, 100, 97],
          [114, null, null],
          [118, null, null],
        ]),
      },
      {
        id: 'cement_electricity',
        product: '水泥',
        label: '可比水泥综合电耗',
        unit: 'kWh/t',
        categories: [
          ...byCapacity([
            [105, 90, 85],
            [110, 98, 90],
            [115, null, null],
            [120, null, null],
          ]),
          { ...GRINDING_ONLY, tiers: { existing: 45, new: 38, advanced: 34 } },
        ],
      },
    ],
  },
];
