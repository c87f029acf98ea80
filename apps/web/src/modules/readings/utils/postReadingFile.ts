import { errorBodySchema } from '@jiliang/shared';
import { ApiError } from '../../api/utils/ApiError.ts';
import { buildQueryString } from '../../api/utils/buildQueryString.ts';
import { readCookie } from '../../api/utils/readCookie.ts';
import type { FileMapping } from './ReadingViews.ts';

const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** CSV as text/csv, anything named .xlsx as the workbook media type (the route's two parsers). */
export const fileMediaType = (name: string): string => (name.toLowerCase().endsWith('.xlsx') ? XLSX_MEDIA_TYPE : 'text/csv');

/**
 * POST /api/organisations/:id/readings/file (issue 5 §2): the file itself is the body, the column mapping
 * and preview=true in the query; the CSRF cookie echoed as requestApi does, an error body an ApiError.
 */
export const postReadingFile = async <T>(enterpriseId: string, file: File, mapping: FileMapping, preview: boolean): Promise<T> => {
  const headers = new Headers({ accept: 'application/json', 'content-type': fileMediaType(file.name) });
  const csrf = readCookie('jl_csrf');
  if (csrf) headers.set('x-csrf-token', csrf);
  const query = buildQueryString({ ...mapping, preview: preview ? 'true' : undefined, filename: file.name });
  let response: Response;
  try {
    response = await fetch(`/api/organisations/${encodeURIComponent(enterpriseId)}/readings/file${query}`, {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: file,
    });
  } catch {
    throw new ApiError(0, { code: 'NETWORK_ERROR', message: '无法连接服务器 (cannot reach the server)' });
  }
  const text = await response.text();
  if (!response.ok) {
    const fallback = { code: `HTTP_${String(response.status)}`, message: `${String(response.status)} ${response.statusText}`.trim() };
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    const parsed = errorBodySchema.safeParse(body);
    throw new ApiError(response.status, parsed.success ? parsed.data : fallback);
  }
  return JSON.parse(text) as T;
};
