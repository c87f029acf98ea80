import type { BatchReceipt, IngestRow } from '@jiliang/shared';

/** A row of GET /api/organisations/:id/batches (the ingest_batches table, newest first). */
export type BatchRow = {
  id: string;
  enterpriseId: string;
  source: string;
  filename: string | null;
  actorLabel: string;
  receivedAt: string;
  committedAt: string;
  rowCount: number;
  accepted: number;
  duplicate: number;
  revised: number;
  rejected: number;
};

/** A row of GET /api/organisations/:id/quarantine: the raw row as sent, the field and the reason. */
export type QuarantineRow = {
  id: string;
  batchId: string;
  enterpriseId: string;
  rowNo: number;
  raw: Partial<IngestRow> | null;
  field: string;
  reason: string;
  status: 'open' | 'replayed' | 'dismissed';
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  replayBatchId: string | null;
};

/** The file upload's preview (preview=true): the same checks as the import, nothing written. */
export type FilePreview = {
  rows: number;
  valid: number;
  duplicateInBatch: number;
  rejected: BatchReceipt['rejected'];
  sample: IngestRow[];
};

export type FileLayout = 'long' | 'wide';
export type FileMapping = { layout: FileLayout; point: string; ts: string; value: string };
export const DEFAULT_FILE_MAPPING: FileMapping = { layout: 'long', point: 'point', ts: 'ts', value: 'value' };

/** A quarantined row as sent: point · ts · value, a missing field as —. */
export const formatRawRow = (raw: Partial<IngestRow> | null): string =>
  [raw?.point, raw?.ts, raw?.value].map((part) => (part === undefined || part === '' ? '—' : String(part))).join(' · ');
