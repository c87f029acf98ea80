/** PTB Digital Calibration Certificate (DCC XML v3.x) importer, with the D-SI unit check it uses. */
export { parseDcc } from './parse-dcc.ts';
export { checkDsiUnit, type DsiUnitCheck } from './dsi-unit.ts';
export { DccError, isDccError, type DccErrorCode } from './dcc-error.ts';
export type {
  DccCertificate,
  DccConformityStatus,
  DccIdentification,
  DccItem,
  DccQuantity,
  DccReferenceStandard,
  DccResult,
  DccStatement,
  DccWarning,
} from './types.ts';
