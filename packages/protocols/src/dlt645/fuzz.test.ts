import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DLT645_DATA_IDENTIFIERS } from './data-identifiers.ts';
import { decodeDlt645 } from './decode.ts';
import { encodeDlt645, type Dlt645FrameInput } from './encode.ts';
import { Dlt645Error } from './errors.ts';
import { maxBcdDigits } from './bcd.ts';

const RUNS = 20_000;
const CODES = ['DLT645_LENGTH', 'DLT645_START', 'DLT645_END', 'DLT645_CHECKSUM', 'DLT645_BCD', 'DLT645_DATA'];

/**
 * decode either returns a frame or throws a Dlt645Error that cites the standard and points inside the buffer.
 * Plain checks rather than `expect`, so 20 000 runs stay fast.
 */
const decodesOrRefuses = (bytes: Uint8Array): 'frame' | Dlt645Error => {
  try {
    const frame = decodeDlt645(bytes);
    if (!/^[0-9A]{12}$/.test(frame.address) || frame.data.length !== frame.dataLength)
      throw new Error(`inconsistent frame ${JSON.stringify(frame)}`);
    return 'frame';
  } catch (error) {
    if (!(error instanceof Dlt645Error)) throw error;
    const offset = error.offset ?? -1;
    if (!CODES.includes(error.code) || !error.message.startsWith('DL/T 645-2007 ') || offset < 0 || offset > bytes.length)
      throw new Error(`unclear refusal: ${error.code} at ${error.offset}: ${error.message}`);
    return error;
  }
};

/** 12 BCD digits, with 0..6 leading wildcard pairs (DL/T 645-2007 shortened / broadcast addresses). */
const addressArb = fc
  .tuple(fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 6, maxLength: 6 }), fc.integer({ min: 0, max: 6 }))
  .map(([pairs, wildcards]) => pairs.map((p, i) => (i < wildcards ? 'AA' : String(p).padStart(2, '0'))).join(''));

/** A value of a table DI, drawn as an integer of BCD digits so it is exactly representable. */
const valueArb = (dataId: string): fc.Arbitrary<number> => {
  const entry = DLT645_DATA_IDENTIFIERS[dataId]!;
  const max = maxBcdDigits(entry.bytes, entry);
  return fc.integer({ min: entry.signed ? -max : 0, max }).map((n) => n / 10 ** entry.decimals);
};

/** A read-data reply of any table DI with a value (or values for a block) in range. */
const replyArb: fc.Arbitrary<Dlt645FrameInput> = fc
  .tuple(addressArb, fc.constantFrom(...Object.keys(DLT645_DATA_IDENTIFIERS)), fc.constantFrom(0x91, 0xb1))
  .chain(([address, dataId, control]): fc.Arbitrary<Dlt645FrameInput> =>
    DLT645_DATA_IDENTIFIERS[dataId]!.block
      ? fc.array(valueArb(dataId), { minLength: 1, maxLength: 8 }).map((values): Dlt645FrameInput => ({ address, control, dataId, values }))
      : valueArb(dataId).map((value): Dlt645FrameInput => ({ address, control, dataId, value })),
  );

/** Any valid frame: replies, requests for any DI (with extra parameter bytes), error replies, address reads. */
const validFrameArb: fc.Arbitrary<Uint8Array> = fc.oneof(
  replyArb.map(encodeDlt645),
  fc
    .tuple(addressArb, fc.stringMatching(/^[0-9A-F]{8}$/), fc.uint8Array({ maxLength: 8 }))
    .map(([address, dataId, data]) => encodeDlt645({ address, control: 0x11, dataId, data })),
  fc
    .tuple(addressArb, fc.integer({ min: 0, max: 255 }))
    .map(([address, err]) => encodeDlt645({ address, control: 0xd1, data: Uint8Array.of(err) })),
  addressArb.map((address) => encodeDlt645({ address, control: 0x13 })),
);

const withWakeUp = fc
  .tuple(validFrameArb, fc.integer({ min: 0, max: 4 }))
  .map(([frame, n]) => Uint8Array.from([...new Array<number>(n).fill(0xfe), ...frame]));

/** Test-side framing helpers, independent of the codec: CS = sum from the first byte, mod 256, then 0x16. */
const seal = (head: number[]): Uint8Array => Uint8Array.from([...head, head.reduce((sum, b) => sum + b, 0) % 256, 0x16]);
const diOnWire = (dataId: string): number[] => [3, 2, 1, 0].map((i) => (Number.parseInt(dataId.slice(2 * i, 2 * i + 2), 16) + 0x33) % 256);
const addressOnWire = (address: string): number[] => [5, 4, 3, 2, 1, 0].map((i) => Number.parseInt(address.slice(2 * i, 2 * i + 2), 16));

