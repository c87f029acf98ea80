import { checkDailyMonthlyConsistency } from '@jiliang/calc';
import type { MonthlyFigure } from '@jiliang/shared';

/**
 * A monthly figure against the sum of its month's days, for display: the deviation and whether it is within 5 %
 * (rule 9 itself, daily-monthly-consistency.ts, so the boundary is the server's); null without days or with a
 * negative sum (the negative rule's case).
 */
export const readFigureDeviation = (
  figure: Pick<MonthlyFigure, 'value' | 'dailySum'>,
): { deviation: number | null; passes: boolean } | null => {
  if (figure.dailySum === null || figure.dailySum < 0) return null;
  const result = checkDailyMonthlyConsistency({ dailyTotals: [figure.dailySum], monthlyTotal: figure.value, period: { from: 0, to: 1 } });
  return { deviation: result.deviation, passes: result.passes };
};
