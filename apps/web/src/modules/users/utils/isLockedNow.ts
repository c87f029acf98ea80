/** The server keeps the last lock-out time; only one still in the future locks the account. */
export const isLockedNow = (lockedUntil: string | null): boolean => lockedUntil !== null && Date.parse(lockedUntil) > Date.now();
