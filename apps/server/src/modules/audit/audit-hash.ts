import { createHash } from 'node:crypto';

/** Canonical JSON: object keys sorted at every depth, so the same value always hashes the same. */
export const canonicalJson = (value: unknown): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
};

export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

/** SHA-256 of an entity's state; null when there is no state (before a create, after a delete). */
export const digestOf = (state: unknown): string | null => (state === undefined || state === null ? null : sha256Hex(canonicalJson(state)));

export const GENESIS_HASH = '0'.repeat(64);

export type HashedFields = {
  seq: number;
  at: Date;
  actorUserId: string | null;
  actorTokenId: string | null;
  actorLabel: string;
  organisationId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  beforeDigest: string | null;
  afterDigest: string | null;
  detail: Record<string, unknown>;
};

/** hash(n) = SHA-256(hash(n−1) + "\n" + canonical JSON of entry n). */
export const computeAuditHash = (prevHash: string, f: HashedFields): string => {
  // Exactly these fields, whatever else the caller's object carries (a stored row also has its hashes).
  const hashed = {
    seq: f.seq,
    at: f.at.toISOString(),
    actorUserId: f.actorUserId,
    actorTokenId: f.actorTokenId,
    actorLabel: f.actorLabel,
    organisationId: f.organisationId,
    action: f.action,
    entityType: f.entityType,
    entityId: f.entityId,
    beforeDigest: f.beforeDigest,
    afterDigest: f.afterDigest,
    detail: f.detail,
  };
  return sha256Hex(`${prevHash}\n${canonicalJson(hashed)}`);
};
