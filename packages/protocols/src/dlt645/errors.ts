/** Why a DL/T 645-2007 frame (or the text or values that should become one) was refused. */
export type Dlt645ErrorCode =
  'DLT645_HEX' | 'DLT645_LENGTH' | 'DLT645_START' | 'DLT645_END' | 'DLT645_CHECKSUM' | 'DLT645_BCD' | 'DLT645_DATA';

/**
 * The one error the DL/T 645-2007 codec throws. `offset` is the byte offset in the buffer given to
 * `decodeDlt645` (wake-up bytes included), or the character offset for `parseHex`; `field` names the
 * input field for `encodeDlt645`.
 */
export class Dlt645Error extends Error {
  readonly code: Dlt645ErrorCode;
  readonly offset?: number;
  readonly field?: string;
  constructor(code: Dlt645ErrorCode, message: string, where: { offset?: number; field?: string } = {}) {
    super(message);
    this.name = 'Dlt645Error';
    this.code = code;
    if (where.offset !== undefined) this.offset = where.offset;
    if (where.field !== undefined) this.field = where.field;
  }
}

export const isDlt645Error = (error: unknown): error is Dlt645Error => error instanceof Dlt645Error;

/** `0x8C`: how every message shows a byte. */
export const formatByte = (byte: number): string => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
