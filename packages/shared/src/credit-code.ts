/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015.
 *
 * 18 characters: registration-authority code (1) + organisation-type code (1) + administrative
 * division code, GB/T 2260 (6) + organisation code, GB 11714 (9) + check character (1).
 * Characters are drawn from the 31-symbol set below (no I, O, S, V, Z). The check character is
 * C18 = 31 − (Σ Ci·Wi mod 31), Wi = 3^(i−1) mod 31, with 31 written as 0 (GB 32100-2015 §5).
 */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** GB 32100-2015 Table 1: registration management departments. */
const REGISTRATION_AUTHORITIES = new Set(['1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'N', 'Y']);

export type CreditCodeProblem = { rule: string; message: string; messageEn: string };

/** The check character for the first 17 characters, or undefined if one is outside the charset. */
export const computeCreditCodeCheckChar = (first17: string): string | undefined => {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17.charAt(i));
    if (value < 0) return undefined;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_CHARSET.charAt(check);
};

/** Returns undefined for a valid code, else the first rule it breaks. */
export const checkCreditCode = (code: string): CreditCodeProblem | undefined => {
  if (code.length !== 18) {
    return {
      rule: 'GB 32100-2015 §4: 18 characters',
      message: `统一社会信用代码应为18位，实际为${code.length}位`,
      messageEn: `a unified social credit code has 18 characters; got ${code.length}`,
    };
  }
  for (let i = 0; i < 18; i++) {
    const ch = code.charAt(i);
    if (!CREDIT_CODE_CHARSET.includes(ch)) {
      return {
        rule: 'GB 32100-2015 §4: charset 0-9 and A-Z without I, O, S, V, Z',
        message: `第${i + 1}位“${ch}”不是允许的字符（数字或除I、O、S、V、Z外的大写字母）`,
        messageEn: `character ${i + 1} "${ch}" is not allowed (digits and capitals except I, O, S, V, Z)`,
      };
    }
  }
  if (!REGISTRATION_AUTHORITIES.has(code.charAt(0))) {
    return {
      rule: 'GB 32100-2015 §4.1: registration authority code',
      message: `第1位登记管理部门代码“${code.charAt(0)}”无效`,
      messageEn: `character 1, the registration authority code "${code.charAt(0)}", is not a valid code`,
    };
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) {
    return {
      rule: 'GB 32100-2015 §4.3: administrative division code (GB/T 2260), 6 digits',
      message: `第3–8位应为6位行政区划代码，实际为“${code.slice(2, 8)}”`,
      messageEn: `characters 3–8 must be a 6-digit GB/T 2260 division code; got "${code.slice(2, 8)}"`,
    };
  }
  const expected = computeCreditCodeCheckChar(code.slice(0, 17));
  if (expected !== code.charAt(17)) {
    return {
      rule: 'GB 32100-2015 §5: check character',
      message: `校验码错误：第18位应为“${expected}”，实际为“${code.charAt(17)}”`,
      messageEn: `check character is wrong: character 18 should be "${expected}", got "${code.charAt(17)}"`,
    };
  }
  return undefined;
};

export const isValidCreditCode = (code: string): boolean => checkCreditCode(code) === undefined;
