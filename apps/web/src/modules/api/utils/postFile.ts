import { errorBodySchema } from '@jiliang/shared';
import { ApiError } from './ApiError.ts';
import { readCookie } from './readCookie.ts';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * POST a file as the body itself (requestApi sends JSON only), with the CSRF cookie echoed as requestApi
 * does; an error body becomes an ApiError as there.
 */
export const postFile = async <T>(url: string, file: Blob, mediaType: string): Promise<T> => {
  const headers = new Headers({ accept: 'application/json', 'content-type': mediaType });
  const csrf = readCookie('jl_csrf');
  if (csrf) headers.set('x-csrf-token', csrf);
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers, credentials: 'same-origin', body: file });
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
