import { decodeAddress } from './address.ts';
import { decodeBcdValue } from './bcd.ts';
import { describeControl, describeErrorByte } from './control.ts';
import { findDataIdentifier } from './data-identifiers.ts';
import { Dlt645Error, formatByte } from './errors.ts';

/** One decoded DL/T 645-2007 frame. `data` is the whole data field (DI included) with 0x33 already subtracted. */
export type Dlt645Frame = {
  /** 12 characters, most significant first, e.g. '398192000337'; wildcard bytes read 'AA'. */
  address: string;
  control: number;
  /** '0x91' */
  controlHex: string;
  direction: 'request' | 'response';
  errorReply: boolean;
  followUp: boolean;
  /** 'read_data', 'read_address', … or 'unknown' (see DLT645_FUNCTIONS). */
  function: string;
  dataLength: number;
  data: Uint8Array;
  /** DI3..DI0 in upper-case hex, e.g. '00010000', for frames that carry a data identifier. */
  dataId?: string;
  value?: number;
  /** The elements of a data block DI (e.g. 0001FF00: total, tariff 1, tariff 2, …). */
  values?: number[];
  unit?: string;
  quantity?: string;
  /** The ERR byte of an error reply, and the names of its bits. */
  errorCode?: number;
  errors?: string[];
};

// DL/T 645-2007 frame layout: [FE…] 68 A0..A5 68 C L DATA(L) CS 16.
const WAKE_UP = 0xfe;
const START = 0x68;
const END = 0x16;
const DATA_OFFSET = 0x33;
/** 68, six address bytes, 68, C, L, CS, 16: a frame with L = 0. */
const FRAME_OVERHEAD = 12;

/**
 * Bytes → frame. Skips FE wake-up bytes, then checks (DL/T 645-2007 frame layout) the two start bytes
 * 0x68, the length L against the buffer, the checksum CS (sum from the first 0x68 to the byte before
 * CS, mod 256) and the end byte 0x16, then reads the address and the data field.
 * Throws only `Dlt645Error`; every offset in a message counts from the start of `bytes`.
 */
export const decodeDlt645 = (bytes: Uint8Array): Dlt645Frame => {
  let start = 0;
  while (start < bytes.length && bytes[start] === WAKE_UP) start++;
  const at = (i: number): number => bytes[start + i] ?? 0;
  const size = bytes.length - start;
  const preamble = start > 0 ? ` after ${start} wake-up byte(s) 0xFE` : '';
  if (size < FRAME_OVERHEAD)
    throw new Dlt645Error(
      'DLT645_LENGTH',
      `DL/T 645-2007 frame: expected at least ${FRAME_OVERHEAD} bytes from byte ${start} (68, 6 address bytes, 68, C, L, CS, 16), found ${size}${preamble}`,
      { offset: bytes.length },
    );
  if (at(0) !== START)
    throw new Dlt645Error(
      'DLT645_START',
      `DL/T 645-2007 frame: expected the start byte 0x68 at byte ${start}, found ${formatByte(at(0))}`,
      {
        offset: start,
      },
    );
  if (at(7) !== START)
    throw new Dlt645Error(
      'DLT645_START',
      `DL/T 645-2007 frame: expected the second start byte 0x68 at byte ${start + 7} (after the 6 address bytes), found ${formatByte(at(7))}`,
      { offset: start + 7 },
    );
  const length = at(9);
  if (size !== FRAME_OVERHEAD + length)
    throw new Dlt645Error(
      'DLT645_LENGTH',
      `DL/T 645-2007 frame: L = ${formatByte(length)} at byte ${start + 9} means ${length} data bytes, so ${FRAME_OVERHEAD + length} bytes from byte ${start}; found ${size}`,
      { offset: start + 9 },
    );
  const csAt = start + 10 + length;
  let sum = 0;
  for (let i = start; i < csAt; i++) sum += bytes[i] ?? 0;
  const computed = sum % 256;
  if (bytes[csAt] !== computed)
    throw new Dlt645Error(
      'DLT645_CHECKSUM',
      `DL/T 645-2007 frame: checksum ${formatByte(bytes[csAt] ?? 0)} at byte ${csAt} does not match the computed ${formatByte(computed)} (sum of bytes ${start}..${csAt - 1} mod 256)`,
      { offset: csAt },
    );
  if (bytes[csAt + 1] !== END)
    throw new Dlt645Error(
      'DLT645_END',
      `DL/T 645-2007 frame: expected the end byte 0x16 at byte ${csAt + 1}, found ${formatByte(bytes[csAt + 1] ?? 0)}`,
      {
        offset: csAt + 1,
      },
    );

  const control = at(8);
  const frame: Dlt645Frame = {
    address: decodeAddress(bytes.subarray(start + 1, start + 7), start + 1),
    control,
    controlHex: formatByte(control),
    ...describeControl(control),
    dataLength: length,
    data: bytes.slice(start + 10, csAt).map((b) => (b - DATA_OFFSET) & 0xff),
  };
  readDataField(frame, start + 10, start + 9);
  return frame;
};

