/**
 * One DL/T 645-2007 data identifier (DI3..DI0) that the platform maps to a point.
 * `bytes` is the value length on the wire (for a `block`: the length of each element), `decimals` the
 * implied decimal places of the BCD digits (XXX.X → 1), `signed` that the top bit of the most
 * significant byte is the sign (DL/T 645-2007 data formats for power, current and power factor).
 */
export type Dlt645DataIdentifier = {
  quantity: string;
  nameZh: string;
  unit: string;
  bytes: number;
  decimals: number;
  signed?: boolean;
  /** A data block: the value field is `n × bytes` (e.g. total + tariffs). */
  block?: boolean;
};

/**
 * DL/T 645-2007 Appendix A data identifiers the codec decodes (STANDARDS.md §4.1 "Common data
 * identifiers": energy and voltage DIs [S] in third-party code, the rest [M]; tariff energies from the
 * DL/T 645-1997 mapping 0x9011..0x9014 → 0x00010100..0x00010400 [S]). Keys are DI3..DI0 in upper-case hex.
 * Any other DI decodes to its `dataId` and raw data, without a value.
 * Date (04000101, YYMMDDWW) and time (04000102, hhmmss) are not numbers and are left raw on purpose.
 */
export const DLT645_DATA_IDENTIFIERS: Record<string, Dlt645DataIdentifier> = {
  '00000000': { quantity: 'combined_active_energy', nameZh: '组合有功总电能', unit: 'kWh', bytes: 4, decimals: 2 },
  '00010000': { quantity: 'forward_active_energy', nameZh: '正向有功总电能', unit: 'kWh', bytes: 4, decimals: 2 },
  '00010100': { quantity: 'forward_active_energy_tariff_1', nameZh: '正向有功费率1电能', unit: 'kWh', bytes: 4, decimals: 2 },
  '00010200': { quantity: 'forward_active_energy_tariff_2', nameZh: '正向有功费率2电能', unit: 'kWh', bytes: 4, decimals: 2 },
  '00010300': { quantity: 'forward_active_energy_tariff_3', nameZh: '正向有功费率3电能', unit: 'kWh', bytes: 4, decimals: 2 },
  '00010400': { quantity: 'forward_active_energy_tariff_4', nameZh: '正向有功费率4电能', unit: 'kWh', bytes: 4, decimals: 2 },
  '0001FF00': { quantity: 'forward_active_energy_block', nameZh: '正向有功电能数据块', unit: 'kWh', bytes: 4, decimals: 2, block: true },
  '00020000': { quantity: 'reverse_active_energy', nameZh: '反向有功总电能', unit: 'kWh', bytes: 4, decimals: 2 },
  '02010100': { quantity: 'phase_a_voltage', nameZh: 'A相电压', unit: 'V', bytes: 2, decimals: 1 },
  '02020100': { quantity: 'phase_a_current', nameZh: 'A相电流', unit: 'A', bytes: 3, decimals: 3, signed: true },
  '02030000': { quantity: 'total_active_power', nameZh: '瞬时总有功功率', unit: 'kW', bytes: 3, decimals: 4, signed: true },
  '02060000': { quantity: 'total_power_factor', nameZh: '总功率因数', unit: '', bytes: 2, decimals: 3, signed: true },
  '02800002': { quantity: 'grid_frequency', nameZh: '电网频率', unit: 'Hz', bytes: 2, decimals: 2 },
};

/** The table entry for a DI (upper- or lower-case hex), or `undefined` for a DI the codec does not know. */
export const findDataIdentifier = (dataId: string): Dlt645DataIdentifier | undefined =>
  Object.hasOwn(DLT645_DATA_IDENTIFIERS, dataId.toUpperCase()) ? DLT645_DATA_IDENTIFIERS[dataId.toUpperCase()] : undefined;
