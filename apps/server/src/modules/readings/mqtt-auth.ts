import { isAppError } from '@jiliang/shared';
import { authorize } from '@jiliang/calc';
import type { Services } from '../../services.ts';
import type { AuditActor } from '../audit/audit.service.ts';

/**
 * Who may publish meter data over MQTT (issue 5 §2). The broker may have no authentication (CI), so
 * every message carries an API token, checked like an HTTP `Authorization: Bearer jlt_…`: the token
 * service resolves it (unknown, wrong secret and revoked tokens are refused) and `authorize` requires
 * `readings:write` on the enterprise named in the topic, which for a token means the token's own
 * organisation. Results, good and bad, are kept for `ttlMs` (10 s by default) so that 20 000 messages
 * a second cost a few look-ups, not 20 000; a revoked token therefore stops within that time.
 */
export type MqttAuthResult = { ok: true; enterpriseId: string; actor: AuditActor } | { ok: false; reason: string };

const MAX_ENTRIES = 10_000;

export const createMqttAuth = ({ services, ttlMs = 10_000 }: { services: Pick<Services, 'tokens' | 'organisations'>; ttlMs?: number }) => {
  const cache = new Map<string, { at: number; result: Promise<MqttAuthResult> }>();

  const check = async (enterpriseRef: string, token: string | undefined): Promise<MqttAuthResult> => {
    if (!token) return { ok: false, reason: '消息缺少 token (no API token in the message)' };
    let organisation;
    try {
      organisation = await services.organisations.resolveOrganisationRef(enterpriseRef);
    } catch (error) {
      if (!isAppError(error) || error.code !== 'NOT_FOUND') throw error;
      return { ok: false, reason: `主题中的企业 ${enterpriseRef} 不存在 (no enterprise with this credit code or id)` };
    }
    if (organisation.kind !== 'enterprise')
      return { ok: false, reason: `主题中的组织 ${enterpriseRef} 不是企业 (meter data belongs to enterprises)` };
    let principal;
    try {
      principal = await services.tokens.resolveToken(token);
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
    if (principal.kind !== 'token') return { ok: false, reason: '访问令牌无效 (the API token is not valid)' };
    const decision = authorize(principal, 'readings:write', {
      organisationId: organisation.id,
      kind: organisation.kind,
      divisionCode: organisation.divisionCode,
    });
    if (!decision.allowed) return { ok: false, reason: decision.message };
    return { ok: true, enterpriseId: organisation.id, actor: { userId: null, tokenId: principal.tokenId, label: principal.label } };
  };

  /** The (cached) verdict on a token for an enterprise of the topic. Never throws. */
  const verify = (enterpriseRef: string, token: string | undefined): Promise<MqttAuthResult> => {
    const key = `${enterpriseRef}\n${token ?? ''}`;
    const now = Date.now();
    const cached = cache.get(key);
    if (cached && now - cached.at < ttlMs) return cached.result;
    if (cache.size >= MAX_ENTRIES) cache.clear();
    const result = check(enterpriseRef, token).catch((error: unknown): MqttAuthResult => ({
      ok: false,
      reason: `无法核验访问令牌 (token check failed): ${String(error)}`,
    }));
    cache.set(key, { at: now, result });
    return result;
  };

  return { verify };
};
