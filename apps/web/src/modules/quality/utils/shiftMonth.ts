import { addMonths } from '@jiliang/calc';

/** 'YYYY-MM' moved by n months (n may be negative), on the Shanghai calendar helpers: shiftMonth('2025-01', -1) = '2024-12'. */
export const shiftMonth = (month: string, n: number): string => addMonths(`${month}-01`, n).slice(0, 7);
