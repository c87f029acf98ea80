/** What the timeline shows of a recorded step: the server stores the step's facts, note and effects as its payload. */
export type EventPayload = {
  note: string | undefined;
  score: number | undefined;
  extendedTo: string | undefined;
  supervisionPassed: boolean | undefined;
  annualReportYear: number | undefined;
  dueDates: { due: string; dueOn: string; article: string | undefined }[];
  documents: { document: string; article: string | undefined }[];
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const readString = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

export const readEventPayload = (payload: Record<string, unknown>): EventPayload => {
  const facts = isRecord(payload.facts) ? payload.facts : {};
  const effects = Array.isArray(payload.effects) ? payload.effects.filter(isRecord) : [];
  const annualReport = isRecord(payload.annualReport) ? payload.annualReport : undefined;
  return {
    note: readString(payload.note),
    score: typeof facts.score === 'number' ? facts.score : undefined,
    extendedTo: readString(facts.extendedTo),
    supervisionPassed: typeof facts.supervisionPassed === 'boolean' ? facts.supervisionPassed : undefined,
    annualReportYear: typeof annualReport?.year === 'number' ? annualReport.year : undefined,
    dueDates: effects.flatMap((effect) => {
      const due = readString(effect.due);
      const dueOn = readString(effect.dueOn);
      return effect.kind === 'set_due_date' && due && dueOn ? [{ due, dueOn, article: readString(effect.article) }] : [];
    }),
    documents: effects.flatMap((effect) => {
      const document = readString(effect.document);
      return effect.kind === 'issue_document' && document ? [{ document, article: readString(effect.article) }] : [];
    }),
  };
};
