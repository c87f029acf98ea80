import { readIdentifications } from './administrative-data.ts';
import { readQuantity } from './dsi-quantity.ts';
import type { DccQuantity, DccReferenceStandard, DccResult, DccWarning } from './types.ts';
import { attributeOf, childNodes, childText, firstChild, pickLanguage, type XmlNode } from './xml-tree.ts';

type MeasurementResults = { usedMethods: string[]; referenceStandards: DccReferenceStandard[]; results: DccResult[] };

/**
 * PTB DCC v3.x dcc:measurementResults/dcc:measurementResult: usedMethods, measuringEquipments (the reference
 * standards), and results/result/data with dcc:quantity and dcc:list. Influence conditions and metadata are not imported.
 */
export function readMeasurementResults(root: XmlNode, warnings: DccWarning[]): MeasurementResults {
  const container = firstChild(root, 'measurementResults');
  if (!container) warnings.push({ path: `${root.path}/dcc:measurementResults`, message: 'The DCC has no measurement results' });
  const measurementResults = childNodes(container, 'measurementResult');
  const usedMethods = measurementResults.flatMap((result) =>
    childNodes(firstChild(result, 'usedMethods'), 'usedMethod').flatMap(
      (method) => pickLanguage(firstChild(method, 'name')) ?? childText(method, 'norm') ?? [],
    ),
  );
  const referenceStandards = measurementResults.flatMap((result) =>
    childNodes(firstChild(result, 'measuringEquipments'), 'measuringEquipment').map(readMeasuringEquipment),
  );
  const results = measurementResults.flatMap((measurementResult) => {
    const measurementResultName = pickLanguage(firstChild(measurementResult, 'name')) ?? '';
    return childNodes(firstChild(measurementResult, 'results'), 'result').map((result): DccResult => {
      const refType = attributeOf(result, 'refType');
      return {
        measurementResultName,
        name: pickLanguage(firstChild(result, 'name')) ?? refType ?? '',
        ...(refType === undefined ? {} : { refType }),
        quantities: readData(firstChild(result, 'data'), warnings, 0),
      };
    });
  });
  return { usedMethods: unique(usedMethods), referenceStandards: uniqueBy(referenceStandards), results };
}

/** dcc:data holds dcc:quantity and dcc:list elements; a dcc:list holds quantities and further lists. */
function readData(data: XmlNode | undefined, warnings: DccWarning[], depth: number): DccQuantity[] {
  if (!data || depth > 20) return [];
  return [
    ...childNodes(data, 'quantity').flatMap((quantity) => readQuantity(quantity, warnings)),
    ...childNodes(data, 'list').flatMap((list) => readData(list, warnings, depth + 1)),
  ];
}

/** The certificate of a reference standard: dcc:certificate/dcc:referralID (DCC 3.3), dcc:referenceID before. */
function readMeasuringEquipment(equipment: XmlNode): DccReferenceStandard {
  const identifications = readIdentifications(equipment);
  const identification = identifications.find((id) => id.issuer === 'manufacturer') ?? identifications[0];
  const certificate = firstChild(equipment, 'certificate');
  const certificateNumber = childText(certificate, 'referralID') ?? childText(certificate, 'referenceID');
  return {
    name: pickLanguage(firstChild(equipment, 'name')) ?? '',
    ...(identification === undefined ? {} : { identification: identification.value }),
    ...(certificateNumber === undefined ? {} : { certificateNumber }),
  };
}

const unique = (values: string[]): string[] => [...new Set(values)];

function uniqueBy(standards: DccReferenceStandard[]): DccReferenceStandard[] {
  const seen = new Set<string>();
  return standards.filter((standard) => {
    const key = JSON.stringify([standard.name, standard.identification, standard.certificateNumber]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
