import { buildQueryString } from '../../api/utils/buildQueryString.ts';
import { XLSX_MEDIA_TYPE, postFile } from '../../api/utils/postFile.ts';
import type { FileMapping } from './ReadingViews.ts';

/** CSV as text/csv, anything named .xlsx as the workbook media type (the route's two parsers). */
export const fileMediaType = (name: string): string => (name.toLowerCase().endsWith('.xlsx') ? XLSX_MEDIA_TYPE : 'text/csv');

/**
 * POST /api/organisations/:id/readings/file (issue 5 §2): the file itself is the body, the column mapping
 * and preview=true in the query.
 */
export const postReadingFile = <T>(enterpriseId: string, file: File, mapping: FileMapping, preview: boolean): Promise<T> => {
  const query = buildQueryString({ ...mapping, preview: preview ? 'true' : undefined, filename: file.name });
  return postFile<T>(`/api/organisations/${encodeURIComponent(enterpriseId)}/readings/file${query}`, file, fileMediaType(file.name));
};
