/**
 * The one error the PTB DCC v3.x importer throws. `code` is for programs, `path` names the DCC element
 * (XPath-like, with the canonical `dcc:`/`si:` prefixes whatever prefixes the file used), `message` is for people.
 */
export type DccErrorCode =
  /** The text is not well-formed XML (or uses a name the XML parser refuses). */
  | 'DCC_NOT_XML'
  /** Well-formed XML, but the root element is not dcc:digitalCalibrationCertificate. */
  | 'DCC_WRONG_ROOT'
  /** An element or attribute that PTB DCC v3.x requires is absent or empty. */
  | 'DCC_MISSING_FIELD'
  /** An element is present but its content breaks the rule for its type (number, date, list length …). */
  | 'DCC_BAD_VALUE'
  /** schemaVersion is not a 3.x version. */
  | 'DCC_UNSUPPORTED_VERSION';

export class DccError extends Error {
  readonly code: DccErrorCode;
  readonly path: string;
  constructor(code: DccErrorCode, path: string, message: string) {
    super(`${message} [PTB DCC v3.x, at ${path}]`);
    this.name = 'DccError';
    this.code = code;
    this.path = path;
  }
}

export const isDccError = (error: unknown): error is DccError => error instanceof DccError;
