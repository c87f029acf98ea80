import { readAdministrativeData } from './administrative-data.ts';
import { DccError } from './dcc-error.ts';
import { readMeasurementResults } from './measurement-results.ts';
import type { DccCertificate, DccWarning } from './types.ts';
import { attributeOf, parseXmlRoot } from './xml-tree.ts';

const ROOT = 'digitalCalibrationCertificate';
/** DCC schemaVersion is semantic: major.minor.patch, optionally with a pre-release tag (3.3.0-rc.2). */
const SCHEMA_VERSION = /^(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?$/;

/**
 * Imports a PTB Digital Calibration Certificate (DCC XML, schema 3.x, D-SI 1.x or 2.x) from its text.
 * Pure: no I/O. Problems that leave the certificate usable (a malformed D-SI unit, an unknown conformity
 * status) are returned as warnings; anything else throws a DccError naming the element path, and nothing
 * else is ever thrown.
 */
export function parseDcc(xml: string): { certificate: DccCertificate; warnings: DccWarning[] } {
  if (typeof xml !== 'string') throw new DccError('DCC_NOT_XML', '/', 'The DCC must be given as text');
  const [rootName, rootValue] = parseXmlRoot(xml);
  if (rootName !== ROOT) {
    throw new DccError('DCC_WRONG_ROOT', `/${rootName}`, `The root element is '${rootName}', not dcc:${ROOT}; this is not a DCC`);
  }
  const root = { path: `/dcc:${ROOT}`, value: rootValue };
  const schemaVersion = attributeOf(root, 'schemaVersion');
  const versionPath = `${root.path}/@schemaVersion`;
  if (schemaVersion === undefined) throw new DccError('DCC_MISSING_FIELD', versionPath, 'The schemaVersion attribute is required');
  const version = SCHEMA_VERSION.exec(schemaVersion);
  if (!version)
    throw new DccError('DCC_BAD_VALUE', versionPath, `schemaVersion '${schemaVersion.slice(0, 40)}' is not a version like 3.2.1`);
  if (version[1] !== '3') {
    throw new DccError(
      'DCC_UNSUPPORTED_VERSION',
      versionPath,
      `schemaVersion ${schemaVersion} is not supported; this importer reads DCC 3.x`,
    );
  }
  const warnings: DccWarning[] = [];
  const administrativeData = readAdministrativeData(root, warnings);
  const measurementResults = readMeasurementResults(root, warnings);
  return { certificate: { schemaVersion, ...administrativeData, ...measurementResults }, warnings };
}
