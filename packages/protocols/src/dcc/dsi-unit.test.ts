import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDsiUnit } from './dsi-unit.ts';

describe('checkDsiUnit: D-SI unit strings (si:unitType)', () => {
  it.each([
    '\\kilogram',
    '\\degreeCelsius',
    '\\hecto\\pascal',
    '\\milli\\metre',
    '\\centi\\metre\\tothe{3}',
    '\\one',
    '\\percent',
    '\\kilo\\watt\\hour',
    '\\metre\\tothe{3}\\per\\hour',
    '\\second\\per\\day',
    '\\metre\\second\\tothe{-2}',
    '\\metre\\tothe{0.5}',
    '\\kibi\\byte',
    '\\milli\\gram',
  ])('accepts the D-SI unit %s', (unit) => {
    expect(checkDsiUnit(unit)).toEqual({ valid: true });
  });

  it.each([
    ['/kilogram', "starts with a backslash, e.g. \\kilogram, not '/'"], // PTB's own singleweight example
    ['\\kilowat\\hour', '\\kilowat is not a D-SI unit or prefix (write the prefix separately: \\kilo\\watt)'],
    ['\\kilowatt', 'write the prefix separately: \\kilo\\watt'],
    ['\\ampre', 'did you mean \\ampere?'],
    ['\\kilo\\gram', 'write \\kilogram, not \\kilo\\gram'],
    ['\\deci\\bel', 'write \\decibel'],
    ['\\milli\\kilogram', '\\kilogram takes no prefix'],
    ['\\kilo\\percent', '\\percent takes no prefix'],
    ['\\percent\\tothe{2}', '\\percent takes no exponent'],
    ['\\kibi\\metre', 'binary prefix \\kibi is only for \\bit and \\byte'],
    ['\\kilo', 'prefix \\kilo has no unit'],
    ['\\kilo\\mega\\watt', 'two prefixes in a row'],
    ['\\per\\second', '\\per must stand between two units'],
    ['\\metre\\per', '\\per must stand between two units'],
    ['\\metre\\tothe{x}', '\\tothe needs a number in braces'],
    ['\\metre\\tothe', '\\tothe needs a number in braces'],
    ['\\tothe{2}', '\\tothe{n} must follow a unit'],
    ['\\metre{2}', '\\metre takes no {argument}'],
    ['\\metre \\second', "unexpected ' ' at position 7"],
    ['kg', "not 'k'"],
  ])('rejects %s and says why', (unit, reason) => {
    const check = checkDsiUnit(unit);
    expect(check.valid).toBe(false);
    expect(check.message).toContain(reason);
    expect(check.message).toContain(unit);
  });

  it('rejects an empty unit and a unit marked as non-D-SI with |', () => {
    expect(checkDsiUnit('')).toEqual({ valid: false, message: 'D-SI unit is empty (si:unit is required)' });
    expect(checkDsiUnit('|kWh')).toMatchObject({ valid: false, message: expect.stringContaining("marked with '|'") });
  });

  it('never throws and always explains a rejection, whatever the string (property)', () => {
    const pieces = fc.constantFrom('\\', 'kilo', 'watt', 'hour', 'per', 'tothe', '{', '}', '-2', '3', 'metre', 'one', ' ', '/', '|');
    const unitLike = fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), unitLike), (unit) => {
        const check = checkDsiUnit(unit);
        expect(check.valid || (typeof check.message === 'string' && check.message.length > 0)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
