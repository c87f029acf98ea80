import { DccError } from './dcc-error.ts';
import type { DccCertificate, DccConformityStatus, DccIdentification, DccItem, DccStatement, DccWarning } from './types.ts';
import { childNodes, childText, firstChild, pickLanguage, requireChild, requireText, textOf, type XmlNode } from './xml-tree.ts';

type AdministrativeData = Omit<DccCertificate, 'schemaVersion' | 'usedMethods' | 'referenceStandards' | 'results'>;

/** PTB DCC v3.x dcc:administrativeData: coreData, items, calibrationLaboratory, respPersons, customer, statements. */
export function readAdministrativeData(root: XmlNode, warnings: DccWarning[]): AdministrativeData {
  const admin = requireChild(root, 'administrativeData', 'The administrative data');
  const core = requireChild(admin, 'coreData', 'The core data');
  const uniqueIdentifier = requireText(core, 'uniqueIdentifier', 'The certificate number').text;
  const begin = requireText(core, 'beginPerformanceDate', 'The begin of the calibration');
  const end = requireText(core, 'endPerformanceDate', 'The end of the calibration');
  const beginPerformanceDate = parseDate(begin.text, begin.node.path);
  const endPerformanceDate = parseDate(end.text, end.node.path);
  if (endPerformanceDate < beginPerformanceDate) {
    throw new DccError(
      'DCC_BAD_VALUE',
      end.node.path,
      `The calibration ends (${endPerformanceDate}) before it begins (${beginPerformanceDate})`,
    );
  }
  const statements = childNodes(firstChild(admin, 'statements'), 'statement').map((node) => readStatement(node, warnings));
  return {
    uniqueIdentifier,
    ...optional('countryCode', childText(core, 'countryCodeISO3166_1')),
    languages: childNodes(core, 'usedLangCodeISO639_1').flatMap((node) => textOf(node) ?? []),
    beginPerformanceDate,
    endPerformanceDate,
    ...optionalDate(core, 'issueDate'),
    ...optionalDate(core, 'receiptDate'),
    laboratory: readLaboratory(admin),
    items: childNodes(firstChild(admin, 'items'), 'item').map(readItem),
    ...optional('customer', pickLanguage(firstChild(firstChild(admin, 'customer'), 'name'))),
    respPersons: childNodes(firstChild(admin, 'respPersons'), 'respPerson').flatMap((node) => personName(node) ?? []),
    statements,
    ...optional('conclusion', conclude(statements)),
  };
}

const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

function optionalDate(core: XmlNode, localName: 'issueDate' | 'receiptDate'): { issueDate?: string; receiptDate?: string } {
  const node = firstChild(core, localName);
  const text = textOf(node);
  return node && text !== undefined ? { [localName]: parseDate(text, node.path) } : {};
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(Z|[+-]\d{2}:\d{2})?$/;

/** xs:date (a time-zone suffix is allowed and dropped) → YYYY-MM-DD; the day must exist in the calendar. */
export function parseDate(text: string, path: string): string {
  const match = DATE.exec(text);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!match || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new DccError('DCC_BAD_VALUE', path, `'${text.slice(0, 40)}' is not a calendar date (xs:date, YYYY-MM-DD)`);
  }
  return text.slice(0, 10);
}

function readLaboratory(admin: XmlNode): DccCertificate['laboratory'] {
  const laboratory = requireChild(admin, 'calibrationLaboratory', 'The calibration laboratory');
  const contact = requireChild(laboratory, 'contact', 'The calibration laboratory contact');
  const nameNode = requireChild(contact, 'name', 'The calibration laboratory name');
  const name = pickLanguage(nameNode);
  if (name === undefined) {
    throw new DccError('DCC_MISSING_FIELD', `${nameNode.path}/dcc:content`, 'The calibration laboratory name (dcc:content) is empty');
  }
  const location = firstChild(contact, 'location');
  return {
    name,
    ...optional('city', childText(location, 'city')),
    ...optional('countryCode', childText(location, 'countryCode')),
  };
}

