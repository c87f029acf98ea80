import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DccError } from './dcc-error.ts';
import { parseDcc } from './parse-dcc.ts';
import type { DccCertificate } from './types.ts';

const readFixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const FIXTURES = ['electricity-meter-3.2.xml', 'flow-meter-3.3.xml', 'malformed-unit-3.1.xml'].map(readFixture);

/** Either a certificate whose numbers are all finite, or a DccError: never any other exception. */
function parsesOrRefuses(xml: string): void {
  let certificate: DccCertificate;
  try {
    certificate = parseDcc(xml).certificate;
  } catch (error) {
    if (!(error instanceof DccError)) throw error;
    expect(error.path).toEqual(expect.any(String));
    return;
  }
  for (const quantity of certificate.results.flatMap((result) => result.quantities)) {
    expect(Number.isFinite(quantity.value)).toBe(true);
    expect(typeof quantity.unit).toBe('string');
    if (quantity.standardUncertainty !== undefined) expect(quantity.standardUncertainty).toBeGreaterThanOrEqual(0);
  }
}

const TEXTS = [
  '',
  ' ',
  '-',
  '1e999',
  'NaN',
  '0x10',
  '1,5',
  '-1',
  '0',
  '95',
  '\\kilo',
  '/kilogram',
  'true',
  'maybe',
  '2024-13-01',
  '2.0.0',
  '&amp;',
  '<',
];
const NAMES = ['value', 'unit', 'real', 'list', 'quantity', 'data', 'name', 'content', 'coverageFactor', 'expandedUnc', 'realListXMLList'];

type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'text'; index: number; text: string }
  | { kind: 'rename'; from: string; to: string };

// Texts and names are changed more often than bytes are cut: those keep the XML well-formed and reach the DCC rules.
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 300 }) }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...TEXTS)),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 600 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('text' as const), index: fc.nat(), text: fc.constantFrom(...TEXTS) }), weight: 3 },
  {
    arbitrary: fc.record({ kind: fc.constant('rename' as const), from: fc.constantFrom(...NAMES), to: fc.constantFrom(...NAMES) }),
    weight: 2,
  },
);

function apply(xml: string, change: Mutation): string {
  switch (change.kind) {
    case 'delete': {
      const at = change.at % xml.length;
      return xml.slice(0, at) + xml.slice(at + change.length);
    }
    case 'insert': {
      const at = change.at % (xml.length + 1);
      return xml.slice(0, at) + change.text + xml.slice(at);
    }
    case 'duplicate': {
      const at = change.at % xml.length;
      return xml.slice(0, at) + xml.slice(at, at + change.length) + xml.slice(at);
    }
    case 'text': {
      // Replace the text of one element, keeping the XML well-formed: exercises the DCC rules, not the XML parser.
      let seen = 0;
      const count = [...xml.matchAll(/>([^<>]+)</g)].length;
      return xml.replace(/>([^<>]+)</g, (whole) => (seen++ === change.index % Math.max(count, 1) ? `>${change.text}<` : whole));
    }
    case 'rename':
      // Swap an element name everywhere (open and close tags): well-formed XML with the wrong structure.
      return xml.replaceAll(new RegExp(`:${change.from}([ >/])`, 'g'), `:${change.to}$1`);
  }
}

describe('parseDcc never throws anything but DccError (PTB DCC v3.x fuzz)', () => {
  it('on random strings and random XML-ish strings', () => {
    const xmlish = fc
      .array(
        fc.constantFrom(
          '<',
          '>',
          '/',
          '</',
          'dcc:',
          'si:',
          'digitalCalibrationCertificate',
          ' schemaVersion="3.2.0"',
          'x',
          '"',
          '&',
          ...TEXTS,
        ),
        {
          maxLength: 30,
        },
      )
      .map((parts) => parts.join(''));
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), xmlish), parsesOrRefuses), { numRuns: 1000 });
  });

  it('on random mutations of the valid fixtures (cuts, insertions, duplicated slices, changed texts, swapped element names)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURES), fc.array(mutation, { minLength: 1, maxLength: 4 }), (xml, changes) => {
        parsesOrRefuses(changes.reduce(apply, xml));
      }),
      { numRuns: 400 },
    );
  });

  it('derives u = U/k for any valid U and k written into the file (GUM 6.2.1)', () => {
    const valid = readFixture('electricity-meter-3.2.xml');
    const decimal = (max: number) => fc.integer({ min: 0, max }).map((n) => (n / 1000).toFixed(3));
    fc.assert(
      fc.property(
        decimal(50_000),
        decimal(5_000).filter((k) => Number(k) > 0),
        (U, k) => {
          const xml = valid
            .replace('<si:uncertainty>0.05</si:uncertainty>', `<si:uncertainty>${U}</si:uncertainty>`)
            .replace('<si:coverageFactor>2</si:coverageFactor>', `<si:coverageFactor>${k}</si:coverageFactor>`);
          const quantity = parseDcc(xml).certificate.results[0]?.quantities[0];
          expect(quantity).toMatchObject({ expandedUncertainty: Number(U), coverageFactor: Number(k) });
          expect(quantity?.standardUncertainty).toBeCloseTo(Number(U) / Number(k), 12);
        },
      ),
      { numRuns: 100 },
    );
  });
});
