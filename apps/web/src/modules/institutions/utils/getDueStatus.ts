import { countDaysBetween, isCalendarDate, type CalendarDate } from '@jiliang/calc';

/** Reminders start this many days before a due date. */
export const DUE_SOON_DAYS = 30;

export type DueStatus = { kind: 'overdue' | 'due_soon' | 'later'; days: number };

/**
 * How a due date stands today (Asia/Shanghai): overdue once the day has passed, due soon within
 * DUE_SOON_DAYS, else later. `days` counts from today to the due date (negative when overdue).
 */
export const getDueStatus = (dueOn: string | null, today: CalendarDate): DueStatus | undefined => {
  if (!dueOn || !isCalendarDate(dueOn)) return undefined;
  const days = countDaysBetween(today, dueOn);
  if (days < 0) return { kind: 'overdue', days };
  return { kind: days <= DUE_SOON_DAYS ? 'due_soon' : 'later', days };
};
