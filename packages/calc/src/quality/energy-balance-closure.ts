import { isAppError } from '@jiliang/shared';
import { propagateSumUncertainty } from '../carbon/gum-propagation.ts';
import { readingStandardUncertainty } from '../metrology/reading-uncertainty.ts';
import { isWithinLimit, requireFinite, requireNonNegative, requirePositive, throwQualityInput } from './quality-input.ts';
import { createFinding, type QualityFinding, type QualityPeriod } from './types.ts';

/**
 * Rule 10, energy balance: a parent meter against the sum of its children over one period, with a
 * tolerance derived from the meters' own MPEs.
 *
 *   imbalance D = parent − Σ children − declaredLoss (declared losses, e.g. a transformer's, taken as exact)
 *   each meter: a_i = its MPE over the period's reading (class or stated MPE, metrology/reading-uncertainty.ts),
 *               u_i = a_i / √3, the MPE read as a rectangular distribution (JJF 1059.1-2012 4.3.3.2)
 *   u_c(D) = √(Σ u_i²), the sum law with sensitivity ±1 (JJF 1059.1-2012 4.4; carbon/gum-propagation.ts)
 *   tolerance U = k · u_c with k = 2, about 95 % (JJF 1059.1-2012 4.5)
 *   passes when |D| ≤ U; |D| = U passes.
 *
 * Why root-sum-square and not the linear sum Σ a_i: the meters are separate instruments, verified
 * separately, so their errors are independent, and JJF 1059.1 combines independent components in
 * quadrature. An MPE bounds a meter's error; the linear sum assumes every meter errs at its bound in the
 * worst direction at once, which almost never happens, and so widens the tolerance (three equal meters:
 * 3a against 2a) until real losses and leaks hide inside it. The linear sum is returned as `worstCase`
 * for comparison. energy/energy-balance.ts (issue 8) tests a meter tree against a fixed 2 %; this rule is
 * the data-quality check of one parent and its children, with the tolerance its meters earn.
 */
export type BalanceMeter = {
  id: string;
  /** The meter's consumption over the period, in `unit`. */
  reading: number;
  /** '0.5S', '1.0', '2' … (metrology mpeFromAccuracyClass); or one of the stated MPEs below. */
  accuracyClass?: string;
  /** MPE as a fraction of the reading (0.005 = ±0.5 %). */
  mpeRelative?: number;
  /** MPE ±a in `unit`. */
  mpeAbsolute?: number;
};

export type BalanceInput = {
  parent: BalanceMeter;
  children: readonly BalanceMeter[];
  unit: string;
  period: QualityPeriod;
  declaredLoss?: number;
};

export type BalanceResult = {
  imbalance: number;
  /** D / parent; null for a zero parent reading. */
  imbalanceRel: number | null;
  uCombined: number;
  coverageFactor: 2;
  tolerance: number;
  /** Σ a_i, the linear worst case (not used for the verdict). */
  worstCase: number;
  passes: boolean;
  /** 1 when |D| ≤ U, else U / |D|: the share of the imbalance the meters' accuracy explains. */
  closure: number;
  meters: { id: string; a: number; u: number }[];
  findings: QualityFinding[];
};

const COVERAGE_FACTOR = 2;

const meterUncertainty = (meter: BalanceMeter, unit: string, field: string): { id: string; a: number; u: number } => {
  const reading = requireNonNegative(meter.reading, `${field}.reading`);
  if (meter.accuracyClass === undefined && meter.mpeRelative === undefined && meter.mpeAbsolute === undefined) {
    throwQualityInput(
      `${field}.accuracyClass`,
      'mpe_required',
      `${field}（${meter.id}）没有准确度等级或最大允许误差，无法导出平衡容差`,
      'each meter needs an accuracy class or an MPE (JJF 1059.1-2012 4.3.3.2)',
    );
  }
  if (meter.mpeRelative !== undefined) requirePositive(meter.mpeRelative, `${field}.mpeRelative`);
  if (meter.mpeAbsolute !== undefined) requireNonNegative(meter.mpeAbsolute, `${field}.mpeAbsolute`);
  let u: number;
  try {
    ({ u } = readingStandardUncertainty({
      reading,
      unit,
      ...(meter.accuracyClass === undefined ? {} : { accuracyClass: meter.accuracyClass }),
      ...(meter.mpeRelative === undefined ? {} : { mpeRelative: meter.mpeRelative }),
      ...(meter.mpeAbsolute === undefined ? {} : { mpeAbsolute: meter.mpeAbsolute }),
    }));
  } catch (error) {
    // The metrology core names the bare field; say which meter it was.
    if (!isAppError(error)) throw error;
    throwQualityInput(
      `${field}.accuracyClass`,
      'known_accuracy_class',
      `${field}（${meter.id}）：${error.message}`,
      'see mpeFromAccuracyClass',
    );
  }
  return { id: meter.id, a: u * Math.sqrt(3), u };
};

export const checkEnergyBalance = (input: BalanceInput): BalanceResult => {
  if (input.children.length === 0) {
    throwQualityInput('children', 'non_empty', '平衡检查需要至少一个子表', 'a balance needs at least one child meter');
  }
  const declaredLoss = requireNonNegative(input.declaredLoss ?? 0, 'declaredLoss');
  const parent = meterUncertainty(input.parent, input.unit, 'parent');
  const children = input.children.map((child, i) => meterUncertainty(child, input.unit, `children[${i}]`));
  const sum = propagateSumUncertainty([
    { value: input.parent.reading, u: parent.u },
    ...input.children.map((child, i) => ({ value: child.reading, u: (children[i] as { u: number }).u, coefficient: -1 })),
  ]);
  const imbalance = requireFinite(sum.value - declaredLoss, 'imbalance');
  const tolerance = COVERAGE_FACTOR * sum.u;
  const worstCase = [parent, ...children].reduce((total, m) => total + m.a, 0);
  const passes = isWithinLimit(Math.abs(imbalance), tolerance);
  const closure = passes ? 1 : tolerance / Math.abs(imbalance);
  const imbalanceRel = input.parent.reading === 0 ? null : imbalance / input.parent.reading;
  const round = (x: number): number => Number(x.toPrecision(6));
  const findings = passes
    ? []
    : [
        createFinding(
          'balance',
          { ts: null, period: input.period },
          { measured: imbalance, limit: tolerance },
          `总表 ${input.parent.id} 与分表合计之差 ${round(imbalance)} ${input.unit} 超出由各表最大允许误差导出的容差 ±${round(tolerance)} ${input.unit}（k = 2）`,
          `parent ${input.parent.id} minus its children is ${round(imbalance)} ${input.unit}, beyond ±${round(tolerance)} ${input.unit} derived from the meters' MPEs (k = 2)`,
        ),
      ];
  return {
    imbalance,
    imbalanceRel,
    uCombined: sum.u,
    coverageFactor: COVERAGE_FACTOR,
    tolerance,
    worstCase,
    passes,
    closure,
    meters: [parent, ...children],
    findings,
  };
};
