import type { AuditVerification } from '@jiliang/shared';
import { useMutation } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';

/** A GET, but run on demand: the server walks the whole chain, which is work, not a cached read. */
export const useVerifyAuditChain = () => useMutation({ mutationFn: () => requestApi<AuditVerification>('/api/audit/verify') });
