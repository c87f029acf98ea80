export type DueDayClass = 'overdue' | 'due_soon' | 'later';

/**
 * A due date (the certificate's last valid day) against today and the end of the 30-day window
 * (issue 4 §7): before today it is overdue; from today to the window's end, due soon; after, later.
 */
export const classifyDueDay = (date: string, today: string, windowEnd: string): DueDayClass =>
  date < today ? 'overdue' : date <= windowEnd ? 'due_soon' : 'later';
