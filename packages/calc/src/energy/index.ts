/**
 * Energy services (issue 8), pure: GB 17167 review, standard coal (GB/T 2589-2020), consumption-limit
 * benchmarking (GB 16780-2012), energy balance and energy-savings verification.
 * Formats and decisions: docs/formats/gb17167-review.md.
 */
export * from './accuracy-class.ts';
export * from './consumption-limit-standards.ts';
export * from './consumption-limits.ts';
export * from './energy-balance.ts';
export * from './energy-savings.ts';
export * from './gb17167-edition.ts';
export * from './gb17167-review.ts';
export * from './gb17167-rule-sets.ts';
export * from './gb17167-score.ts';
export * from './standard-coal-coefficients.ts';
export * from './standard-coal.ts';
