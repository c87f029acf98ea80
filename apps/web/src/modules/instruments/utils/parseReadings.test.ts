import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReadings } from './parseReadings.ts';

describe('parseReadings (JJF 1033-2023 repeatability and stability data)', () => {
  it('reads commas, full-width punctuation, spaces and line breaks', () => {
    expect(parseReadings('10.01, 10.02，10.03、10.00；9.99\n10.02  -1e-3')).toEqual({
      readings: [10.01, 10.02, 10.03, 10.0, 9.99, 10.02, -0.001],
      invalid: undefined,
    });
  });

  it('names the first token that is not a number', () => {
    expect(parseReadings('1.0 2.0 abc 3.0 x')).toEqual({ readings: [1, 2], invalid: 'abc' });
    expect(parseReadings('1 Infinity')).toEqual({ readings: [1], invalid: 'Infinity' });
  });

  it('gives nothing for blank input', () => {
    expect(parseReadings(undefined)).toEqual({ readings: [], invalid: undefined });
    expect(parseReadings('  \n ')).toEqual({ readings: [], invalid: undefined });
  });

  it('reads back any list of finite numbers it is given (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 30 }),
        fc.constantFrom(',', ' ', '\n', '，'),
        (values, separator) => {
          const parsed = parseReadings(values.map(String).join(separator));
          expect(parsed.invalid).toBeUndefined();
          // -0 prints as "0": compare by value.
          expect(parsed.readings.map((value) => value + 0)).toEqual(values.map((value) => value + 0));
        },
      ),
    );
  });
});
