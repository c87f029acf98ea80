import { Dlt645Error, formatByte } from './errors.ts';

/** How a value's BCD digits read: implied decimal places, and whether the top bit is the sign. */
export type BcdFormat = { decimals: number; signed?: boolean };

const isBcdByte = (byte: number): boolean => (byte & 0x0f) <= 9 && byte >> 4 <= 9;

/**
 * DL/T 645-2007 value digits: BCD, low byte first. `bytes` have had 0x33 subtracted already; `offset`
 * is where `bytes[0]` sits in the received buffer, so the error names the byte on the wire.
 * Signed formats: the top bit of the most significant byte is the sign, the other 7 bits are digits.
 */
export const decodeBcdValue = (bytes: Uint8Array, format: BcdFormat, offset: number): number => {
  let magnitude = 0;
  let negative = false;
  for (let i = bytes.length - 1; i >= 0; i--) {
    const received = bytes[i] ?? 0;
    let byte = received;
    if (format.signed && i === bytes.length - 1) {
      negative = (byte & 0x80) !== 0;
      byte &= 0x7f;
    }
    if (!isBcdByte(byte))
      throw new Dlt645Error(
        'DLT645_BCD',
        `DL/T 645-2007 value: expected BCD digits 0-9 in each nibble, found ${formatByte(byte)}${byte === received ? '' : ' (sign bit masked)'} at byte ${offset + i} (${formatByte((received + 0x33) & 0xff)} on the wire, minus 0x33)`,
        { offset: offset + i },
      );
    magnitude = magnitude * 100 + (byte >> 4) * 10 + (byte & 0x0f);
  }
  const value = magnitude / 10 ** format.decimals;
  return negative && magnitude !== 0 ? -value : value;
};

/** The largest integer (before the implied decimal point) that `byteCount` BCD bytes hold in this format. */
export const maxBcdDigits = (byteCount: number, format: BcdFormat): number =>
  // Signed: the sign takes the top bit, so the top digit is at most 7 (e.g. 3 bytes → 799999 → 79.9999 kW).
  format.signed ? 8 * 10 ** (2 * byteCount - 1) - 1 : 10 ** (2 * byteCount) - 1;

/** A value → BCD bytes, low byte first, before +0x33 (DL/T 645-2007 data formats). `field` names the input in errors. */
export const encodeBcdValue = (value: number, format: BcdFormat, byteCount: number, field: string): Uint8Array => {
  if (!Number.isFinite(value))
    throw new Dlt645Error('DLT645_DATA', `DL/T 645-2007 value: ${field} must be a finite number, found ${value}`, { field });
  if (value < 0 && !format.signed)
    throw new Dlt645Error('DLT645_DATA', `DL/T 645-2007 value: ${field} must not be negative in this unsigned format, found ${value}`, {
      field,
    });
  const scale = 10 ** format.decimals;
  const digits = Math.round(Math.abs(value) * scale);
  if (digits / scale !== Math.abs(value))
    throw new Dlt645Error(
      'DLT645_DATA',
      `DL/T 645-2007 value: ${field} must have at most ${format.decimals} decimal places, found ${value}`,
      { field },
    );
  const max = maxBcdDigits(byteCount, format);
  if (digits > max)
    throw new Dlt645Error(
      'DLT645_DATA',
      `DL/T 645-2007 value: ${field} must be at most ${max / scale} in magnitude (${byteCount} BCD bytes${format.signed ? ', top bit = sign' : ''}), found ${value}`,
      { field },
    );
  const bytes = new Uint8Array(byteCount);
  let rest = digits;
  for (let i = 0; i < byteCount; i++) {
    const pair = rest % 100;
    bytes[i] = (Math.floor(pair / 10) << 4) | (pair % 10);
    rest = Math.floor(rest / 100);
  }
  if (value < 0 && digits !== 0) bytes[byteCount - 1] = (bytes[byteCount - 1] ?? 0) | 0x80;
  return bytes;
};
