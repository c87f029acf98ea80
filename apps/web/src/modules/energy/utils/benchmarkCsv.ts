import type { Benchmark } from '@jiliang/shared';
import { toCsv } from './toCsv.ts';

/** The benchmarks as the table shows them, for Excel. */
export const benchmarkCsv = (benchmarks: readonly Benchmark[]): string =>
  toCsv(
    [
      '标准 standard',
      '指标 indicator',
      '统计期 period',
      '单位产品能耗 unit consumption',
      '单位 unit',
      '限定值 existing',
      '准入值 new',
      '先进值 advanced',
      '结论 verdict',
      '距先进值 gap',
      '依据 clause',
    ],
    benchmarks.map((b) => [
      b.standard,
      b.label,
      `${b.period.from}–${b.period.to}`,
      b.unitConsumption.toFixed(2),
      b.unit,
      b.tiers.existing,
      b.tiers.new,
      b.tiers.advanced,
      b.verdict,
      b.gapToAdvanced === null ? null : b.gapToAdvanced.toFixed(2),
      `${b.clause} [${b.confirmation}]`,
    ]),
  );
