import { computeCreditCodeCheckChar } from '@jiliang/shared';
import { expect, inject } from 'vitest';
import { DEMO_PASSWORD } from './browser.ts';

/** What the browser suites share to set up their own data through the API. */
export const baseUrl = (): string => inject('e2e').baseUrl;

/** expect.poll with the suites' patience (a 2-core machine under load). */
export const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000, interval: 200 });

export type Api = <T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, body?: unknown) => Promise<T>;

/** A signed-in API session (cookie and CSRF header, as the web client sends them) for setting up data. */
export const signInApi = async (username: string): Promise<Api> => {
  const cookies = new Map<string, string>();
  const send: Api = async <T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, body?: unknown): Promise<T> => {
    const headers: Record<string, string> = { accept: 'application/json', cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const csrf = cookies.get('jl_csrf');
    if (method !== 'GET' && csrf) headers['x-csrf-token'] = decodeURIComponent(csrf);
    const response = await fetch(`${baseUrl()}${path}`, { method, headers, body: body === undefined ? null : JSON.stringify(body) });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  await send('POST', '/api/auth/login', { username, password: DEMO_PASSWORD });
  return send;
};

/** GB 32100-2015: a legal-person enterprise (9 1) in Wuhan Qingshan (420107), nine digits of the run, its check character. */
export const makeCreditCode = (runId: number): string => {
  const first17 = `91420107${String(runId).slice(-9)}`;
  return `${first17}${computeCreditCodeCheckChar(first17) ?? ''}`;
};
