import type { GwpSetName, NonCo2Gas } from '@jiliang/shared';

/**
 * 100-year global warming potentials for CH4 and N2O (GB/T 32150: non-CO2 gases are reported as CO2e).
 * STANDARDS §1.2 says only that the set depends on the guideline edition (AR2, AR4 or AR5) [M]; it lists
 * no values, so the values below carry their own tags and must be confirmed before production use:
 * - AR5: IPCC AR5 WG1 Table 8.7, without climate–carbon feedback: CH4 28, N2O 265 [M]. One value for all
 *   CH4 (the usual practice in Chinese guidelines that cite AR5).
 * - AR6: IPCC AR6 WG1 Table 7.15: CH4 fossil 29.8, CH4 non-fossil 27.0, N2O 273 [S2: GHG Protocol "Global
 *   Warming Potential Values" (Aug 2024) as quoted by a third-party page]. 27.9 is AR6's CH4 value before
 *   the fossil/non-fossil split (Table 7.SM.7), not an inventory value, so it is not used.
 * The GWP carries no uncertainty in the budget (inventory convention: it is a defined constant).
 */
export type GwpSet = { name: GwpSetName; ch4Fossil: number; ch4NonFossil: number; n2o: number };

export const GWP_SETS: Record<GwpSetName, GwpSet> = {
  AR5: { name: 'AR5', ch4Fossil: 28, ch4NonFossil: 28, n2o: 265 },
  AR6: { name: 'AR6', ch4Fossil: 29.8, ch4NonFossil: 27.0, n2o: 273 },
};

export type MethaneOrigin = 'fossil' | 'non_fossil';

/** The GWP of one gas in one set; AR6 CH4 needs its origin (the caller checks that it is given). */
export const getGwp = (set: GwpSetName, gas: NonCo2Gas, origin: MethaneOrigin = 'non_fossil'): number => {
  const values = GWP_SETS[set];
  if (gas === 'N2O') return values.n2o;
  return origin === 'fossil' ? values.ch4Fossil : values.ch4NonFossil;
};
