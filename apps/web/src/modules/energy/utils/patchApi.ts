import { errorBodySchema } from '@jiliang/shared';
import { ApiError } from '../../api/utils/ApiError.ts';
import { readCookie } from '../../api/utils/readCookie.ts';

/**
 * PATCH with JSON, the CSRF cookie echoed as requestApi does (requestApi speaks GET, POST, PUT and DELETE);
 * an error body becomes an ApiError as there.
 */
export const patchApi = async <T>(path: string, body: unknown): Promise<T> => {
  const headers = new Headers({ accept: 'application/json', 'content-type': 'application/json' });
  const csrf = readCookie('jl_csrf');
  if (csrf) headers.set('x-csrf-token', csrf);
  let response: Response;
  try {
    response = await fetch(path, { method: 'PATCH', headers, credentials: 'same-origin', body: JSON.stringify(body) });
  } catch {
    throw new ApiError(0, { code: 'NETWORK_ERROR', message: '无法连接服务器 (cannot reach the server)' });
  }
  const text = await response.text();
  if (!response.ok) {
    const fallback = { code: `HTTP_${String(response.status)}`, message: `${String(response.status)} ${response.statusText}`.trim() };
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    const error = errorBodySchema.safeParse(parsed);
    throw new ApiError(response.status, error.success ? error.data : fallback);
  }
  return JSON.parse(text) as T;
};
