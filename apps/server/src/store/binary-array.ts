/**
 * One-dimensional PostgreSQL arrays in the binary wire format (what `array_recv` reads), bound as one parameter:
 * `unnest(${float8Array(values)}::float8[])`. The store parses nothing: a text literal of 10 000 float8 took 7.8 ms to
 * parse on PGlite (WebAssembly strtod) and a few on PostgreSQL, per array, per batch (docs/READINGS.md "Benchmarks").
 * node-postgres sends a Buffer parameter in binary format; the PGlite dialect passes it through (pglite-dialect.ts).
 *
 * Layout (PostgreSQL src/backend/utils/adt/arrayfuncs.c, array_recv): int32 ndim, int32 has-nulls flag, uint32
 * element type OID, then per dimension int32 length and int32 lower bound; then per element int32 byte length
 * (-1 for NULL) and the element's own binary form (float8: IEEE 754 big-endian; int4: big-endian). All big-endian.
 */
const FLOAT8_OID = 701;
const INT4_OID = 23;

const encode = (values: ArrayLike<number | null>, oid: number, width: 4 | 8): Buffer => {
  const n = values.length;
  let nulls = 0;
  for (let i = 0; i < n; i++) if (values[i] === null) nulls++;
  if (n === 0) {
    // An empty array has no dimensions.
    const empty = Buffer.alloc(12);
    empty.writeUInt32BE(oid, 8);
    return empty;
  }
  const buffer = Buffer.allocUnsafe(20 + 4 * n + width * (n - nulls));
  buffer.writeInt32BE(1, 0);
  buffer.writeInt32BE(nulls > 0 ? 1 : 0, 4);
  buffer.writeUInt32BE(oid, 8);
  buffer.writeInt32BE(n, 12);
  buffer.writeInt32BE(1, 16);
  let offset = 20;
  for (let i = 0; i < n; i++) {
    const value = values[i];
    if (value === null || value === undefined) {
      buffer.writeInt32BE(-1, offset);
      offset += 4;
      continue;
    }
    buffer.writeInt32BE(width, offset);
    if (width === 8) buffer.writeDoubleBE(value, offset + 4);
    else buffer.writeInt32BE(value, offset + 4);
    offset += 4 + width;
  }
  return buffer;
};

/** A float8[] (nulls allowed); every JavaScript number, NaN and ±Infinity included, round-trips exactly. */
export const float8Array = (values: ArrayLike<number | null>): Buffer => encode(values, FLOAT8_OID, 8);

/** An int4[] (nulls allowed); each value must be an integer in [−2³¹, 2³¹ − 1] (Buffer.writeInt32BE throws otherwise). */
export const int4Array = (values: ArrayLike<number | null>): Buffer => encode(values, INT4_OID, 4);
