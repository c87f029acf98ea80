import type { InstitutionCase } from '@jiliang/shared';
import { readEventPayload } from './readEventPayload.ts';

/** The date the latest extension request asked for, so the Province's grant form starts from it (CM-13 / BM-14). */
export const findRequestedExtension = (caseView: InstitutionCase): string | undefined =>
  caseView.timeline
    .filter((event) => event.event === 'request_extension')
    .map((event) => readEventPayload(event.payload).extendedTo)
    .findLast((date) => date !== undefined);
