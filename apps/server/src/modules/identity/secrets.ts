import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const randomSecret = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** Session cookies and API tokens are 256-bit random values: SHA-256 is enough to store them safely. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export const isSameSecret = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};
