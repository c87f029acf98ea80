import type { IngestRow } from '@jiliang/shared';

/**
 * Row checks of the one ingestion pipeline (issue 5 §3), the same for HTTP, files, MQTT and DL/T 645.
 * Pure: the caller passes the enterprise's points and `now`. A bad row is rejected with its field and
 * reason (it goes to the quarantine); it never stops the good rows.
 *
 * Decided here:
 * - `ts` is ISO 8601 with an offset or Z; a local time without an offset ("2025-03-01 08:15" or
 *   "2025-03-01T08:15:00") is Beijing time (UTC+8), the time of every Chinese meter and report.
 * - A reading more than 10 minutes in the future (clock drift allowance) is refused; before 2000 too.
 * - A value must be a finite number (a numeric string is accepted: CSV); a cumulative register is never negative.
 * - Within one batch, the same (point, ts) twice with the same value is one reading; with different
 *   values the later row is refused ("conflicting values in one batch"): which is right is a person's call.
 */
export type PointRef = { id: string; registerKind: string; rolloverValue: number | null };
/** A checked row: `t` is `ts` in epoch ms (the merge binds numbers). */
export type StagedRow = { row: number; pointId: string; ts: Date; t: number; value: number; reason: string | null };
export type Rejection = { row: number; field: string; reason: string; raw: unknown };

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
const EARLIEST = Date.UTC(2000, 0, 1);
const FUTURE_ALLOWANCE_MS = 10 * 60_000;

export const parseReadingTime = (text: string): Date | string => {
  const t = text.trim();
  // The common case first: ISO 8601 with an offset, as gateways and exports send it.
  if (ISO_WITH_OFFSET.test(t)) {
    const date = new Date(t);
    return Number.isNaN(date.getTime()) ? `“${text}” 不是有效时刻 (not a valid time)` : date;
  }
  const local = LOCAL.exec(t);
  if (local) {
    const [, y, mo, d, h, mi, s, ms] = local;
    const date = new Date(Date.UTC(+y!, +mo! - 1, +d!, +h! - 8, +mi!, s ? +s : 0, ms ? +ms.padEnd(3, '0') : 0));
    if (date.getUTCMinutes() !== +mi! || Number.isNaN(date.getTime())) return `“${text}” 不是有效时刻 (not a valid time)`;
    const check = new Date(date.getTime() + 8 * 3_600_000);
    if (check.getUTCDate() !== +d! || check.getUTCMonth() !== +mo! - 1) return `“${text}” 不是有效日期 (not a real date)`;
    return date;
  }
  return `“${text}” 应为带时区的 ISO 8601 时刻或北京时间“YYYY-MM-DD HH:mm” (ISO 8601 with offset)`;
};

/** The point a row names, by code or id; surrounding blanks are ignored (CSV cells). */
const pointOf = (points: ReadonlyMap<string, PointRef>, named: unknown): PointRef | undefined => {
  if (typeof named === 'string') return points.get(named) ?? points.get(named.trim());
  return points.get(String(named ?? '').trim());
};

/** A row's value as a number: a number as it is, a numeric string (CSV) converted, anything else NaN. */
const valueOf = (raw: IngestRow['value']): number =>
  typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;

/**
 * The reason a row is refused, or the row checked. A plain loop without a closure per row: a batch has up to
 * 500 000 rows, and this runs for each of them (issue 5 §8).
 */
export const checkIngestRows = (
  rows: readonly IngestRow[],
  points: ReadonlyMap<string, PointRef>,
  now: Date,
): { staged: StagedRow[]; rejected: Rejection[]; duplicateInBatch: number } => {
  const staged: StagedRow[] = [];
  const rejected: Rejection[] = [];
  // Per point, the index in `staged` of each instant already seen (nested maps: no string key per row).
  const seen = new Map<string, Map<number, number>>();
  let duplicateInBatch = 0;
  // A gateway sends every point at the same instants: each distinct time text is parsed once per batch.
  const times = new Map<string, Date | string>();
  const latest = now.getTime() + FUTURE_ALLOWANCE_MS;
  for (let index = 0; index < rows.length; index++) {
    const raw = rows[index]!;
    const row = index + 1;
    if (raw === null || typeof raw !== 'object') {
      rejected.push({ row, field: 'row', reason: '每行应为 {point, ts, value} 对象 (a row is an object)', raw });
      continue;
    }
    const point = pointOf(points, raw.point);
    if (!point) {
      rejected.push({ row, field: 'point', reason: `测点“${String(raw.point ?? '')}”不存在于本企业 (unknown point)`, raw });
      continue;
    }
    const text = typeof raw.ts === 'string' ? raw.ts : String(raw.ts ?? '');
    let ts = times.get(text);
    if (ts === undefined) times.set(text, (ts = parseReadingTime(text)));
    if (typeof ts === 'string') {
      rejected.push({ row, field: 'ts', reason: ts, raw });
      continue;
    }
    const t = ts.getTime();
    if (t > latest) {
      rejected.push({ row, field: 'ts', reason: `${ts.toISOString()} 晚于当前时刻 (in the future)`, raw });
      continue;
    }
    if (t < EARLIEST) {
      rejected.push({ row, field: 'ts', reason: `${ts.toISOString()} 早于 2000 年 (before 2000)`, raw });
      continue;
    }
    const value = valueOf(raw.value);
    if (!Number.isFinite(value)) {
      rejected.push({ row, field: 'value', reason: `“${String(raw.value)}”不是有限数值 (not a finite number)`, raw });
      continue;
    }
    if (point.registerKind === 'cumulative') {
      if (value < 0) {
        rejected.push({ row, field: 'value', reason: `累计值不能为负：${value} (a cumulative register is never negative)`, raw });
        continue;
      }
      if (point.rolloverValue !== null && value > point.rolloverValue) {
        rejected.push({
          row,
          field: 'value',
          reason: `累计值 ${value} 超过该表的翻转值 ${point.rolloverValue} (above the register's rollover value)`,
          raw,
        });
        continue;
      }
    }
    let ofPoint = seen.get(point.id);
    if (!ofPoint) seen.set(point.id, (ofPoint = new Map()));
    const earlier = ofPoint.get(t);
    if (earlier !== undefined) {
      if (staged[earlier]!.value === value) duplicateInBatch++;
      else
        rejected.push({
          row,
          field: 'ts',
          reason: `与第 ${staged[earlier]!.row} 行同一时刻但数值不同 (conflicting values in one batch)`,
          raw,
        });
      continue;
    }
    ofPoint.set(t, staged.length);
    staged.push({ row, pointId: point.id, ts, t, value, reason: typeof raw.reason === 'string' ? raw.reason.trim() || null : null });
  }
  return { staged, rejected, duplicateInBatch };
};
