import { hash, verify } from '@node-rs/argon2';
import { AppError, checkPasswordStrength } from '@jiliang/shared';

/** Argon2id with OWASP's minimum parameters (19 MiB, t = 2, p = 1). */
// algorithm 2 = Argon2id (the package's const enum cannot be imported under verbatimModuleSyntax).
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export const verifyPassword = async (passwordHash: string, password: string): Promise<boolean> => {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
};

/** Refuse a weak password with the rule it breaks, naming the field. */
export const assertStrongPassword = (password: string, username?: string, field = 'password'): void => {
  const problem = checkPasswordStrength(password, username);
  if (problem) {
    throw new AppError('WEAK_PASSWORD', `${problem.message} (${problem.messageEn})`, [
      { field, rule: problem.rule, message: problem.messageEn },
    ]);
  }
};

/** Verified against when the username is unknown, so both paths take the same time. */
let dummyHash: Promise<string> | undefined;
export const getDummyHash = (): Promise<string> => (dummyHash ??= hashPassword('dummy-password-for-timing'));
