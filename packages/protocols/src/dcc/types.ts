/** Shapes the PTB DCC v3.x importer returns. Dates are ISO `YYYY-MM-DD`; numbers are plain JS numbers. */

/** One measured value with its D-SI unit and its uncertainty normalised to (U, k, p) and u = U/k. */
export type DccQuantity = {
  name: string;
  refType?: string;
  value: number;
  /** The D-SI unit string as written in the file, e.g. `\kilo\watt\hour`. */
  unit: string;
  /** false when `unit` is not a well-formed D-SI unit; the import goes on and a warning names the path. */
  unitValid: boolean;
  /** Expanded uncertainty U, in `unit`. */
  expandedUncertainty?: number;
  coverageFactor?: number;
  coverageProbability?: number;
  /** Standard uncertainty u: given in the file (si:standardMU) or derived as U/k (GUM 6.2.1, JJF 1059.1-2012). */
  standardUncertainty?: number;
  distribution?: string;
};

export type DccResult = { measurementResultName: string; name: string; refType?: string; quantities: DccQuantity[] };

/** D-SI / DCC `stringConformityStatementStatusType`. */
export type DccConformityStatus = 'pass' | 'fail' | 'conditionalPass' | 'conditionalFail' | 'noPass' | 'noFail';

export type DccIdentification = { issuer: string; value: string; name?: string };

export type DccItem = {
  name: string;
  manufacturer?: string;
  model?: string;
  serialNumber?: string;
  identifications: DccIdentification[];
};

export type DccStatement = {
  text: string;
  /** The status as written (a DccConformityStatus, or a space-separated list for dcc:conformityXMLList). */
  conformity?: string;
  traceable?: boolean;
};

/** A reference standard used in the calibration (dcc:measuringEquipment): the next link of the traceability chain. */
export type DccReferenceStandard = { name: string; identification?: string; certificateNumber?: string };

export type DccCertificate = {
  schemaVersion: string;
  uniqueIdentifier: string;
  countryCode?: string;
  languages: string[];
  beginPerformanceDate: string;
  endPerformanceDate: string;
  issueDate?: string;
  receiptDate?: string;
  laboratory: { name: string; city?: string; countryCode?: string };
  items: DccItem[];
  customer?: string;
  respPersons: string[];
  statements: DccStatement[];
  /** 'fail' when any statement says fail/conditionalFail/noPass, 'pass' when every status is 'pass'; otherwise absent. */
  conclusion?: 'pass' | 'fail';
  usedMethods: string[];
  referenceStandards: DccReferenceStandard[];
  results: DccResult[];
};

export type DccWarning = { path: string; message: string };
