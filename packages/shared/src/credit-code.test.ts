import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CREDIT_CODE_CHARSET, checkCreditCode, computeCreditCodeCheckChar, isValidCreditCode } from './credit-code.ts';

// GB 32100-2015 §5 worked example as published with the standard's explanatory material.
const PUBLISHED_EXAMPLE = '91350100M000100Y43';

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts the published example and computes its check character', () => {
    expect(computeCreditCodeCheckChar(PUBLISHED_EXAMPLE.slice(0, 17))).toBe('3');
    expect(isValidCreditCode(PUBLISHED_EXAMPLE)).toBe(true);
  });

  it('names the rule for a wrong length', () => {
    expect(checkCreditCode('91420600')?.rule).toBe('GB 32100-2015 §4: 18 characters');
  });

  it('names the position of a forbidden character (I, O, S, V, Z)', () => {
    const problem = checkCreditCode('91420600MA4K3R7DO1');
    expect(problem?.rule).toContain('charset');
    expect(problem?.messageEn).toContain('character 17 "O"');
  });

  it('refuses a wrong check character and says which one is expected', () => {
    const good = `9142060012345678${'9'}`;
    const code = good + computeCreditCodeCheckChar(good);
    const wrong = code.slice(0, 17) + (code.endsWith('0') ? '1' : '0');
    const problem = checkCreditCode(wrong);
    expect(problem?.rule).toBe('GB 32100-2015 §5: check character');
    expect(problem?.messageEn).toContain(`should be "${code.charAt(17)}"`);
  });

  it('refuses an unknown registration authority code', () => {
    const first17 = 'B1420600123456789';
    expect(checkCreditCode(first17 + computeCreditCodeCheckChar(first17))?.rule).toContain('registration authority');
  });

  const body = fc.string({ unit: fc.constantFrom(...CREDIT_CODE_CHARSET), minLength: 15, maxLength: 15 });
  const code = fc
    .tuple(fc.constantFrom('1', '5', '9', 'Y'), fc.constantFrom(...CREDIT_CODE_CHARSET), fc.integer({ min: 100000, max: 999999 }), body)
    .map(([a, b, division, rest]) => {
      const first17 = `${a}${b}${division}${rest.slice(0, 9)}`;
      return first17 + computeCreditCodeCheckChar(first17);
    });

  it('property: every code built with its check character is valid', () => {
    fc.assert(fc.property(code, (c) => isValidCreditCode(c)));
  });

  it('property: any single-character substitution is detected (31 is prime, weights are non-zero)', () => {
    fc.assert(
      fc.property(code, fc.integer({ min: 2, max: 17 }), fc.integer({ min: 1, max: 30 }), (c, position, shift) => {
        const index = CREDIT_CODE_CHARSET.indexOf(c.charAt(position));
        const replaced = CREDIT_CODE_CHARSET.charAt((index + shift) % 31);
        const mutated = c.slice(0, position) + replaced + c.slice(position + 1);
        // Positions 3–8 must stay digits to reach the check-character rule; others may be anything in the set.
        return !isValidCreditCode(mutated);
      }),
    );
  });
});