/** Identification names that mark the serial number (出厂编号 / 器号 in Chinese certificates). */
const SERIAL = /serial|seriennummer|kennnummer|出厂编号|序列号|器号/i;

function readItem(item: XmlNode): DccItem {
  const identifications = readIdentifications(item);
  const serial =
    identifications.find((identification) => SERIAL.test(identification.name ?? '')) ??
    identifications.find((identification) => identification.issuer === 'manufacturer');
  return {
    name: pickLanguage(firstChild(item, 'name')) ?? '',
    ...optional('manufacturer', pickLanguage(firstChild(firstChild(item, 'manufacturer'), 'name'))),
    ...optional('model', childText(item, 'model')),
    ...optional('serialNumber', serial?.value),
    identifications,
  };
}

/** dcc:identifications/dcc:identification (issuer, value, name; `description` before DCC 3.3). */
export function readIdentifications(parent: XmlNode): DccIdentification[] {
  return childNodes(firstChild(parent, 'identifications'), 'identification').flatMap((node) => {
    const value = childText(node, 'value');
    if (value === undefined) return [];
    const name = pickLanguage(firstChild(node, 'name')) ?? pickLanguage(firstChild(node, 'description'));
    return [{ issuer: childText(node, 'issuer') ?? 'other', value, ...optional('name', name) }];
  });
}

/** dcc:respPerson/dcc:person is a contact with a name in DCC 3.x, a plain string in older files. */
const personName = (respPerson: XmlNode): string | undefined => {
  const person = firstChild(respPerson, 'person');
  return pickLanguage(firstChild(person, 'name')) ?? textOf(person);
};

const CONFORMITY: readonly string[] = [
  'pass',
  'fail',
  'conditionalPass',
  'conditionalFail',
  'noPass',
  'noFail',
] satisfies DccConformityStatus[];
const FAILING: readonly string[] = ['fail', 'conditionalFail', 'noPass'] satisfies DccConformityStatus[];

function readStatement(statement: XmlNode, warnings: DccWarning[]): DccStatement {
  const norms = childNodes(statement, 'norm').flatMap((node) => textOf(node) ?? []);
  const prose = ['declaration', 'name', 'description'].map((name) => pickLanguage(firstChild(statement, name))).find(Boolean);
  const text = [norms.join('; '), prose].filter(Boolean).join(': ');
  const conformityNode = firstChild(statement, 'conformity') ?? firstChild(statement, 'conformityXMLList');
  const conformity = textOf(conformityNode);
  for (const status of conformity?.split(/\s+/) ?? []) {
    if (!CONFORMITY.includes(status)) {
      warnings.push({
        path: conformityNode?.path ?? statement.path,
        message: `'${status}' is not a DCC conformity status (${CONFORMITY.join(', ')})`,
      });
    }
  }
  return { text, ...optional('conformity', conformity), ...optional('traceable', readBoolean(statement, warnings)) };
}

/** xs:boolean: true/false/1/0. Anything else is a warning and is left out. */
function readBoolean(statement: XmlNode, warnings: DccWarning[]): boolean | undefined {
  const node = firstChild(statement, 'traceable');
  const text = textOf(node);
  if (!node || text === undefined) return undefined;
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  warnings.push({ path: node.path, message: `'${text.slice(0, 40)}' is not an xs:boolean (true/false); dcc:traceable is ignored` });
  return undefined;
}

/** Conservative: any failing status fails; 'pass' needs every status to be a plain pass; conditional ones are left to a person. */
function conclude(statements: DccStatement[]): 'pass' | 'fail' | undefined {
  const statuses = statements.flatMap((statement) => statement.conformity?.split(/\s+/) ?? []);
  if (statuses.some((status) => FAILING.includes(status))) return 'fail';
  return statuses.length > 0 && statuses.every((status) => status === 'pass') ? 'pass' : undefined;
}
