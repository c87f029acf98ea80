import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DccError } from './dcc-error.ts';

/**
 * A parsed element with the path that names it in messages. `value` is what fast-xml-parser produced:
 * a string for a text-only element, an object for an element with children or attributes.
 * Namespace prefixes are removed on parsing, so `dcc:`, `ns0:` and a default namespace all match by
 * local name (PTB DCC v3.x files in the wild use all three).
 */
export type XmlNode = { path: string; value: unknown };

const parser = new XMLParser({
  jPath: false, // no callbacks use paths; saves time on large files
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false, // numbers are checked against the D-SI decimal rule by us, not guessed by the parser
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/** Parses the document and returns its single root element as `[localName, value]`. Throws DCC_NOT_XML. */
export function parseXmlRoot(xml: string): [string, unknown] {
  let validation: ReturnType<typeof XMLValidator.validate>;
  try {
    validation = XMLValidator.validate(xml);
  } catch (error) {
    throw new DccError('DCC_NOT_XML', '/', `The file is not readable XML: ${describe(error)}`);
  }
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    throw new DccError('DCC_NOT_XML', '/', `The file is not well-formed XML: ${msg} (line ${line}, column ${col ?? '?'})`);
  }
  let document: unknown;
  try {
    document = parser.parse(xml);
  } catch (error) {
    throw new DccError('DCC_NOT_XML', '/', `The file is not readable XML: ${describe(error)}`);
  }
  const roots = isRecord(document) ? Object.keys(document) : [];
  const rootName = roots[0];
  if (rootName === undefined || roots.length !== 1 || !isRecord(document)) {
    throw new DccError('DCC_NOT_XML', '/', 'The file does not contain exactly one root element');
  }
  const rootValue = document[rootName];
  return [rootName, Array.isArray(rootValue) ? rootValue[0] : rootValue];
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The element's children with this local name; `ns` is only the prefix shown in paths. */
export function childNodes(parent: XmlNode | undefined, localName: string, ns: 'dcc' | 'si' = 'dcc'): XmlNode[] {
  if (!parent || !isRecord(parent.value) || !Object.hasOwn(parent.value, localName)) return [];
  const raw = parent.value[localName];
  const list = Array.isArray(raw) ? raw : [raw];
  const base = `${parent.path}/${ns}:${localName}`;
  return list.map((value, index) => ({ path: list.length > 1 ? `${base}[${index + 1}]` : base, value }));
}

export function firstChild(parent: XmlNode | undefined, localName: string, ns: 'dcc' | 'si' = 'dcc'): XmlNode | undefined {
  return childNodes(parent, localName, ns)[0];
}

/** Trimmed text content; `undefined` when the element has no text (absent, empty, or children only). */
export function textOf(node: XmlNode | undefined): string | undefined {
  if (!node) return undefined;
  const raw = isRecord(node.value) ? node.value['#text'] : node.value;
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  const text = String(raw).trim();
  return text === '' ? undefined : text;
}

export function childText(parent: XmlNode | undefined, localName: string, ns: 'dcc' | 'si' = 'dcc'): string | undefined {
  return textOf(firstChild(parent, localName, ns));
}

export function attributeOf(node: XmlNode | undefined, name: string): string | undefined {
  if (!node || !isRecord(node.value)) return undefined;
  const raw = node.value[`@_${name}`];
  return typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : undefined;
}

/** Local names of the element's child elements (attributes and text left out). */
export function childNames(node: XmlNode | undefined): string[] {
  if (!node || !isRecord(node.value)) return [];
  return Object.keys(node.value).filter((key) => !key.startsWith('@_') && key !== '#text');
}

/** The path of a child that is absent, for DCC_MISSING_FIELD messages. */
export const pathOf = (parent: XmlNode, localName: string, ns: 'dcc' | 'si' = 'dcc'): string => `${parent.path}/${ns}:${localName}`;

/**
 * A PTB DCC v3.x text element (dcc:name, dcc:description, dcc:declaration: textType/richContentType) holds
 * one dcc:content per language. We show Chinese when present, then English, then the first one.
 * A bare text (DCC 2.x style) is accepted too.
 */
export function pickLanguage(node: XmlNode | undefined): string | undefined {
  if (!node) return undefined;
  const contents = childNodes(node, 'content')
    .map((content) => ({ lang: attributeOf(content, 'lang')?.toLowerCase() ?? '', text: textOf(content) }))
    .filter((content): content is { lang: string; text: string } => content.text !== undefined);
  if (contents.length === 0) return textOf(node);
  const byLanguage = (prefix: string) => contents.find((content) => content.lang === prefix || content.lang.startsWith(`${prefix}-`));
  return (byLanguage('zh') ?? byLanguage('en') ?? contents[0])?.text;
}

/** The first element whose text says it is required; throws DCC_MISSING_FIELD naming the path. */
export function requireText(parent: XmlNode, localName: string, what: string): { node: XmlNode; text: string } {
  const node = firstChild(parent, localName);
  const text = textOf(node);
  if (!node || text === undefined) {
    throw new DccError('DCC_MISSING_FIELD', pathOf(parent, localName), `${what} (dcc:${localName}) is required but missing or empty`);
  }
  return { node, text };
}

export function requireChild(parent: XmlNode, localName: string, what: string): XmlNode {
  const node = firstChild(parent, localName);
  if (!node) throw new DccError('DCC_MISSING_FIELD', pathOf(parent, localName), `${what} (dcc:${localName}) is required but missing`);
  return node;
}
