/**
 * The Monte Carlo's random numbers (JCGM 101:2008 6.4 / JJF 1059.2-2012: a generator of good statistical
 * quality, reproducible from a recorded seed). Decisions:
 * - xoshiro128** 1.1 (Blackman & Vigna 2018): 128-bit state, 32-bit output, integer arithmetic that JS does
 *   exactly with Math.imul and 32-bit shifts. State words live in an Int32Array, so the hot loops call
 *   plain module functions and nothing is allocated per draw.
 * - The state is filled from (seed, stream) by splitmix32, so seed 0 is valid and streams differ.
 * - Uniforms are centred on the 2^32 grid: (r + ½)·2^-31 − 1 lies strictly inside (−1, 1), never 0.
 * - Normals: Marsaglia polar method, both values of each accepted pair used (fillNormal writes pairs).
 */
export type RandomState = Int32Array;

export const createRandomState = (seed: number, stream = 0): RandomState => {
  let sm = (seed ^ Math.imul(stream, 0x632be5ab)) | 0;
  const state = new Int32Array(4);
  for (let i = 0; i < 4; i++) {
    sm = (sm + 0x9e3779b9) | 0; // splitmix32
    let z = sm;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    state[i] = z ^ (z >>> 16);
  }
  return state;
};

/** The next 32-bit output of xoshiro128**, as an unsigned integer. */
export const nextUint32 = (s: RandomState): number => {
  const s0 = s[0]!;
  const s1 = s[1]!;
  const r = Math.imul(s1, 5);
  const result = Math.imul((r << 7) | (r >>> 25), 9);
  const t = s1 << 9;
  const s2 = s[2]! ^ s0;
  const s3 = s[3]! ^ s1;
  s[1] = s1 ^ s2;
  s[0] = s0 ^ s3;
  s[2] = s2 ^ t;
  s[3] = (s3 << 11) | (s3 >>> 21);
  return result >>> 0;
};

const TWO_POW_MINUS_31 = 2 ** -31;

/** A uniform draw strictly inside (−1, 1). */
export const nextSignedUniform = (s: RandomState): number => (nextUint32(s) + 0.5) * TWO_POW_MINUS_31 - 1;

/**
 * out[from + j·1] = mean + u·z_j for j < count, z standard normal (Marsaglia polar method). The generator's state is
 * held in locals for the loop and written back at the end: the same sequence as nextSignedUniform, about twice as fast
 * (bench:carbon).
 */
export const fillNormal = (s: RandomState, out: Float64Array, from: number, count: number, mean: number, u: number): void => {
  let s0 = s[0]!;
  let s1 = s[1]!;
  let s2 = s[2]!;
  let s3 = s[3]!;
  const end = from + count;
  for (let j = from; j < end; j += 2) {
    let a: number, b: number, q: number;
    do {
      // Two steps of xoshiro128** (nextUint32), inlined.
      let r = Math.imul(s1, 5);
      let x = Math.imul((r << 7) | (r >>> 25), 9);
      let t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      a = ((x >>> 0) + 0.5) * TWO_POW_MINUS_31 - 1;
      r = Math.imul(s1, 5);
      x = Math.imul((r << 7) | (r >>> 25), 9);
      t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      b = ((x >>> 0) + 0.5) * TWO_POW_MINUS_31 - 1;
      q = a * a + b * b;
    } while (q >= 1);
    const m = u * Math.sqrt((-2 * Math.log(q)) / q);
    out[j] = mean + a * m;
    if (j + 1 < end) out[j + 1] = mean + b * m;
  }
  s[0] = s0;
  s[1] = s1;
  s[2] = s2;
  s[3] = s3;
};

const SQRT3 = Math.sqrt(3);

/** out[from + j] = mean + u·√3·U_j, U uniform on (−1, 1): a rectangular distribution with standard deviation u. */
export const fillRectangular = (s: RandomState, out: Float64Array, from: number, count: number, mean: number, u: number): void => {
  const halfWidth = u * SQRT3;
  for (let j = from; j < from + count; j++) out[j] = mean + halfWidth * nextSignedUniform(s);
};
