import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTestStoreAvailable, openTestStore, testStoreKind } from '../../test/test-store.ts';
import { float8Array, int4Array } from './binary-array.ts';
import type { Store } from './store.ts';

/** Binary array parameters reach the store as the same numbers, on both stores (array_recv's layout). */
describe.skipIf(!isTestStoreAvailable())(`binary array parameters on ${testStoreKind()}`, () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore();
  });
  afterAll(async () => store?.close());

  const roundTrip = async (array: Buffer, type: 'float8' | 'int4') => {
    const rows = await sql<{ v: number | null; n: number }>`
      SELECT v, n::int FROM unnest(${array}::${sql.raw(type)}[]) WITH ORDINALITY AS u(v, n) ORDER BY n`.execute(store.db);
    return rows.rows.map((r) => r.v);
  };

  it('float8: every number as it is — fractions, integers beyond 2³¹, tiny, negative, −0 — and nulls', async () => {
    const values = [12.34, 0.1 + 0.2, 1738339200000, 5e-324, -7.5, -0, 1.7976931348623157e308, null, 42];
    const back = await roundTrip(float8Array(values), 'float8');
    expect(back.map((v) => (v === null ? null : Number(v)))).toEqual(values);
    expect(Object.is(Number(back[5]), -0)).toBe(true);
  });

  it('int4: the whole range, and nulls', async () => {
    const values = [1, 0, -1, 2147483647, -2147483648, null, 200];
    expect(await roundTrip(int4Array(values), 'int4')).toEqual(values);
  });

  it('an empty array is an empty array', async () => {
    expect(await roundTrip(float8Array([]), 'float8')).toEqual([]);
    expect(await roundTrip(int4Array([]), 'int4')).toEqual([]);
  });

  it('10 000 values in one parameter, as a batch binds them', async () => {
    const values = Array.from({ length: 10_000 }, (_, i) => 10 + (i % 1000) / 100);
    const result = await sql<{ n: number; s: number }>`
      SELECT count(*)::int AS n, sum(v) AS s FROM unnest(${float8Array(values)}::float8[]) AS u(v)`.execute(store.db);
    expect(result.rows[0]!.n).toBe(10_000);
    expect(Number(result.rows[0]!.s)).toBeCloseTo(
      values.reduce((a, b) => a + b, 0),
      6,
    );
  });

  it('a value out of the int4 range is refused before it is sent', () => {
    expect(() => int4Array([2147483648])).toThrow(RangeError);
  });
});
