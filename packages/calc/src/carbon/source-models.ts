import type { EmissionSourceKind } from '@jiliang/shared';
import type { ModelInput } from './quantity-input.ts';

/**
 * The measurement model of one emission source (JJF 1059.1-2012 4.2: y = f(x_1 … x_n)), in tCO2.
 * `evaluate` reads input i from x[at + i·stride] (stride 1 for one point; the Monte Carlo keeps a block of
 * draws per input, stride = block length), so sampling never allocates per iteration.
 * `sensitivities` returns c_i = ∂f/∂x_i at x[at + i] (GUM 5.1.3), derived by hand for each shape below.
 * The sign is part of the model: exported and recovered sources are negative.
 */
export type SourceModel = {
  id: string;
  kind: EmissionSourceKind;
  /** False for biomass CO2, reported separately (GB/T 32150). */
  countedInTotal: boolean;
  inputs: ModelInput[];
  evaluate: (x: Float64Array, at: number, stride: number) => number;
  /** Optional: out[j] += evaluate(x, at + j, stride) for j < count, in one call (the Monte Carlo's hot loop). */
  accumulateBlock?: (x: Float64Array, at: number, stride: number, count: number, out: Float64Array, outAt: number) => void;
  sensitivities: (x: Float64Array, at: number) => number[];
};

type ModelHead = Pick<SourceModel, 'id' | 'kind' | 'countedInTotal'>;

/**
 * E = sign · (Π x_i) · num / den. Fuel (× 44/12), carbonate, electricity, heat, CH4/N2O (× GWP).
 * ∂E/∂x_i = sign · (Π_{j≠i} x_j) · num / den, computed directly so that a zero input is handled.
 */
export const productModel = (head: ModelHead, inputs: ModelInput[], sign: 1 | -1, num = 1, den = 1): SourceModel => {
  const n = inputs.length;
  return {
    ...head,
    inputs,
    evaluate: (x, at, stride) => {
      let p = sign;
      for (let i = 0; i < n; i++) p *= x[at + i * stride]!;
      return (p * num) / den;
    },
    // The same products in the same order as evaluate, so the Monte Carlo's samples do not change.
    accumulateBlock: (x, at, stride, count, out, outAt) => {
      for (let j = 0; j < count; j++) {
        let p = sign;
        for (let i = 0; i < n; i++) p *= x[at + j + i * stride]!;
        out[outAt + j]! += (p * num) / den;
      }
    },
    sensitivities: (x, at) =>
      inputs.map((_, i) => {
        let p = sign;
        for (let j = 0; j < n; j++) if (j !== i) p *= x[at + j]!;
        return (p * num) / den;
      }),
  };
};

/** Water at 20 °C: 83.74 kJ/kg (STANDARDS §1.2, steam measured by mass). */
export const STEAM_REFERENCE_ENTHALPY_KJ_PER_KG = 83.74;

/**
 * Steam (STANDARDS §1.2): E = sign · Ma · (En − 83.74) · 10⁻³ · EF, inputs [Ma t, En kJ/kg, EF tCO2/GJ].
 * Not a pure product: ∂E/∂Ma = sign·(En − 83.74)·10⁻³·EF, ∂E/∂En = sign·Ma·10⁻³·EF,
 * ∂E/∂EF = sign·Ma·(En − 83.74)·10⁻³. In relative terms En's coefficient is En/(En − 83.74), not 1.
 */
export const steamModel = (head: ModelHead, inputs: ModelInput[], sign: 1 | -1): SourceModel => ({
  ...head,
  inputs,
  evaluate: (x, at, stride) => (sign * x[at]! * (x[at + stride]! - STEAM_REFERENCE_ENTHALPY_KJ_PER_KG) * x[at + 2 * stride]!) / 1000,
  sensitivities: (x, at) => {
    const [ma, en, ef] = [x[at]!, x[at + 1]!, x[at + 2]!];
    const dh = en - STEAM_REFERENCE_ENTHALPY_KJ_PER_KG;
    return [(sign * dh * ef) / 1000, (sign * ma * ef) / 1000, (sign * ma * dh) / 1000];
  },
});

/** Hot water (STANDARDS §1.2): reference temperature 20 °C and specific heat 4.1868 kJ/(kg·°C). */
export const HOT_WATER_REFERENCE_TEMPERATURE_C = 20;
export const WATER_SPECIFIC_HEAT_KJ_PER_KG_C = 4.1868;

/**
 * Hot water (STANDARDS §1.2): E = sign · Ma · (T − 20) · 4.1868 · 10⁻³ · EF, inputs [Ma t, T °C, EF tCO2/GJ].
 * ∂E/∂Ma = sign·(T − 20)·4.1868·10⁻³·EF, ∂E/∂T = sign·Ma·4.1868·10⁻³·EF, ∂E/∂EF = sign·Ma·(T − 20)·4.1868·10⁻³.
 */
export const hotWaterModel = (head: ModelHead, inputs: ModelInput[], sign: 1 | -1): SourceModel => {
  const c = WATER_SPECIFIC_HEAT_KJ_PER_KG_C;
  const t0 = HOT_WATER_REFERENCE_TEMPERATURE_C;
  return {
    ...head,
    inputs,
    evaluate: (x, at, stride) => (sign * x[at]! * (x[at + stride]! - t0) * c * x[at + 2 * stride]!) / 1000,
    sensitivities: (x, at) => {
      const [ma, t, ef] = [x[at]!, x[at + 1]!, x[at + 2]!];
      return [(sign * (t - t0) * c * ef) / 1000, (sign * ma * c * ef) / 1000, (sign * ma * (t - t0) * c) / 1000];
    },
  };
};

/**
 * Cement clinker (STANDARDS §1.2 [M]): E = Q · [(CaO − CaO_nc) · 44/56 + (MgO − MgO_nc) · 44/40],
 * inputs [Q t, CaO, CaO_nc, MgO, MgO_nc] as fractions. ∂E/∂Q = the bracket; ∂E/∂CaO = Q·44/56 = −∂E/∂CaO_nc;
 * ∂E/∂MgO = Q·44/40 = −∂E/∂MgO_nc.
 */
export const clinkerModel = (head: ModelHead, inputs: ModelInput[]): SourceModel => ({
  ...head,
  inputs,
  evaluate: (x, at, d) => x[at]! * (((x[at + d]! - x[at + 2 * d]!) * 44) / 56 + ((x[at + 3 * d]! - x[at + 4 * d]!) * 44) / 40),
  sensitivities: (x, at) => {
    const q = x[at]!;
    const bracket = ((x[at + 1]! - x[at + 2]!) * 44) / 56 + ((x[at + 3]! - x[at + 4]!) * 44) / 40;
    return [bracket, (q * 44) / 56, (-q * 44) / 56, (q * 44) / 40, (-q * 44) / 40];
  },
});
