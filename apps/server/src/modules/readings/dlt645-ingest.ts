import type { BatchReceipt, IngestRow, Point } from '@jiliang/shared';
import { convertParsedUnit, tryParseUnit } from '@jiliang/calc';
import { decodeDlt645, isDlt645Error, parseHex, type Dlt645Frame } from '@jiliang/protocols';
import type { AuditActor } from '../audit/audit.service.ts';
import type { IngestService } from './ingest.service.ts';
import type { Rejection } from './ingest-rows.ts';
import type { PointService } from './point.service.ts';

/**
 * The DL/T 645-2007 gateway path (issue 5 §2): a gateway sends the raw frames it read from its meters,
 * each with the time it received it. Each frame is decoded (packages/protocols: start bytes, length,
 * checksum, end byte), mapped by (meter address, data identifier) to a point of the enterprise, and
 * becomes the row { point, ts: receivedAt, value } of the one pipeline, with source 'dlt645'.
 *
 * A frame that does not become a row is a rejected row of the batch (receipt and quarantine), with the
 * codec's message and the raw hex: undecodable frames, request frames (the master's 0x11, no reading),
 * error replies (0xD1 with an ERR byte), replies without one value, and frames no point is mapped to.
 *
 * Decided here:
 * - A point with an address and no data identifier stands for DI 00010000 (forward active total energy),
 *   the register a gateway reads by default. Two points on the same (address, DI) are ambiguous: refused.
 * - The value is converted to the point's unit when both units are known and of one kind (kWh → MWh);
 *   a DI whose unit does not fit the point (V into kWh) is refused, never stored as is.
 * - Rejected frames are numbered by their position in the request (frame 1, 2, …); the raw of every row,
 *   accepted or not, carries `frame` and `hex`, so a quarantined row leads back to its frame.
 */
export type Dlt645FrameInput = { hex: string; receivedAt: string };
export type Dlt645PointRef = Pick<Point, 'code' | 'unit' | 'dlt645Address' | 'dlt645DataId'>;
export type Dlt645PointIndex = ReadonlyMap<string, readonly Dlt645PointRef[]>;

/** DL/T 645-2007 Appendix A: forward active total energy, the DI of a point mapped by address alone. */
export const DEFAULT_DLT645_DATA_ID = '00010000';

const keyOf = (address: string, dataId: string) => `${address}|${dataId.toUpperCase()}`;

export const indexDlt645Points = (points: readonly Dlt645PointRef[]): Dlt645PointIndex => {
  const index = new Map<string, Dlt645PointRef[]>();
  for (const point of points) {
    if (!point.dlt645Address) continue;
    const key = keyOf(point.dlt645Address, point.dlt645DataId ?? DEFAULT_DLT645_DATA_ID);
    index.set(key, [...(index.get(key) ?? []), point]);
  }
  return index;
};

/** Why a decoded frame carries no reading, or undefined when it does. */
const refusalOf = (frame: Dlt645Frame): { field: string; reason: string } | undefined => {
  if (frame.direction === 'request')
    return {
      field: 'control',
      reason: `DL/T 645-2007 ${frame.controlHex} 是主站请求帧，不含读数 (a ${frame.function} request carries no reading: send the meter's reply, e.g. 0x91)`,
    };
  if (frame.errorReply)
    return {
      field: 'control',
      reason: `DL/T 645-2007 电表 ${frame.address} 异常应答 ${frame.controlHex}，ERR 0x${(frame.errorCode ?? 0).toString(16).toUpperCase().padStart(2, '0')} (error reply: ${(frame.errors ?? []).join(', ') || 'no bit set'})`,
    };
  if (frame.value === undefined)
    return {
      field: 'dataId',
      reason: `DL/T 645-2007 ${frame.controlHex} ${frame.function} 应答不含单个读数 (no single value: DI ${frame.dataId ?? 'none'}${frame.values ? `, a data block of ${frame.values.length} values; map its total DI` : ', not a DI the codec decodes'})`,
    };
  return undefined;
};

