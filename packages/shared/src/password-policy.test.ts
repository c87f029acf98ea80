import { describe, expect, it } from 'vitest';
import { checkPasswordStrength } from './password-policy.ts';

describe('password policy', () => {
  it.each([
    ['Short1!', 'length >= 10'],
    ['alllowercaseletters', '3 of 4 classes: lower case, upper case, digit, symbol'],
    ['Zhangwei-2026x', 'must not contain the username'],
    ['Password123', 'not a common password'],
  ])('refuses %s with rule "%s"', (password, rule) => {
    expect(checkPasswordStrength(password, 'zhangwei')?.rule).toBe(rule);
  });

  it('accepts a long mixed password', () => {
    expect(checkPasswordStrength('Jiliang@2026', 'admin')).toBeUndefined();
  });
});
