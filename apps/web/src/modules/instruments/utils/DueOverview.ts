/** GET /api/instruments/due (InstrumentDueOverview in docs/openapi.json). */
export type DueOverview = {
  today: string;
  windowEnd: string;
  owners: {
    ownerId: string;
    ownerName: string;
    ownerKind: string;
    total: number;
    overdue: number;
    dueSoon: number;
    neverCertified: number;
  }[];
  calendar: { date: string; count: number }[];
};
