import type { EmissionFactorInput } from '@jiliang/shared';

/**
 * The default factors shipped with the platform (issue 7 §1), from ../shared/reference/STANDARDS.md with its
 * confirmation tags, so that users see how far each value can be trusted. They are data: loaded once as version 1
 * (or the listed versions, oldest first) and changed only by new versions. A default without a date in its source
 * applies from 2000-01-01.
 */
const ALWAYS = '2000-01-01';
const THIRD_PARTY_FUELS =
  'STANDARDS.md §1.3 Table A (third-party constant table for "其他行业"; official GB/T 32150-2015 附录B not available)';

/** [subject, 名称, NCV, NCV unit, CC tC/GJ, OF %] — STANDARDS.md §1.3 Table A [S2]. */
const FUELS: [string, string, number, string, number, number][] = [
  ['anthracite', '无烟煤', 24.515, 'GJ/t', 0.02749, 94],
  ['bituminous_coal', '烟煤', 23.204, 'GJ/t', 0.02618, 93],
  ['lignite', '褐煤', 14.449, 'GJ/t', 0.028, 96],
  ['washed_coal', '洗精煤', 26.344, 'GJ/t', 0.0254, 93],
  ['coke', '焦炭', 28.446, 'GJ/t', 0.0294, 93],
  ['crude_oil', '原油', 42.62, 'GJ/t', 0.0201, 98],
  ['fuel_oil', '燃料油', 40.19, 'GJ/t', 0.0211, 98],
  ['gasoline', '汽油', 44.8, 'GJ/t', 0.0189, 98],
  ['diesel', '柴油', 43.33, 'GJ/t', 0.0202, 98],
  ['kerosene', '一般煤油', 44.75, 'GJ/t', 0.0196, 98],
  ['petroleum_coke', '石油焦', 31.0, 'GJ/t', 0.0275, 98],
  ['lpg', '液化石油气', 47.31, 'GJ/t', 0.0172, 99],
  ['lng', '液化天然气', 41.868, 'GJ/t', 0.0153, 99],
  ['natural_gas', '天然气', 389.31, 'GJ/10^4Nm3', 0.0153, 99],
  ['coke_oven_gas', '焦炉煤气', 173.854, 'GJ/10^4Nm3', 0.0136, 99],
  ['refinery_gas', '炼厂干气', 46.05, 'GJ/t', 0.0182, 99],
];

const fuelFactors = (): EmissionFactorInput[] =>
  FUELS.flatMap(([subject, label, ncv, ncvUnit, cc, of]) => {
    const common = {
      subject,
      region: 'national' as const,
      sourceDocument: THIRD_PARTY_FUELS,
      sourceTable: 'Table A',
      sourceRow: label,
      // Natural gas is the one fuel whose three values agree across three independent code bases (STANDARDS.md §1.3).
      confirmation: 'S2' as const,
      effectiveFrom: ALWAYS,
    };
    return [
      { ...common, code: `fuel.${subject}.ncv`, kind: 'ncv' as const, name: `${label}低位发热量`, value: ncv, unit: ncvUnit },
      { ...common, code: `fuel.${subject}.cc`, kind: 'carbon_content' as const, name: `${label}单位热值含碳量`, value: cc, unit: 'tC/GJ' },
      { ...common, code: `fuel.${subject}.of`, kind: 'oxidation_rate' as const, name: `${label}碳氧化率`, value: of, unit: '%' },
    ];
  });

const grid = (
  code: string,
  region: EmissionFactorInput['region'],
  name: string,
  value: number,
  year: number,
  open: boolean,
  confirmation: EmissionFactorInput['confirmation'],
  sourceDocument: string,
  note?: string,
): EmissionFactorInput => ({
  code,
  kind: 'grid_electricity',
  subject: 'electricity',
  name,
  region,
  value,
  unit: 'tCO2/MWh',
  sourceDocument,
  sourceEdition: `${year} 年数据`,
  confirmation,
  effectiveFrom: `${year}-01-01`,
  // The latest published data year applies until a newer year is entered (docs/CARBON.md).
  effectiveTo: open ? null : `${year}-12-31`,
  note: note ?? null,
});