/** The frame's value in the point's unit, or why it cannot be. */
const valueInPointUnit = (frame: Dlt645Frame, point: Dlt645PointRef, value: number): number | string => {
  if (!frame.unit || frame.unit === point.unit) return value;
  const from = tryParseUnit(frame.unit);
  const to = tryParseUnit(point.unit);
  if (from.ok && to.ok && from.unit.dimension === to.unit.dimension) return convertParsedUnit(value, from.unit, to.unit);
  return `DL/T 645-2007 DI ${frame.dataId} 的单位 ${frame.unit} 与测点 ${point.code} 的单位 ${point.unit} 不符 (unit mismatch)`;
};

/** Frames → pipeline rows and rejected frames. Pure: the caller passes the enterprise's points, indexed. */
export const framesToRows = (
  frames: readonly Dlt645FrameInput[],
  points: Dlt645PointIndex,
): { rows: (IngestRow & { frame: number; hex: string })[]; rejected: Rejection[] } => {
  const rows: (IngestRow & { frame: number; hex: string })[] = [];
  const rejected: Rejection[] = [];
  frames.forEach(({ hex, receivedAt }, i) => {
    const n = i + 1;
    const raw: Record<string, unknown> = { frame: n, hex, receivedAt, ts: receivedAt };
    const reject = (field: string, reason: string) => rejected.push({ row: n, field, reason: `第 ${n} 帧 (frame ${n}): ${reason}`, raw });
    let frame: Dlt645Frame;
    try {
      frame = decodeDlt645(parseHex(hex));
    } catch (error) {
      if (!isDlt645Error(error)) throw error;
      return reject('hex', error.message);
    }
    const refusal = refusalOf(frame);
    if (refusal) return reject(refusal.field, refusal.reason);
    const dataId = frame.dataId ?? '';
    Object.assign(raw, { address: frame.address, dataId, value: frame.value });
    const candidates = points.get(keyOf(frame.address, dataId)) ?? [];
    if (candidates.length !== 1)
      return reject(
        'address',
        candidates.length === 0
          ? `电表地址 ${frame.address}、数据标识 ${dataId} 未对应本企业任何测点 (no point has DL/T 645-2007 address ${frame.address} and DI ${dataId})`
          : `电表地址 ${frame.address}、数据标识 ${dataId} 对应多个测点 ${candidates.map((p) => p.code).join('、')} (ambiguous mapping)`,
      );
    const point = candidates[0]!;
    const value = valueInPointUnit(frame, point, frame.value!);
    if (typeof value === 'string') return reject('unit', value);
    rows.push({ point: point.code, ts: receivedAt, value, frame: n, hex });
  });
  return { rows, rejected };
};

export type Dlt645Ingest = ReturnType<typeof createDlt645Ingest>;

export const createDlt645Ingest = ({ ingest, points }: { ingest: IngestService; points: Pick<PointService, 'listPoints'> }) => {
  const cache = new Map<string, { at: number; index: Dlt645PointIndex }>();

  /** The enterprise's mapped points; `maxAgeMs` > 0 accepts a cached index that young (MQTT: many small messages). */
  const pointIndexOf = async (enterpriseId: string, maxAgeMs = 0) => {
    const cached = cache.get(enterpriseId);
    if (cached && Date.now() - cached.at < maxAgeMs) return cached.index;
    const index = indexDlt645Points(await points.listPoints(enterpriseId));
    cache.set(enterpriseId, { at: Date.now(), index });
    return index;
  };

  const rowsOfFrames = async (enterpriseId: string, frames: readonly Dlt645FrameInput[], maxAgeMs = 0) =>
    framesToRows(frames, await pointIndexOf(enterpriseId, maxAgeMs));

  /** Frames of one request → one batch; the receipt after commit. */
  const ingestFrames = async (actor: AuditActor, enterpriseId: string, frames: readonly Dlt645FrameInput[]): Promise<BatchReceipt> => {
    const { rows, rejected } = await rowsOfFrames(enterpriseId, frames);
    return ingest.ingest(actor, enterpriseId, rows, { source: 'dlt645', extraRejections: rejected });
  };

  return { ingestFrames, rowsOfFrames };
};
