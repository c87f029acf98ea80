import type { Certificate } from '@jiliang/shared';
import { useMutation } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { useInvalidateInstruments } from './useInvalidateInstruments.ts';

export type DccImportReport = { certificate: Certificate; warnings: { path: string; message: string }[] };

/** PTB DCC XML v3.x: read as text in the browser and sent as JSON; a malformed unit is a warning, not a failure. */
export const useImportDcc = (instrumentId: string) => {
  const invalidate = useInvalidateInstruments();
  return useMutation({
    mutationFn: ({ xml, filename }: { xml: string; filename: string }) =>
      requestApi<DccImportReport>(`/api/instruments/${encodeURIComponent(instrumentId)}/dcc`, { method: 'POST', body: { xml, filename } }),
    onSuccess: invalidate,
  });
};
