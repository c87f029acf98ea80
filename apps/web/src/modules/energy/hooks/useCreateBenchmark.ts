import type { Benchmark, BenchmarkRequest } from '@jiliang/shared';
import { useMutation } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { useInvalidateEnergy } from './useInvalidateEnergy.ts';

export const useCreateBenchmark = (unitId: string) => {
  const invalidate = useInvalidateEnergy();
  return useMutation({
    mutationFn: (request: BenchmarkRequest) =>
      requestApi<Benchmark>(`/api/organisations/${encodeURIComponent(unitId)}/energy/benchmarks`, { method: 'POST', body: request }),
    onSuccess: invalidate,
  });
};