/** Function codes whose data field starts with a DI (DL/T 645-2007 read data, read follow-up, write data request). */
const carriesDataId = (frame: Dlt645Frame): boolean =>
  frame.function === 'read_data' ||
  frame.function === 'read_follow_up' ||
  (frame.function === 'write_data' && frame.direction === 'request');

/** Interpret the data field: the ERR byte of an error reply, or the DI and (in a read_data reply) its value. */
const readDataField = (frame: Dlt645Frame, dataAt: number, lengthAt: number): void => {
  const { data } = frame;
  if (frame.errorReply) {
    // DL/T 645-2007 abnormal reply: the data field is one ERR byte.
    if (data.length !== 1)
      throw new Dlt645Error(
        'DLT645_DATA',
        `DL/T 645-2007 error reply ${frame.controlHex}: expected L = 1 (one ERR byte), found L = ${data.length} at byte ${lengthAt}`,
        { offset: lengthAt },
      );
    frame.errorCode = data[0] ?? 0;
    frame.errors = describeErrorByte(frame.errorCode);
    return;
  }
  if (!carriesDataId(frame)) return;
  if (data.length < 4)
    throw new Dlt645Error(
      'DLT645_DATA',
      `DL/T 645-2007 ${frame.function} ${frame.direction} ${frame.controlHex}: expected a 4-byte data identifier (DI0 first), found L = ${data.length} at byte ${lengthAt}`,
      { offset: lengthAt },
    );
  // DL/T 645-2007: DI0 is sent first; the identifier is written DI3..DI0.
  const dataId = [data[3], data[2], data[1], data[0]].map((b) => (b ?? 0).toString(16).toUpperCase().padStart(2, '0')).join('');
  frame.dataId = dataId;
  const entry = findDataIdentifier(dataId);
  if (!entry) return;
  frame.quantity = entry.quantity;
  frame.unit = entry.unit;
  if (frame.function !== 'read_data' || frame.direction !== 'response') return;

  const valueBytes = data.subarray(4);
  const valueAt = dataAt + 4;
  if (entry.block) {
    if (valueBytes.length === 0 || valueBytes.length % entry.bytes !== 0)
      throw new Dlt645Error(
        'DLT645_DATA',
        `DL/T 645-2007 DI ${dataId} (${entry.quantity}): expected a data block of n × ${entry.bytes} value bytes after the DI, found ${valueBytes.length} (L = ${data.length} at byte ${lengthAt})`,
        { offset: valueAt },
      );
    const values: number[] = [];
    for (let i = 0; i < valueBytes.length; i += entry.bytes)
      values.push(decodeBcdValue(valueBytes.subarray(i, i + entry.bytes), entry, valueAt + i));
    frame.values = values;
    return;
  }
  if (valueBytes.length !== entry.bytes)
    throw new Dlt645Error(
      'DLT645_DATA',
      `DL/T 645-2007 DI ${dataId} (${entry.quantity}): expected ${entry.bytes} value bytes after the DI, found ${valueBytes.length} (L = ${data.length} at byte ${lengthAt})`,
      { offset: valueAt },
    );
  frame.value = decodeBcdValue(valueBytes, entry, valueAt);
};
