/** Units (ARCHITECTURE rule 8): the unit table, parsing of simple and quotient units, conversion. */
export { UNIT_TABLE, DIMENSION_WORD, normaliseUnitSpelling, type BaseDimension, type UnitDefinition } from './unit-table.ts';
export { parseUnit, tryParseUnit, describeDimension, dimensionKey, type ParsedUnit, type UnitParseResult } from './parse-unit.ts';
export { convertUnit, convertParsedUnit, isSameDimension } from './convert-unit.ts';
