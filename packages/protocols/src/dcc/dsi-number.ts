import { DccError } from './dcc-error.ts';
import { childNodes, firstChild, pathOf, textOf, type XmlNode } from './xml-tree.ts';

/** D-SI `si:decimalType`: an optional sign, digits with an optional point, an optional exponent (no `,`, no hex, no NaN). */
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

export function parseDecimal(text: string, path: string): number {
  const value = DECIMAL.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(value)) {
    throw new DccError('DCC_BAD_VALUE', path, `'${clip(text)}' is not a D-SI decimal number (e.g. 0.05, -1.2e-3; no comma, no text)`);
  }
  return value;
}

const clip = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** A required si:<localName> number child. */
export function requireDecimal(parent: XmlNode, localName: string): number {
  const node = firstChild(parent, localName, 'si');
  const text = textOf(node);
  if (!node || text === undefined) {
    throw new DccError('DCC_MISSING_FIELD', pathOf(parent, localName, 'si'), `si:${localName} is required here but missing or empty`);
  }
  return parseDecimal(text, node.path);
}

export const splitList = (text: string | undefined): string[] =>
  text === undefined ? [] : text.split(/\s+/).filter((item) => item !== '');

/**
 * A D-SI XMLList child (space-separated), stretched to `count` entries: D-SI allows one entry for all values
 * or one entry per value. Any other length is DCC_BAD_VALUE. An absent optional list gives `undefined`.
 */
export function readList(parent: XmlNode, localName: string, count: number, required: boolean): string[] | undefined {
  const node = childNodes(parent, localName, 'si')[0];
  const items = splitList(textOf(node));
  if (!node || items.length === 0) {
    if (!required) return undefined;
    throw new DccError('DCC_MISSING_FIELD', pathOf(parent, localName, 'si'), `si:${localName} is required here but missing or empty`);
  }
  if (items.length === 1) return Array.from({ length: count }, () => items[0] ?? '');
  if (items.length !== count) {
    throw new DccError(
      'DCC_BAD_VALUE',
      node.path,
      `si:${localName} has ${items.length} entries for ${count} values (D-SI XMLList: give one entry, or one per value)`,
    );
  }
  return items;
}

export function readDecimalList(parent: XmlNode, localName: string, count: number): number[] {
  const items = readList(parent, localName, count, true) ?? [];
  const path = pathOf(parent, localName, 'si');
  return items.map((item, index) => parseDecimal(item, `${path} (entry ${index + 1})`));
}
