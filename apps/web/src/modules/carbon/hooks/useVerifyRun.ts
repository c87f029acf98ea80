import type { RunVerification } from '@jiliang/shared';
import { useMutation } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';

/** A GET, but run on demand: the server recomputes the whole run (Monte Carlo included), which is work, not a cached read. */
export const useVerifyRun = (id: string) =>
  useMutation({ mutationFn: () => requestApi<RunVerification>(`/api/accounting-runs/${encodeURIComponent(id)}/verify`) });
