/**
 * D-SI unit strings (PTB D-SI 1.x/2.x, `si:unitType`): a sequence of `[\prefix]\unit[\tothe{n}]` terms, optionally
 * divided by `\per`, e.g. `\kilo\watt\hour`, `\metre\tothe{3}\per\hour`, `\one`, `\percent`.
 * Unit and prefix names follow the BIPM SI brochure as the D-SI reference uses them (third-party code [S2]);
 * a name missing here gives `valid: false`, which the importer reports as a warning, never as a failure.
 */
const SI_BASE_UNITS = ['metre', 'kilogram', 'second', 'ampere', 'kelvin', 'mole', 'candela'];
const SI_DERIVED_UNITS = [
  'radian',
  'steradian',
  'hertz',
  'newton',
  'pascal',
  'joule',
  'watt',
  'coulomb',
  'volt',
  'farad',
  'ohm',
  'siemens',
  'weber',
  'tesla',
  'henry',
  'degreeCelsius',
  'lumen',
  'lux',
  'becquerel',
  'gray',
  'sievert',
  'katal',
];
/** Units accepted for use with the SI, and the few other units D-SI lists (some discouraged, e.g. bar, mmHg). */
const OTHER_UNITS = [
  'gram',
  'minute',
  'hour',
  'day',
  'degree',
  'arcminute',
  'arcsecond',
  'hectare',
  'litre',
  'tonne',
  'electronvolt',
  'dalton',
  'astronomicalunit',
  'neper',
  'bel',
  'decibel',
  'bit',
  'byte',
  'angstrom',
  'barn',
  'knot',
  'nauticalmile',
  'bar',
  'mmHg',
];
/** Dimensionless markers: no prefix, no exponent. */
const DIMENSIONLESS_UNITS = ['one', 'percent', 'ppm'];
const UNITS = new Set([...SI_BASE_UNITS, ...SI_DERIVED_UNITS, ...OTHER_UNITS, ...DIMENSIONLESS_UNITS]);
/** Units that take no prefix (the kilogram already has one; the others are fixed multiples). */
const NO_PREFIX_UNITS = new Set([
  'kilogram',
  'degreeCelsius',
  'minute',
  'hour',
  'day',
  'hectare',
  'decibel',
  'mmHg',
  ...DIMENSIONLESS_UNITS,
]);
/** Spellings that have their own unit name: \kilo\gram is \kilogram, \deci\bel is \decibel. */
const FORBIDDEN_PREFIX: Record<string, { prefix: string; use: string }> = {
  gram: { prefix: 'kilo', use: '\\kilogram' },
  bel: { prefix: 'deci', use: '\\decibel' },
};
const SI_PREFIXES = new Set([
  'quecto',
  'ronto',
  'yocto',
  'zepto',
  'atto',
  'femto',
  'pico',
  'nano',
  'micro',
  'milli',
  'centi',
  'deci',
  'deca',
  'hecto',
  'kilo',
  'mega',
  'giga',
  'tera',
  'peta',
  'exa',
  'zetta',
  'yotta',
  'ronna',
  'quetta',
]);
/** Binary prefixes (IEC 80000-13), only for bit and byte. */
const BINARY_PREFIXES = new Set(['kibi', 'mebi', 'gibi', 'tebi', 'pebi', 'exbi', 'zebi', 'yobi']);
const EXPONENT = /^-?\d+(\.\d+)?$/;
const TOKEN = /\\([A-Za-z]+)(?:\{([^{}]*)\})?/y;

export type DsiUnitCheck = { valid: boolean; message?: string };

const clip = (text: string): string => (text.length > 60 ? `${text.slice(0, 60)}…` : text);
const invalid = (unit: string, reason: string): DsiUnitCheck => ({
  valid: false,
  message: `D-SI unit '${clip(unit)}' is malformed: ${reason}`,
});

