import { DccError } from './dcc-error.ts';
import { readDecimalList, readList, requireDecimal } from './dsi-number.ts';
import type { DccQuantity } from './types.ts';
import { childText, firstChild, type XmlNode } from './xml-tree.ts';

export type Uncertainty = Pick<
  DccQuantity,
  'expandedUncertainty' | 'coverageFactor' | 'coverageProbability' | 'standardUncertainty' | 'distribution'
>;

/**
 * U, k and p as given, plus u = U/k (GUM 6.2.1: U = k·u_c; JJF 1059.1-2012, a certificate's U with factor k gives u = U/k).
 * Checked: U ≥ 0, k > 0, 0 ≤ p ≤ 1.
 */
function expanded(U: number, k: number, p: number, path: string, distribution?: string): Uncertainty {
  if (!(U >= 0)) throw new DccError('DCC_BAD_VALUE', path, `The expanded uncertainty U = ${U} is negative`);
  if (!(k > 0)) throw new DccError('DCC_BAD_VALUE', path, `The coverage factor k = ${k} must be greater than 0`);
  checkProbability(p, path);
  return withDistribution({ expandedUncertainty: U, coverageFactor: k, coverageProbability: p, standardUncertainty: U / k }, distribution);
}

function standard(u: number, path: string, p?: number, distribution?: string): Uncertainty {
  if (!(u >= 0)) throw new DccError('DCC_BAD_VALUE', path, `The standard uncertainty u = ${u} is negative`);
  if (p !== undefined) checkProbability(p, path);
  return withDistribution(p === undefined ? { standardUncertainty: u } : { standardUncertainty: u, coverageProbability: p }, distribution);
}

function checkProbability(p: number, path: string): void {
  if (!(p >= 0 && p <= 1)) throw new DccError('DCC_BAD_VALUE', path, `The coverage probability p = ${p} must lie between 0 and 1`);
}

const withDistribution = (uncertainty: Uncertainty, distribution: string | undefined): Uncertainty =>
  distribution === undefined ? uncertainty : { ...uncertainty, distribution };

/**
 * The uncertainty of one si:real, in either encoding:
 * D-SI 1.x `si:expandedUnc` / `si:coverageInterval` (deprecated, still in DCC 3.1/3.2 files), or
 * D-SI 2.x `si:measurementUncertaintyUnivariate` with one of `si:expandedMU`, `si:standardMU`, `si:coverageIntervalMU`.
 */
export function readUncertainty(real: XmlNode): Uncertainty {
  const expandedUnc = firstChild(real, 'expandedUnc', 'si');
  if (expandedUnc) {
    const U = requireDecimal(expandedUnc, 'uncertainty');
    const k = requireDecimal(expandedUnc, 'coverageFactor');
    return expanded(
      U,
      k,
      requireDecimal(expandedUnc, 'coverageProbability'),
      expandedUnc.path,
      childText(expandedUnc, 'distribution', 'si'),
    );
  }
  const coverageInterval = firstChild(real, 'coverageInterval', 'si');
  if (coverageInterval) {
    const u = requireDecimal(coverageInterval, 'standardUnc');
    return standard(
      u,
      coverageInterval.path,
      requireDecimal(coverageInterval, 'coverageProbability'),
      childText(coverageInterval, 'distribution', 'si'),
    );
  }
  const univariate = firstChild(real, 'measurementUncertaintyUnivariate', 'si');
  if (!univariate) return {};
  const expandedMU = firstChild(univariate, 'expandedMU', 'si');
  if (expandedMU) {
    const U = requireDecimal(expandedMU, 'valueExpandedMU');
    const k = requireDecimal(expandedMU, 'coverageFactor');
    return expanded(U, k, requireDecimal(expandedMU, 'coverageProbability'), expandedMU.path, childText(expandedMU, 'distribution', 'si'));
  }
  const standardMU = firstChild(univariate, 'standardMU', 'si');
  if (standardMU) {
    return standard(requireDecimal(standardMU, 'valueStandardMU'), standardMU.path, undefined, childText(standardMU, 'distribution', 'si'));
  }
  const intervalMU = firstChild(univariate, 'coverageIntervalMU', 'si');
  if (intervalMU) {
    const u = requireDecimal(intervalMU, 'valueStandardMU');
    return standard(u, intervalMU.path, requireDecimal(intervalMU, 'coverageProbability'), childText(intervalMU, 'distribution', 'si'));
  }
  throw new DccError(
    'DCC_MISSING_FIELD',
    `${univariate.path}/si:expandedMU`,
    'si:measurementUncertaintyUnivariate needs one of si:expandedMU, si:standardMU or si:coverageIntervalMU (D-SI 2.x)',
  );
}

/** The same for si:realListXMLList, one Uncertainty per value (D-SI XMLList: one entry for all, or one per value). */
export function readUncertaintyList(list: XmlNode, count: number): Uncertainty[] {
  const none = (): Uncertainty[] => Array.from({ length: count }, () => ({}));
  const distributions = (parent: XmlNode) => readList(parent, 'distributionXMLList', count, false);
  const expandedUnc = firstChild(list, 'expandedUncXMLList', 'si');
  if (expandedUnc) return expandedList(expandedUnc, 'uncertaintyXMLList', count, distributions(expandedUnc));
  const univariate = firstChild(list, 'measurementUncertaintyUnivariateXMLList', 'si');
  if (!univariate) return none();
  const expandedMU = firstChild(univariate, 'expandedMUXMLList', 'si');
  if (expandedMU) return expandedList(expandedMU, 'valueExpandedMUXMLList', count, distributions(expandedMU));
  const standardMU = firstChild(univariate, 'standardMUXMLList', 'si');
  if (standardMU) {
    const dist = distributions(standardMU);
    return readDecimalList(standardMU, 'valueStandardMUXMLList', count).map((u, i) => standard(u, standardMU.path, undefined, dist?.[i]));
  }
  const intervalMU = firstChild(univariate, 'coverageIntervalMUXMLList', 'si');
  if (intervalMU) {
    const dist = distributions(intervalMU);
    const ps = readDecimalList(intervalMU, 'coverageProbabilityXMLList', count);
    return readDecimalList(intervalMU, 'valueStandardMUXMLList', count).map((u, i) => standard(u, intervalMU.path, ps[i], dist?.[i]));
  }
  throw new DccError(
    'DCC_MISSING_FIELD',
    `${univariate.path}/si:expandedMUXMLList`,
    'si:measurementUncertaintyUnivariateXMLList needs one of si:expandedMUXMLList, si:standardMUXMLList or si:coverageIntervalMUXMLList (D-SI 2.x)',
  );
}

function expandedList(parent: XmlNode, valueName: string, count: number, dist: string[] | undefined): Uncertainty[] {
  const Us = readDecimalList(parent, valueName, count);
  const ks = readDecimalList(parent, 'coverageFactorXMLList', count);
  const ps = readDecimalList(parent, 'coverageProbabilityXMLList', count);
  return Us.map((U, i) => expanded(U, ks[i] ?? Number.NaN, ps[i] ?? Number.NaN, parent.path, dist?.[i]));
}
