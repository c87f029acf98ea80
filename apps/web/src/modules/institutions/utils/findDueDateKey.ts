import type { MessageKey } from '../../i18n/utils/messages.ts';

const DUE_DATE_KEYS: Partial<Record<string, MessageKey>> = {
  preparation_deadline: 'institutions.due.preparation_deadline',
  rectification: 'institutions.due.rectification',
  rectification_notice: 'institutions.due.rectification_notice',
  supervision_rectification: 'institutions.due.supervision_rectification',
  local_finding: 'institutions.due.supervision_rectification',
  re_review: 'institutions.due.re_review',
};

/** The name of a due date a step sets (its effect `set_due_date`). */
export const findDueDateKey = (due: string): MessageKey | undefined => DUE_DATE_KEYS[due];
