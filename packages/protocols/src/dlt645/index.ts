/** DL/T 645-2007 multi-function electricity meter protocol: frames in, values or clear errors out (STANDARDS.md §4.1). */
export { Dlt645Error, isDlt645Error, type Dlt645ErrorCode } from './errors.ts';
export { parseHex, formatHex } from './hex.ts';
export { DLT645_DATA_IDENTIFIERS, findDataIdentifier, type Dlt645DataIdentifier } from './data-identifiers.ts';
export { DLT645_FUNCTIONS, DLT645_ERROR_BITS, describeControl, describeErrorByte, type Dlt645Control } from './control.ts';
export { decodeDlt645, type Dlt645Frame } from './decode.ts';
export { encodeDlt645, type Dlt645FrameInput } from './encode.ts';