type Mutation = (bytes: number[]) => number[];
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(
    ([i, b]): Mutation =>
      (x) =>
        x.map((v, j) => (j === i % x.length ? b : v)),
  ),
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })).map(
    ([i, bit]): Mutation =>
      (x) =>
        x.map((v, j) => (j === i % x.length ? v ^ (1 << bit) : v)),
  ),
  fc.nat().map(
    (n): Mutation =>
      (x) =>
        x.slice(0, n % (x.length + 1)),
  ),
  fc
    .tuple(fc.nat(), fc.integer({ min: 0, max: 255 }))
    .map(([i, b]): Mutation => (x) => [...x.slice(0, i % (x.length + 1)), b, ...x.slice(i % (x.length + 1))]),
  fc.tuple(fc.nat(), fc.nat()).map(([i, n]): Mutation => (x) => {
    const from = i % x.length;
    const slice = x.slice(from, from + 1 + (n % 4));
    return [...x.slice(0, from), ...slice, ...x.slice(from)];
  }),
);

describe('DL/T 645-2007 fuzz: decode never crashes, it returns a frame or a Dlt645Error', () => {
  it(`DL/T 645-2007 random byte arrays (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => void decodesOrRefuses(bytes)),
      { numRuns: RUNS },
    );
  }, 120_000);

  it(`DL/T 645-2007 random bodies inside a well-formed envelope with a correct CS (${RUNS} runs)`, () => {
    // The framing is right, so the address, error-reply, DI and value checks are reached: half the data
    // fields start with a table DI (on the wire, +0x33) followed by random value bytes.
    const control = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x11, 0x91, 0xb1, 0xd1, 0x12, 0x92, 0x14));
    const tableDi = fc
      .tuple(fc.constantFrom(...Object.keys(DLT645_DATA_IDENTIFIERS)), fc.uint8Array({ maxLength: 12 }))
      .map(([dataId, value]) => [...diOnWire(dataId), ...value]);
    const data = fc.oneof(
      fc.uint8Array({ maxLength: 40 }).map((d) => Array.from(d)),
      tableDi,
    );
    const address = fc.oneof(
      fc.uint8Array({ minLength: 6, maxLength: 6 }).map((a) => Array.from(a)),
      addressArb.map(addressOnWire),
    );
    fc.assert(
      fc.property(address, control, data, (a, c, d) => void decodesOrRefuses(seal([0x68, ...a, 0x68, c, d.length, ...d]))),
      { numRuns: RUNS },
    );
  }, 120_000);

  it(`DL/T 645-2007 mutated valid frames with the checksum recomputed, as a faulty gateway would send them (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(validFrameArb, fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (frame, mutations) => {
        const head = mutations.reduce((bytes, mutate) => mutate(bytes), Array.from(frame.subarray(0, -2)));
        void decodesOrRefuses(seal(head));
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it(`DL/T 645-2007 mutated valid frames: flips, truncation, insertion, duplication, chained (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(withWakeUp, fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (frame, mutations) => {
        void decodesOrRefuses(Uint8Array.from(mutations.reduce((bytes, mutate) => mutate(bytes), Array.from(frame))));
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it(`DL/T 645-2007 checksum, length and delimiters catch every single-byte substitution (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(validFrameArb, fc.nat(), fc.integer({ min: 1, max: 255 }), (frame, i, delta) => {
        const index = i % frame.length;
        const mutated = frame.slice();
        mutated[index] = (frame[index]! + delta) % 256; // always a different byte
        if (decodesOrRefuses(mutated) === 'frame') throw new Error(`substitution at byte ${index} went undetected`);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});

describe('DL/T 645-2007 round trip: decode(encode(frame)) gives the frame back', () => {
  it('DL/T 645-2007 replies of every table DI with values in range', () => {
    fc.assert(
      fc.property(replyArb, (input) => {
        const frame = decodeDlt645(encodeDlt645(input));
        const entry = DLT645_DATA_IDENTIFIERS[input.dataId!]!;
        expect(frame).toMatchObject({
          address: input.address.toUpperCase(),
          control: input.control,
          dataId: input.dataId,
          unit: entry.unit,
        });
        if (entry.block) expect(frame.values).toEqual(input.values);
        else expect(frame.value).toBe(input.value);
      }),
      { numRuns: 5_000 },
    );
  });

  it('DL/T 645-2007 requests of any DI with raw parameter bytes', () => {
    fc.assert(
      fc.property(addressArb, fc.stringMatching(/^[0-9A-F]{8}$/), fc.uint8Array({ maxLength: 20 }), (address, dataId, extra) => {
        const frame = decodeDlt645(encodeDlt645({ address, control: 0x11, dataId, data: extra }));
        expect(frame).toMatchObject({ address, direction: 'request', function: 'read_data', dataId, dataLength: 4 + extra.length });
        expect(Array.from(frame.data.subarray(4))).toEqual(Array.from(extra));
      }),
      { numRuns: 5_000 },
    );
  });
});
