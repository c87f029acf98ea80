import {
  requireFiniteNumber,
  requireNonNegativeNumber,
  requirePositiveNumber,
  roundMeasured,
  throwMetrologyInput,
} from './metrology-input.ts';
import type { CertificateFacts, CertificateResult } from './types.ts';

/**
 * The standard uncertainty of one reading of an instrument (JJF 1059.1-2012 4.3.3, Type B evaluation).
 *
 * - From a certificate result: u = U/k (GUM 4.3.3). U is relative (%) or absolute in the result's unit.
 * - From a maximum permissible error ±a taken as a rectangular distribution: u = a/√3
 *   (JJF 1059.1-2012 4.3.3.2, GUM 4.3.7). a is, the first given of: `mpeAbsolute`; `mpeRelative`; the
 *   MPE of `accuracyClass` (a stated MPE is more specific than a class). A relative MPE is taken of
 *   `fullScale` when given (引用误差: pressure and temperature instruments state their class as a
 *   percentage of the span) and otherwise of |reading| (energy meters: a percentage of the reading).
 *
 * Which one (the task says U/k first, else the MPE):
 * - a calibration certificate (校准) with a result for the quantity and unit: U/k, since a calibrated
 *   instrument is used with its correction;
 * - a verification certificate (检定) when an accuracy class or MPE is given: the MPE, since a verified
 *   instrument is used at its indication within its MPE, not corrected (the same split as the JJF 1033
 *   stability criterion: |MPE| at nominal value, U of the correction with a correction); without a
 *   class or MPE, its results' U/k;
 * - otherwise the MPE; with neither, an error.
 * Among several matching results: the one whose calibration point `value` is nearest the reading;
 * results without a point only when none has one; ties go to the larger u (the conservative choice).
 */

export type ReadingUncertaintyMethod = 'certificate_U_over_k' | 'mpe_rectangular';

export type ReadingUncertaintyInput = {
  certificate?: CertificateFacts;
  /** Selects the certificate result by quantity; any quantity with the reading's unit when absent. */
  quantity?: string;
  /** E.g. '0.5S', '1.0', '2', '1级', 'C' (see mpeFromAccuracyClass). */
  accuracyClass?: string;
  /** The maximum permissible error as a fraction (0.005 = ±0.5 %), as the store's `mpeRelative`. */
  mpeRelative?: number;
  /** The maximum permissible error ±a, absolute, in `unit`. */
  mpeAbsolute?: number;
  /** The span for a class stated as a fiducial error (% of full scale), in `unit`. */
  fullScale?: number;
  reading: number;
  unit: string;
};

export type ReadingStandardUncertainty = {
  /** Standard uncertainty in the reading's unit. */
  u: number;
  /** u / |reading|; null for a zero reading with an absolute uncertainty. */
  uRel: number | null;
  method: ReadingUncertaintyMethod;
  source: string;
  sourceEn: string;
};

// GB/T 17215 / IEC 62053 (and EN 50470) letter classes of active-energy meters: MPE in % of the reading.
const LETTER_CLASS_PERCENT: Record<string, number> = { A: 2, B: 1, C: 0.5, D: 0.2 };
const NUMERIC_CLASS = /^(?:CLASS\s*)?(\d+(?:\.\d+)?)\s*(S)?\s*(?:级)?$/i;
const LETTER_CLASS = /^(?:CLASS\s*)?([ABCD])\s*(?:级)?$/i;
const PERCENT_MPE = /^±?\s*(\d+(?:\.\d+)?)\s*%$/;

const parseClassPercent = (accuracyClass: string): number => {
  const text = String(accuracyClass).normalize('NFKC').trim();
  const letter = LETTER_CLASS.exec(text)?.[1];
  const percent = letter ? LETTER_CLASS_PERCENT[letter.toUpperCase()] : Number((NUMERIC_CLASS.exec(text) ?? PERCENT_MPE.exec(text))?.[1]);
  if (percent !== undefined && Number.isFinite(percent) && percent > 0 && percent <= 10) return percent;
  return throwMetrologyInput(
    'accuracyClass',
    'known_accuracy_class',
    `无法识别的准确度等级 ${JSON.stringify(accuracyClass)}：应为 0.2S、0.5、1.0、2、1级、±0.1%、A–D 等（0 < 等级 ≤ 10 %）；Ⅰ–Ⅳ 级衡器的最大允许误差取决于检定分度值，请直接给出 mpeAbsolute`,
    `unknown accuracy class: expected e.g. 0.2S, 0.5, 1.0, 2, 1级, ±0.1%, A–D (0 < class ≤ 10 %); for weighing classes I–IV give mpeAbsolute`,
  );
};

