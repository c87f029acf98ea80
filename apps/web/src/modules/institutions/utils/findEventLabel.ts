import { LIFECYCLE_EVENT_LABELS, LIFECYCLE_EVENTS } from '@jiliang/calc';
import type { BilingualLabel } from '../../i18n/utils/pickLabel.ts';

/** The Chinese and English name of a lifecycle step; the code itself for one this build does not know. */
export const findEventLabel = (event: string): BilingualLabel => {
  const known = LIFECYCLE_EVENTS.find((candidate) => candidate === event);
  return known ? LIFECYCLE_EVENT_LABELS[known] : { zh: event, en: event };
};