const MEE_2024_12 = '生态环境部 国家统计局公告2024年第12号 (2021年电力二氧化碳排放因子)';
const MEE_2024_33 = '生态环境部 国家统计局公告2024年第33号 (2022年电力二氧化碳排放因子)';
const MEE_2025_47 = '生态环境部 国家统计局公告2025年第47号 (2023年电力二氧化碳排放因子)';

/** In version order per code: the national factor's years are versions 1, 2, 3 of `grid.national`. */
const gridFactors = (): EmissionFactorInput[] => [
  grid(
    'grid.national',
    'national',
    '全国电网平均排放因子',
    0.5568,
    2021,
    false,
    'M',
    MEE_2024_12,
    'STANDARDS.md §1.5: inferred, one repo swaps 2021 and 2022',
  ),
  grid('grid.national', 'national', '全国电网平均排放因子', 0.5366, 2022, false, 'S2', MEE_2024_33),
  grid('grid.national', 'national', '全国电网平均排放因子', 0.5306, 2023, true, 'S2', MEE_2025_47),
  grid(
    'grid.central_china',
    'central_china',
    '华中区域电网平均排放因子',
    0.5395,
    2022,
    true,
    'S',
    MEE_2024_33,
    '2023 regional value not found (STANDARDS.md §1.5)',
  ),
  grid(
    'grid.hubei',
    'hubei',
    '湖北省电力平均二氧化碳排放因子',
    0.4044,
    2023,
    true,
    'S2',
    `${MEE_2025_47} 表3`,
    'Same digits as 广西 2022: check against table 3 before use (STANDARDS.md §1.5)',
  ),
];

const carbonate = (code: string, subject: string, name: string, value: number, note?: string): EmissionFactorInput => ({
  code: `carbonate.${code}`,
  kind: 'carbonate',
  subject,
  name: `${name}排放因子`,
  region: 'national',
  value,
  unit: 'tCO2/t',
  sourceDocument: 'STANDARDS.md §1.4: stoichiometry (IPCC 2006 Vol.3 Table 2.1)',
  confirmation: 'C',
  effectiveFrom: ALWAYS,
  note: note ?? null,
});

const gwp = (
  set: 'AR5' | 'AR6',
  gas: string,
  label: string,
  value: number,
  confirmation: EmissionFactorInput['confirmation'],
): EmissionFactorInput => ({
  code: `gwp.${set.toLowerCase()}.${gas.toLowerCase()}`,
  kind: 'gwp',
  subject: gas,
  name: `${label} GWP100 (${set})`,
  region: 'national',
  value,
  // tCO2e per tonne of gas; the unit table spells CO2e as CO2.
  unit: 'tCO2/t',
  sourceDocument: set === 'AR5' ? 'IPCC AR5 WG1 Table 8.7' : 'IPCC AR6 WG1 Table 7.15',
  confirmation,
  effectiveFrom: ALWAYS,
});

export const DEFAULT_FACTORS: readonly EmissionFactorInput[] = [
  ...fuelFactors(),
  ...gridFactors(),
  {
    code: 'heat.default',
    kind: 'heat',
    subject: 'heat',
    name: '热力供应排放因子',
    region: 'national',
    value: 0.11,
    unit: 'tCO2/GJ',
    sourceDocument: 'STANDARDS.md §1.2 (核算指南 default, widely used)',
    confirmation: 'M',
    effectiveFrom: ALWAYS,
  },
  carbonate('caco3', 'CaCO3', '碳酸钙', 0.43971),
  carbonate('mgco3', 'MgCO3', '碳酸镁', 0.52197),
  carbonate('dolomite', 'CaMg(CO3)2', '白云石', 0.47732),
  carbonate('na2co3', 'Na2CO3', '碳酸钠', 0.41523, 'IPCC tabulates 0.41492: where a guideline tabulates a value, use it'),
  gwp('AR5', 'CH4', '甲烷', 28, 'M'),
  gwp('AR5', 'N2O', '氧化亚氮', 265, 'M'),
  gwp('AR6', 'CH4_fossil', '化石源甲烷', 29.8, 'S2'),
  gwp('AR6', 'CH4_non_fossil', '非化石源甲烷', 27.0, 'S2'),
  gwp('AR6', 'N2O', '氧化亚氮', 273, 'S2'),
];
