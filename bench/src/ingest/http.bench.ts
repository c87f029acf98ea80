import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Services } from '@jiliang/server';
import { rawCopyRate } from './baseline.ts';
import { chunk, readingRows, timed, type BenchEnterprise, type BenchServer, type ReadingRow } from './fixture.ts';

/**
 * HTTP bulk upload end to end (issue 5 §8): real HTTP with `fetch` against the running server,
 * POST /api/organisations/:id/readings with a bearer API token, each batch acknowledged by its receipt after
 * commit. JSON `{rows}` or CSV (point,ts,value). Each uploader is a process of its own (http-uploader.ts, since
 * 2026-11-28; before, the requests were sent from the server's own event loop), and its bodies are serialised before
 * the clock starts: the figure is the server's, not the client's.
 * `uploaders`: how many gateways upload at once, each its own share of the points (point k goes to gateway k mod n),
 * one batch after the other — as a site's gateways do. With one, the server works on one batch at a time; with two,
 * it checks one batch while the store writes the other.
 * Baseline: a raw COPY of the same rows into the same store, measured in the same run.
 */
export type UploadFormat = 'json' | 'csv';
export type UploadFigures = {
  format: UploadFormat;
  rows: number;
  batchSize: number;
  uploaders: number;
  pipelineRowsPerS: number;
  copyRowsPerS: number;
  /** COPY of the same rows into a table with the primary key (point_id, ts): informative, not the goal's baseline. */
  keyedCopyRowsPerS: number;
  /** Mean seconds per HTTP request (one batch; with several uploaders, a request's time while others run), to compare with the in-process profile. */
  meanBatchSeconds: number;
};

type BatchReceipt = Awaited<ReturnType<Services['ingest']['ingest']>>;

const CONTENT_TYPE: Record<UploadFormat, string> = { json: 'application/json', csv: 'text/csv' };

const bodyOf = (format: UploadFormat, rows: readonly ReadingRow[]): string =>
  format === 'json' ? JSON.stringify({ rows }) : `point,ts,value\n${rows.map((r) => `${r.point},${r.ts},${r.value}`).join('\n')}\n`;

export const postReadings = async (server: BenchServer, enterprise: BenchEnterprise, format: UploadFormat, body: string) => {
  const response = await fetch(`${server.url}/api/organisations/${enterprise.id}/readings`, {
    method: 'POST',
    headers: { authorization: `Bearer ${enterprise.token}`, 'content-type': CONTENT_TYPE[format] },
    body,
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`POST readings (${format}) answered ${response.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as BatchReceipt;
};

export const readingCount = async (server: BenchServer, enterpriseId: string): Promise<number> => {
  const result = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM readings r JOIN points p ON p.id = r.point_id WHERE p.enterprise_id = ${enterpriseId}`.execute(
    server.store.db,
  );
  return result.rows[0]?.n ?? 0;
};

/**
 * The gateways, each in its own process (http-uploader.ts) with its queue of bodies; the clock runs from the moment all
 * are told to go until the last one has its last receipt.
 */
const runUploaders = async (
  server: BenchServer,
  enterprise: BenchEnterprise,
  format: UploadFormat,
  queues: readonly { rows: number; body: string }[][],
): Promise<number> => {
  const dir = mkdtempSync(join(tmpdir(), 'jiliang-http-bench-'));
  const url = `${server.url}/api/organisations/${enterprise.id}/readings`;
  const children = queues.map((queue, i) => {
    const file = join(dir, `bodies-${i}.json`);
    writeFileSync(file, JSON.stringify(queue));
    return fork(new URL('./http-uploader.ts', import.meta.url).pathname, [url, enterprise.token, CONTENT_TYPE[format], file], {
      execArgv: ['--import', 'tsx'],
    });
  });
  const said = (child: ChildProcess, key: 'ready' | 'done') =>
    new Promise<number>((resolve, reject) => {
      child.on('message', (message: Record<string, unknown>) => {
        if ('error' in message) reject(new Error(`HTTP uploader: ${String(message.error)}`));
        else if (key in message) resolve(Number(message[key]));
      });
      child.once('exit', (code) => reject(new Error(`HTTP uploader exited (${code}) before '${key}'`)));
    });
  try {
    await Promise.all(children.map((child) => said(child, 'ready')));
    const done = children.map((child) => said(child, 'done'));
    const { seconds } = await timed(async () => {
      for (const child of children) child.send({ go: true });
      await Promise.all(done);
    });
    return seconds;
  } finally {
    for (const child of children) child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
};

export const benchUpload = async (
  server: BenchServer,
  enterprise: BenchEnterprise,
  format: UploadFormat,
  rows: readonly ReadingRow[],
  batchSize: number,
  uploaders = 1,
): Promise<UploadFigures> => {
  // Warm-up, not timed: one small batch a month before the measured rows (first request, first partition).
  const warmRows = readingRows(enterprise.codes, Date.parse(rows[0]!.ts) - 31 * 86_400_000, 4);
  await postReadings(server, enterprise, format, bodyOf(format, warmRows));
  const copyRowsPerS = await rawCopyRate(server.store, rows, enterprise.pointIds);
  const keyedCopyRowsPerS = await rawCopyRate(server.store, rows, enterprise.pointIds, 3, true);
  const gatewayOf = new Map(enterprise.codes.map((code, i) => [code, i % uploaders]));
  const shares = Array.from({ length: uploaders }, (_, k) => rows.filter((r) => gatewayOf.get(r.point) === k));
  const queues = shares.map((share) => chunk(share, batchSize).map((c) => ({ rows: c.length, body: bodyOf(format, c) })));
  const seconds = await runUploaders(server, enterprise, format, queues);
  const requests = queues.reduce((sum, q) => sum + q.length, 0);
  const stored = await readingCount(server, enterprise.id);
  if (stored !== rows.length + warmRows.length) throw new Error(`stored ${stored} readings, expected ${rows.length + warmRows.length}`);
  return {
    format,
    rows: rows.length,
    batchSize,
    uploaders,
    pipelineRowsPerS: rows.length / seconds,
    copyRowsPerS,
    keyedCopyRowsPerS,
    meanBatchSeconds: (seconds * uploaders) / requests,
  };
};