/** Checks a D-SI unit string (D-SI `si:unitType`). Never throws. */
export function checkDsiUnit(unit: string): DsiUnitCheck {
  if (typeof unit !== 'string' || unit === '') return { valid: false, message: 'D-SI unit is empty (si:unit is required)' };
  if (unit.startsWith('|')) {
    return { valid: false, message: `Unit '${clip(unit)}' is marked with '|' as not a D-SI unit, so it cannot be interpreted` };
  }
  if (!unit.startsWith('\\')) return invalid(unit, `a D-SI unit starts with a backslash, e.g. \\kilogram, not '${unit.charAt(0)}'`);

  const tokens: { name: string; argument: string | undefined }[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < unit.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(unit);
    if (!match || match.index !== at) return invalid(unit, `unexpected '${unit.charAt(at)}' at position ${at + 1}`);
    tokens.push({ name: match[1] ?? '', argument: match[2] });
  }

  let prefix: string | undefined; // a prefix waiting for its unit
  let previous: 'start' | 'per' | 'unit' | 'exponent' = 'start';
  let lastUnit = '';
  for (const { name, argument } of tokens) {
    const token = `\\${name}`;
    if (argument !== undefined && name !== 'tothe') return invalid(unit, `${token} takes no {argument}`);
    if (name === 'per') {
      if (prefix !== undefined) return invalid(unit, `prefix \\${prefix} has no unit before \\per`);
      if (previous !== 'unit' && previous !== 'exponent') return invalid(unit, '\\per must stand between two units');
      previous = 'per';
    } else if (name === 'tothe') {
      if (previous !== 'unit') return invalid(unit, '\\tothe{n} must follow a unit');
      if (argument === undefined || !EXPONENT.test(argument)) return invalid(unit, `\\tothe needs a number in braces, e.g. \\tothe{2}`);
      if (DIMENSIONLESS_UNITS.includes(lastUnit)) return invalid(unit, `\\${lastUnit} takes no exponent`);
      previous = 'exponent';
    } else if (SI_PREFIXES.has(name) || BINARY_PREFIXES.has(name)) {
      if (prefix !== undefined) return invalid(unit, `two prefixes in a row (\\${prefix}${token})`);
      prefix = name;
    } else if (UNITS.has(name)) {
      if (prefix !== undefined) {
        const problem = prefixProblem(prefix, name);
        if (problem) return invalid(unit, problem);
      }
      prefix = undefined;
      lastUnit = name;
      previous = 'unit';
    } else {
      return invalid(unit, `${token} is not a D-SI unit or prefix${splitHint(name)}`);
    }
  }
  if (prefix !== undefined) return invalid(unit, `prefix \\${prefix} has no unit`);
  if (previous === 'per') return invalid(unit, '\\per must stand between two units');
  return { valid: true };
}

function prefixProblem(prefix: string, name: string): string | undefined {
  if (NO_PREFIX_UNITS.has(name)) return `\\${name} takes no prefix`;
  const forbidden = FORBIDDEN_PREFIX[name];
  if (forbidden && forbidden.prefix === prefix) return `write ${forbidden.use}, not \\${prefix}\\${name}`;
  if (BINARY_PREFIXES.has(prefix) && name !== 'bit' && name !== 'byte') return `binary prefix \\${prefix} is only for \\bit and \\byte`;
  return undefined;
}

/** A hint for a misspelt name: `\kilowatt` → `\kilo\watt`, `\kilowat` → `\kilo\watt`, `\ampre` → `\ampere`. */
function splitHint(name: string): string {
  if (name.length > 30) return '';
  const near = (candidate: string): string | undefined => [...UNITS].find((unit) => editDistance(candidate, unit) <= 1);
  const whole = near(name);
  if (whole) return ` (did you mean \\${whole}?)`;
  for (const prefix of SI_PREFIXES) {
    const unit = name.startsWith(prefix) ? near(name.slice(prefix.length)) : undefined;
    if (unit) return ` (write the prefix separately: \\${prefix}\\${unit})`;
  }
  return '';
}

/** Levenshtein distance, enough for one-letter typos in short unit names. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      next.push(Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, substitution));
    }
    row = next;
  }
  return row[b.length] ?? 0;
}
