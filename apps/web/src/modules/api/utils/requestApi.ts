import { errorBodySchema } from '@jiliang/shared';
import { ApiError } from './ApiError.ts';
import { buildQueryString, type QueryParams } from './buildQueryString.ts';
import { readCookie } from './readCookie.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
export type RequestOptions = { method?: HttpMethod; body?: unknown; query?: QueryParams; signal?: AbortSignal };

const CSRF_COOKIE = 'jl_csrf';
const CSRF_HEADER = 'x-csrf-token';

const readErrorBody = async (response: Response): Promise<ApiError> => {
  const fallback = { code: `HTTP_${String(response.status)}`, message: `${String(response.status)} ${response.statusText}`.trim() };
  try {
    const parsed = errorBodySchema.safeParse(await response.json());
    return new ApiError(response.status, parsed.success ? parsed.data : fallback);
  } catch {
    return new ApiError(response.status, fallback);
  }
};

/**
 * The one way the web talks to the server: same-origin cookies, JSON both ways, the CSRF cookie
 * echoed in a header on every state-changing request, and error bodies turned into ApiError.
 */
export const requestApi = async <T>(path: string, options: RequestOptions = {}): Promise<T> => {
  const method = options.method ?? 'GET';
  const headers = new Headers({ accept: 'application/json' });
  if (options.body !== undefined) headers.set('content-type', 'application/json');
  if (method !== 'GET') {
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers.set(CSRF_HEADER, csrf);
  }

  let response: Response;
  try {
    response = await fetch(`${path}${buildQueryString(options.query ?? {})}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, { code: 'NETWORK_ERROR', message: '无法连接服务器 (cannot reach the server)' });
  }

  if (!response.ok) throw await readErrorBody(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
};
