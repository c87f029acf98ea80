/** A document issued for a case (approval document, task book, …): GET /api/institutions/:id/case/documents. */
export type CaseDocument = { id: string; kind: string; docNumber: string | null; title: string; createdAt: string };
