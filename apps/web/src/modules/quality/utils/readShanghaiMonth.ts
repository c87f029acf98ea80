import { toShanghaiDate } from '@jiliang/calc';

/** The current month in Asia/Shanghai ('YYYY-MM'), where the quality days fall, whatever the browser's zone. */
export const readShanghaiMonth = (now: Date = new Date()): string => toShanghaiDate(now).slice(0, 7);