/**
 * The relative MPE (a fraction) of an accuracy class: '0.5S' → 0.005, '1.0' → 0.01, '2' → 0.02,
 * '1级' → 0.01, '±0.1 %' → 0.001, letter classes 'A'/'B'/'C'/'D' → 0.02/0.01/0.005/0.002.
 * The S suffix (0.2S, 0.5S) has the same MPE as the plain class at rated current.
 */
export const mpeFromAccuracyClass = (accuracyClass: string): number => parseClassPercent(accuracyClass) / 100;

const uOfResult = (result: CertificateResult, reading: number): number =>
  result.relative
    ? ((result.expandedUncertainty / 100) * Math.abs(reading)) / result.coverageFactor
    : result.expandedUncertainty / result.coverageFactor;

const pickResult = (input: ReadingUncertaintyInput, certificate: CertificateFacts): CertificateResult | undefined => {
  certificate.results.forEach((r, i) => {
    requireNonNegativeNumber(r.expandedUncertainty, `certificate.results[${i}].expandedUncertainty`);
    requirePositiveNumber(r.coverageFactor, `certificate.results[${i}].coverageFactor`);
  });
  const matching = certificate.results.filter(
    (r) => r.unit === input.unit && (input.quantity === undefined || r.quantity === input.quantity),
  );
  const withPoint = matching.filter((r) => r.value !== undefined);
  const pool = withPoint.length > 0 ? withPoint : matching;
  const distance = (r: CertificateResult): number => (r.value === undefined ? 0 : Math.abs(r.value - input.reading));
  return [...pool].sort((a, b) => distance(a) - distance(b) || uOfResult(b, input.reading) - uOfResult(a, input.reading))[0];
};

const relativeTo = (u: number, reading: number): number | null => (reading === 0 ? null : u / Math.abs(reading));

export const readingStandardUncertainty = (input: ReadingUncertaintyInput): ReadingStandardUncertainty => {
  const reading = requireFiniteNumber(input.reading, 'reading');
  const hasMpe = input.accuracyClass !== undefined || input.mpeRelative !== undefined || input.mpeAbsolute !== undefined;
  const certificate = input.certificate;
  const preferMpe = certificate?.kind === 'verification' && hasMpe;
  const result = certificate && !preferMpe ? pickResult(input, certificate) : undefined;

  if (certificate && result) {
    const u = uOfResult(result, reading);
    const uText = `U = ${result.expandedUncertainty}${result.relative ? ' %' : ` ${result.unit}`}, k = ${result.coverageFactor}`;
    const point = result.value === undefined ? '' : ` @ ${result.value} ${result.unit}`;
    return {
      u,
      uRel: result.relative ? result.expandedUncertainty / 100 / result.coverageFactor : relativeTo(u, reading),
      method: 'certificate_U_over_k',
      source: `证书 ${certificate.number} 结果「${result.quantity}」${point}：${uText}；u = U/k（JJF 1059.1-2012 4.3.3）`,
      sourceEn: `certificate ${certificate.number}, result '${result.quantity}'${point}: ${uText}; u = U/k (JJF 1059.1-2012 4.3.3, GUM 4.3.3)`,
    };
  }

  if (hasMpe) {
    let a: number;
    let basis: string;
    if (input.mpeAbsolute !== undefined) {
      a = Math.abs(requireFiniteNumber(input.mpeAbsolute, 'mpeAbsolute'));
      basis = `MPE ±${a} ${input.unit}`;
    } else {
      const percent =
        input.mpeRelative !== undefined
          ? requirePositiveNumber(input.mpeRelative, 'mpeRelative') * 100
          : parseClassPercent(input.accuracyClass ?? '');
      const label = input.mpeRelative !== undefined ? 'MPE' : `class ${input.accuracyClass}`;
      const fullScale = input.fullScale === undefined ? undefined : requirePositiveNumber(input.fullScale, 'fullScale');
      a = (percent / 100) * (fullScale ?? Math.abs(reading));
      basis = `${label}: ±${roundMeasured(percent)} % × ${fullScale === undefined ? `|reading| ${Math.abs(reading)}` : `full scale ${fullScale}`} ${input.unit} = ±${roundMeasured(a)} ${input.unit}`;
    }
    const u = a / Math.sqrt(3);
    return {
      u,
      uRel: relativeTo(u, reading),
      method: 'mpe_rectangular',
      source: `${basis}，按均匀分布 u = a/√3（JJF 1059.1-2012 4.3.3.2）`,
      sourceEn: `${basis}, rectangular distribution u = a/√3 (JJF 1059.1-2012 4.3.3.2, GUM 4.3.7)`,
    };
  }

  const why = certificate ? `证书 ${certificate.number} 没有单位为 ${input.unit} 的结果` : '未给出证书';
  return throwMetrologyInput(
    'accuracyClass',
    'uncertainty_source',
    `无法确定读数的标准不确定度：${why}，且未给出准确度等级或最大允许误差`,
    `no certificate result in ${input.unit} and no accuracy class or MPE to fall back on`,
  );
};
