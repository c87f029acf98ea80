import { encodeAddress } from './address.ts';
import { encodeBcdValue } from './bcd.ts';
import { findDataIdentifier } from './data-identifiers.ts';
import { Dlt645Error } from './errors.ts';

/**
 * What `encodeDlt645` builds a frame from. The data field is DI (if given) + value(s) (if given, in the
 * DI's format) + `data` (raw bytes, if given), all before the +0x33 offset.
 */
export type Dlt645FrameInput = {
  address: string;
  control: number;
  /** DI3..DI0 as 8 hex digits, e.g. '00010000'. */
  dataId?: string;
  value?: number;
  /** The elements of a data block DI such as 0001FF00. */
  values?: number[];
  data?: Uint8Array;
};

const MAX_DATA_LENGTH = 255;

const fail = (field: string, rule: string): never => {
  throw new Dlt645Error('DLT645_DATA', `DL/T 645-2007 encode: ${field} ${rule}`, { field });
};

/** The value bytes of `dataId` in its table format (DL/T 645-2007 data formats: BCD, low byte first). */
const encodeValues = (input: Dlt645FrameInput): number[] => {
  if (input.value === undefined && input.values === undefined) return [];
  if (input.dataId === undefined) return fail('value', 'needs a dataId whose format says how to encode it');
  const entry = findDataIdentifier(input.dataId);
  if (!entry) return fail('value', `has no known format for DI ${input.dataId}: pass the raw bytes in data instead`);
  if (entry.block) {
    if (input.value !== undefined || !input.values || input.values.length === 0)
      return fail('values', `must be a non-empty array for the data block DI ${input.dataId} (${entry.quantity})`);
    return input.values.flatMap((v, i) => Array.from(encodeBcdValue(v, entry, entry.bytes, `values[${i}]`)));
  }
  if (input.values !== undefined || input.value === undefined)
    return fail('value', `must be a single number for DI ${input.dataId} (${entry.quantity}); values is only for data blocks`);
  return Array.from(encodeBcdValue(input.value, entry, entry.bytes, 'value'));
};

/**
 * Frame → bytes (DL/T 645-2007 frame layout): 68 A0..A5 68 C L DATA CS 16, address low byte first,
 * DI0 first, every data byte +0x33, CS = sum from the first 0x68 to the byte before CS, mod 256.
 * No FE wake-up bytes. Throws `Dlt645Error('DLT645_DATA')` naming the field for input it cannot encode.
 */
export const encodeDlt645 = (input: Dlt645FrameInput): Uint8Array => {
  const address = encodeAddress(input.address);
  if (!Number.isInteger(input.control) || input.control < 0 || input.control > 0xff)
    fail('control', `must be one byte (an integer 0..255), found ${input.control}`);
  const payload: number[] = [];
  if (input.dataId !== undefined) {
    if (!/^[0-9a-f]{8}$/i.test(input.dataId)) fail('dataId', `must be 8 hex digits DI3..DI0, e.g. '00010000', found '${input.dataId}'`);
    // DL/T 645-2007: DI0 goes on the wire first.
    for (let i = 3; i >= 0; i--) payload.push(Number.parseInt(input.dataId.slice(2 * i, 2 * i + 2), 16));
  }
  payload.push(...encodeValues(input));
  if (input.data) payload.push(...input.data);
  if (payload.length > MAX_DATA_LENGTH)
    fail('data', `must fit the one-byte length L (at most ${MAX_DATA_LENGTH} bytes), found ${payload.length}`);

  const frame = [0x68, ...address, 0x68, input.control, payload.length, ...payload.map((b) => (b + 0x33) & 0xff)];
  const checksum = frame.reduce((sum, b) => sum + b, 0) % 256;
  return Uint8Array.from([...frame, checksum, 0x16]);
};
