/**
 * GUM propagation of uncertainty (JJF 1059.1-2012 = GUM, STANDARDS §5.2–5.3 [M, standard GUM content]).
 * Clause numbers: JJF 1059.1-2012 4.4 (combined standard uncertainty), 4.5 (expanded uncertainty);
 * GUM 5.1.2 (law of propagation), 5.1.6 (products of powers); IPCC 2006 Vol.1 Ch.3 Eq. 3.1/3.2 (Approach 1).
 * All inputs are taken as uncorrelated (STANDARDS §5.2, first formula): see docs/formats/calc-emissions.md.
 */

export type ProductTerm = { value: number; uRel: number; exponent?: number };
export type ProductUncertainty = { value: number; uRel: number };

/**
 * y = Π x_i^{p_i}: u_rel(y) = sqrt(Σ (p_i · u_rel(x_i))²) (JJF 1059.1-2012 4.4 / GUM 5.1.6).
 * IPCC 2006 Vol.1 Eq. 3.1 is the same law written with 95 % half-widths.
 */
export const propagateProductUncertainty = (terms: readonly ProductTerm[]): ProductUncertainty => {
  let value = 1;
  let sumOfSquares = 0;
  for (const t of terms) {
    const p = t.exponent ?? 1;
    value *= p === 1 ? t.value : t.value ** p;
    sumOfSquares += (p * t.uRel) ** 2;
  }
  return { value, uRel: Math.sqrt(sumOfSquares) };
};

export type SumTerm = { value: number; u: number; coefficient?: number };
export type SumUncertainty = { value: number; u: number; uRel: number | null };

/**
 * y = Σ c_i x_i: u(y) = sqrt(Σ (c_i · u(x_i))²) (JJF 1059.1-2012 4.4 / GUM 5.1.2 with c_i constant).
 * Identical to IPCC 2006 Vol.1 Eq. 3.2: U_total = sqrt(Σ (U_i·x_i)²) / |Σ x_i| with U_i = k·u_i/|x_i|.
 * Exported and recovered terms enter with their sign in the value and contribute to u like any other.
 * uRel is null when the sum is 0 (a relative uncertainty of zero is undefined).
 */
export const propagateSumUncertainty = (terms: readonly SumTerm[]): SumUncertainty => {
  let value = 0;
  let sumOfSquares = 0;
  for (const t of terms) {
    const c = t.coefficient ?? 1;
    value += c * t.value;
    sumOfSquares += (c * t.u) ** 2;
  }
  const u = Math.sqrt(sumOfSquares);
  return { value, u, uRel: value === 0 ? null : u / Math.abs(value) };
};

/**
 * u_c(y) = sqrt(Σ (c_i · u(x_i))²) with c_i = ∂f/∂x_i, the sensitivity coefficients
 * (JJF 1059.1-2012 4.4 / GUM 5.1.2–5.1.3), for models that are not pure products (steam, hot water, clinker).
 */
export const propagateModelUncertainty = (sensitivities: ArrayLike<number>, uncertainties: ArrayLike<number>): number => {
  let sumOfSquares = 0;
  for (let i = 0; i < sensitivities.length; i++) sumOfSquares += ((sensitivities[i] ?? 0) * (uncertainties[i] ?? 0)) ** 2;
  return Math.sqrt(sumOfSquares);
};

export type ExpandedUncertainty = {
  uTco2: number;
  uRel: number | null;
  k: 2;
  UTco2: number;
  URel: number | null;
  interval95: [number, number];
};

/** U = k·u_c with k = 2, about 95 % for a normal output (JJF 1059.1-2012 4.5); the interval is y ± U. */
export const expandEmissionUncertainty = (value: number, u: number): ExpandedUncertainty => {
  const k = 2;
  const U = k * u;
  return {
    uTco2: u,
    uRel: value === 0 ? null : u / Math.abs(value),
    k,
    UTco2: U,
    URel: value === 0 ? null : U / Math.abs(value),
    interval95: [value - U, value + U],
  };
};
