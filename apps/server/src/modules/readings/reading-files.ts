import ExcelJS from 'exceljs';
import { AppError, type IngestRow } from '@jiliang/shared';
import { parseCsv } from '@jiliang/protocols';
import type { Rejection } from './ingest-rows.ts';

/**
 * Bodies and files → rows for the pipeline (issue 5 §2). Formats (docs/READINGS.md):
 * - JSON: `{ "rows": [{ "point", "ts", "value", "reason"? }] }` or a bare array of those;
 * - NDJSON: one such object per line (a line that is not JSON is rejected with its line number);
 * - CSV/XLSX, long layout: one reading per row; columns named by the mapping (default point, ts, value, reason);
 * - CSV/XLSX, wide layout: a time column and one column per point, headed by the point code (the usual
 *   export of a metering system); empty cells are gaps, not zeros.
 */
export type ColumnMapping = { layout: 'long' | 'wide'; point: string; ts: string; value: string; reason: string };
export const DEFAULT_MAPPING: ColumnMapping = { layout: 'long', point: 'point', ts: 'ts', value: 'value', reason: 'reason' };
export type ParsedRows = { rows: IngestRow[]; rejected: Rejection[] };

export const rowsFromJson = (body: unknown): IngestRow[] => {
  const rows = Array.isArray(body) ? body : (body as { rows?: unknown })?.rows;
  if (!Array.isArray(rows))
    throw new AppError('VALIDATION_FAILED', '请求体应为读数数组或 {"rows": [...]} (body: an array of readings or {rows})', [
      { field: 'body', rule: 'JSON array or {"rows": [...]}', message: typeof body },
    ]);
  return rows as IngestRow[];
};

export const rowsFromNdjson = (text: string): ParsedRows => {
  const rows: IngestRow[] = [];
  const rejected: Rejection[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      rows.push(JSON.parse(line) as IngestRow);
    } catch {
      rejected.push({ row: i + 1, field: 'line', reason: `第 ${i + 1} 行不是 JSON (not JSON)`, raw: line.slice(0, 500) });
    }
  });
  return { rows, rejected };
};

/** A table (header + rows) → readings, by the mapping. */
export const rowsFromTable = (table: readonly (readonly string[])[], mapping: ColumnMapping): ParsedRows => {
  const [header, ...body] = table;
  if (!header) return { rows: [], rejected: [] };
  const names = header.map((h) => h.trim());
  const col = (name: string) => names.indexOf(name);
  const tsCol = col(mapping.ts);
  if (tsCol < 0)
    throw new AppError('VALIDATION_FAILED', `找不到时间列“${mapping.ts}”，表头为：${names.join('、')} (time column not found)`, [
      { field: 'ts', rule: 'a column of the header row', message: mapping.ts },
    ]);
  const rows: IngestRow[] = [];
  if (mapping.layout === 'wide') {
    for (const line of body)
      names.forEach((name, c) => {
        if (c === tsCol || name === '' || (line[c] ?? '').trim() === '') return;
        rows.push({ point: name, ts: line[tsCol] ?? '', value: line[c]! });
      });
    return { rows, rejected: [] };
  }
  const [pointCol, valueCol, reasonCol] = [col(mapping.point), col(mapping.value), col(mapping.reason)];
  for (const [field, index] of [
    [mapping.point, pointCol],
    [mapping.value, valueCol],
  ] as const)
    if (index < 0)
      throw new AppError('VALIDATION_FAILED', `找不到列“${field}”，表头为：${names.join('、')} (column not found)`, [
        { field, rule: 'a column of the header row', message: field },
      ]);
  for (const line of body)
    rows.push({
      point: line[pointCol] ?? '',
      ts: line[tsCol] ?? '',
      value: line[valueCol] ?? '',
      reason: reasonCol >= 0 ? line[reasonCol] : undefined,
    });
  return { rows, rejected: [] };
};

export const rowsFromCsv = (text: string, mapping: ColumnMapping): ParsedRows => {
  const parsed = parseCsv(text);
  if (parsed.error)
    throw new AppError('VALIDATION_FAILED', `CSV 第 ${parsed.error.line} 行的引号未闭合 (${parsed.error.message})`, [
      { field: 'file', rule: 'RFC 4180', message: parsed.error.message },
    ]);
  return rowsFromTable(parsed.rows, mapping);
};

const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // Excel has no time zones: a date-time cell is the wall-clock time written, i.e. Beijing time.
    const iso = value.toISOString();
    return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  }
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
};

export const rowsFromXlsx = async (content: Buffer, mapping: ColumnMapping): Promise<ParsedRows> => {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (error) {
    throw new AppError('VALIDATION_FAILED', `不是有效的 XLSX 文件 (not a readable workbook: ${(error as Error).message})`, [
      { field: 'file', rule: 'an XLSX workbook', message: 'unreadable' },
    ]);
  }
  const sheet = workbook.worksheets[0];
  const table: string[][] = [];
  sheet?.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    table.push(cells);
  });
  return rowsFromTable(table, mapping);
};
