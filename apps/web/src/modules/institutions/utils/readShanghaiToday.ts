import { toShanghaiDate, type CalendarDate } from '@jiliang/calc';

/** Today in Asia/Shanghai, where every deadline of the Measures falls, whatever the browser's zone. */
export const readShanghaiToday = (): CalendarDate => toShanghaiDate(new Date());
