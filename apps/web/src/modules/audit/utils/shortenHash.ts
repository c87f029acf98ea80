const SHORT_HASH_LENGTH = 12;

export const shortenHash = (hash: string): string => (hash.length > SHORT_HASH_LENGTH ? `${hash.slice(0, SHORT_HASH_LENGTH)}…` : hash);
