import type { AuditEntry } from '@jiliang/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page } from '../../api/utils/Page.ts';
import { requestApi } from '../../api/utils/requestApi.ts';
import { AUDIT_QUERY_KEYS, type AuditListParams } from '../utils/auditQueryKeys.ts';

export const useAuditEntries = (params: AuditListParams) =>
  useQuery({
    queryKey: AUDIT_QUERY_KEYS.list(params),
    queryFn: ({ signal }) => requestApi<Page<AuditEntry>>('/api/audit', { query: params, signal }),
    placeholderData: keepPreviousData,
  });
