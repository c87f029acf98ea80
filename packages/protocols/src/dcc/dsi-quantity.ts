import { DccError } from './dcc-error.ts';
import { parseDecimal, readList, requireDecimal, splitList } from './dsi-number.ts';
import { readUncertainty, readUncertaintyList } from './dsi-uncertainty.ts';
import { checkDsiUnit } from './dsi-unit.ts';
import type { DccQuantity, DccWarning } from './types.ts';
import { attributeOf, childNames, childNodes, childText, firstChild, pathOf, pickLanguage, textOf, type XmlNode } from './xml-tree.ts';

type Base = { name: string; refType?: string };

/** D-SI value elements we read; the first one present in a dcc:quantity wins (a quantity holds exactly one). */
const READABLE = ['real', 'realListXMLList', 'constant', 'list', 'hybrid'] as const;
/** D-SI value elements we recognise but do not import (reported as a warning). */
const NOT_IMPORTED = ['complex', 'complexListXMLList', 'constantXMLList', 'realList', 'listXMLList'];

/**
 * The numeric values of one dcc:quantity (PTB DCC v3.x). A si:realListXMLList expands to one DccQuantity per
 * value. Quantities without a D-SI number (dcc:noQuantity, dcc:charsXMLList …) give none.
 */
export function readQuantity(quantity: XmlNode, warnings: DccWarning[]): DccQuantity[] {
  const refType = attributeOf(quantity, 'refType');
  const named = pickLanguage(firstChild(quantity, 'name'));
  const base = (valueNode: XmlNode): Base => {
    const name = named ?? childText(valueNode, 'label', 'si') ?? refType ?? '';
    return refType === undefined ? { name } : { name, refType };
  };
  const names = childNames(quantity);
  for (const unsupported of NOT_IMPORTED.filter((name) => names.includes(name))) {
    warnings.push({
      path: pathOf(quantity, unsupported, 'si'),
      message: `D-SI si:${unsupported} is not imported; the quantity is skipped`,
    });
  }
  return readValueElements(quantity, base, warnings, 0, false);
}

function readValueElements(
  parent: XmlNode,
  base: (valueNode: XmlNode) => Base,
  warnings: DccWarning[],
  depth: number,
  firstOnly: boolean,
): DccQuantity[] {
  for (const kind of READABLE) {
    const nodes = childNodes(parent, kind, 'si');
    const read = (node: XmlNode): DccQuantity[] => readOne(kind, node, base, warnings, depth);
    const first = nodes[0];
    if (first) return firstOnly ? read(first) : nodes.flatMap(read);
  }
  return [];
}

function readOne(
  kind: (typeof READABLE)[number],
  node: XmlNode,
  base: (valueNode: XmlNode) => Base,
  warnings: DccWarning[],
  depth: number,
): DccQuantity[] {
  switch (kind) {
    case 'real':
      return [{ ...base(node), ...readValueAndUnit(node, warnings), ...readUncertainty(node) }];
    case 'constant':
      // A si:constant (e.g. a nominal value) carries no expanded uncertainty we could normalise.
      return [{ ...base(node), ...readValueAndUnit(node, warnings) }];
    case 'realListXMLList':
      return readRealList(node, base(node), warnings);
    case 'list':
    case 'hybrid':
      if (depth > 20) throw new DccError('DCC_BAD_VALUE', node.path, `D-SI si:${kind} is nested too deeply`);
      // si:hybrid holds the same quantity in several units: the first one is enough.
      return readValueElements(node, base, warnings, depth + 1, kind === 'hybrid');
  }
}

function readValueAndUnit(node: XmlNode, warnings: DccWarning[]): Pick<DccQuantity, 'value' | 'unit' | 'unitValid'> {
  const value = requireDecimal(node, 'value');
  const unit = childText(node, 'unit', 'si') ?? '';
  return { value, unit, unitValid: checkUnitAt(unit, pathOf(node, 'unit', 'si'), warnings) };
}

/** A malformed or unknown D-SI unit is a warning naming the path and the unit; the value is still imported. */
function checkUnitAt(unit: string, path: string, warnings: DccWarning[]): boolean {
  const check = checkDsiUnit(unit);
  if (!check.valid) warnings.push({ path, message: `${check.message ?? 'invalid D-SI unit'}; imported with unitValid = false` });
  return check.valid;
}

/** si:realListXMLList: space-separated values; unit and uncertainty lists give one entry for all or one per value. */
function readRealList(list: XmlNode, base: Base, warnings: DccWarning[]): DccQuantity[] {
  const valuesNode = firstChild(list, 'valueXMLList', 'si');
  const valueTexts = splitList(textOf(valuesNode));
  if (!valuesNode || valueTexts.length === 0) {
    throw new DccError('DCC_MISSING_FIELD', pathOf(list, 'valueXMLList', 'si'), 'si:valueXMLList is required but missing or empty');
  }
  const values = valueTexts.map((text, index) => parseDecimal(text, `${valuesNode.path} (entry ${index + 1})`));
  const count = values.length;
  const unitPath = pathOf(list, 'unitXMLList', 'si');
  const unitEntries = splitList(childText(list, 'unitXMLList', 'si'));
  const units = readList(list, 'unitXMLList', count, false) ?? Array.from({ length: count }, () => '');
  const validity = unitEntries.length > 1 ? units.map((unit, i) => checkUnitAt(unit, `${unitPath} (entry ${i + 1})`, warnings)) : [];
  const sharedValid = unitEntries.length > 1 || checkUnitAt(units[0] ?? '', unitPath, warnings);
  const uncertainties = readUncertaintyList(list, count);
  return values.map((value, i) => ({
    ...base,
    value,
    unit: units[i] ?? '',
    unitValid: validity[i] ?? sharedValid,
    ...uncertainties[i],
  }));
}
