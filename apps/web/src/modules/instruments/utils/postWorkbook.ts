import type { RegisterImportReport } from '@jiliang/shared';
import { XLSX_MEDIA_TYPE, postFile } from '../../api/utils/postFile.ts';

/** POST /api/organisations/:id/instruments/import: the workbook itself is the body. */
export const postWorkbook = (ownerId: string, mode: 'create' | 'update', file: Blob): Promise<RegisterImportReport> =>
  postFile<RegisterImportReport>(
    `/api/organisations/${encodeURIComponent(ownerId)}/instruments/import?mode=${mode}`,
    file,
    XLSX_MEDIA_TYPE,
  );
