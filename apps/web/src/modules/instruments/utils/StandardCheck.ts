/** One JJF 1033-2023 check as GET /api/standards/:id/checks sends it (standardCheckSchema). */
export type StandardCheck = {
  id: string;
  standardId: string;
  kind: 'repeatability' | 'stability';
  performedOn: string;
  input: unknown;
  result: unknown;
  verdict: string;
  rule: string;
  actorLabel: string;
  createdAt: string;
};
