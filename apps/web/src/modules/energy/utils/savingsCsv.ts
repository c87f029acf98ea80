import type { Savings } from '@jiliang/shared';
import { toCsv } from './toCsv.ts';

/** Every month of every verification, with its result, for Excel. */
export const savingsCsv = (items: readonly Savings[]): string =>
  toCsv(
    ['项目 title', '期 period', '月份 month', '产量 production', '能耗 energy', '单位 unit', '节能量 savings', '扩展不确定度 U', 'k'],
    items.flatMap((s) =>
      [...s.baseline.map((p) => ['baseline', p] as const), ...s.reporting.map((p) => ['reporting', p] as const)].map(([kind, p]) => [
        s.title,
        kind,
        p.period,
        p.production,
        p.energy,
        s.energyUnit,
        s.savings,
        s.uncertainty.expanded,
        s.uncertainty.k,
      ]),
    ),
  );
