import { getDaysInMonth } from '@jiliang/calc';

/**
 * An accounting period from its first and last calendar month ('YYYY-MM'): the first day of the one to the last
 * day of the other, as the server requires (activity comes from monthly rollups; accounting-record.ts).
 */
export const toPeriodBounds = (firstMonth: string, lastMonth: string): { periodStart: string; periodEnd: string } => {
  const [year = 0, month = 0] = lastMonth.split('-').map(Number);
  return { periodStart: `${firstMonth}-01`, periodEnd: `${lastMonth}-${String(getDaysInMonth(year, month)).padStart(2, '0')}` };
};
