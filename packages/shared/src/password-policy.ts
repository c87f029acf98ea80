/**
 * Password policy for people's accounts. Decided here (the Measures are silent): at least 10
 * characters, at least three of four character classes, not containing the username, and not one
 * of the commonest passwords. Argon2id hashing happens on the server; this file only judges.
 */
export const PASSWORD_MIN_LENGTH = 10;

const COMMON_PASSWORDS = new Set([
  'password123',
  'password1234',
  'qwertyuiop',
  'qwerty12345',
  '1234567890',
  '12345678910',
  'abc1234567',
  'iloveyou123',
  'admin12345',
  'administrator',
  'welcome123',
  'passw0rd123',
  'p@ssw0rd123',
  'woaini1314',
  'a123456789',
  'aa123456789',
  'qq123456789',
]);

export type PasswordProblem = { rule: string; message: string; messageEn: string };

export const checkPasswordStrength = (password: string, username?: string): PasswordProblem | undefined => {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return {
      rule: `length >= ${PASSWORD_MIN_LENGTH}`,
      message: `密码至少${PASSWORD_MIN_LENGTH}位`,
      messageEn: `password must have at least ${PASSWORD_MIN_LENGTH} characters`,
    };
  }
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) {
    return {
      rule: '3 of 4 classes: lower case, upper case, digit, symbol',
      message: '密码须包含小写字母、大写字母、数字、符号中的至少三类',
      messageEn: 'password must mix at least three of: lower case, upper case, digits, symbols',
    };
  }
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    return {
      rule: 'must not contain the username',
      message: '密码不得包含用户名',
      messageEn: 'password must not contain the username',
    };
  }
  if (COMMON_PASSWORDS.has(password.toLowerCase())) {
    return {
      rule: 'not a common password',
      message: '密码过于常见',
      messageEn: 'password is one of the most common passwords',
    };
  }
  return undefined;
};
