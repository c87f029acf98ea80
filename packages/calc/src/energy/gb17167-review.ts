import {
  GB17167_LEVEL_LABELS,
  MEDIA,
  MEDIUM_LABELS,
  type FieldIssue,
  type Gb17167EditionChoice,
  type Gb17167Finding,
  type Gb17167ReviewInput,
  type Gb17167ReviewResult,
  type Medium,
} from '@jiliang/shared';
import { roundHalfUp } from '../lifecycle/scoring.ts';
import { findGb17167AccuracyRow, isGb17167AccuracyNoWorse, parseGb17167AccuracyClass } from './accuracy-class.ts';
import { createEnergyIssue, throwEnergyValidation } from './energy-errors.ts';
import { convertEnergyLoad, isAtLeast } from './energy-load.ts';
import { selectGb17167RuleSet } from './gb17167-edition.ts';
import type { Gb17167RateLevel, Gb17167RuleSet, Gb17167ThresholdTable } from './gb17167-rule-sets.ts';
import { scoreGb17167Review } from './gb17167-score.ts';

/**
 * GB 17167 review (能源计量审查, issue 8) of one enterprise from its energy-flow inventory and its
 * instrument register. Pure: the review date comes in with the input.
 * - Points: every entry/exit point, every sub-unit and equipment item is one metering point needing one
 *   instrument (GB 17167-2006 3.2: 理论需要量). A sub-unit or equipment counts only if its load is ≥ the
 *   表2/表3 threshold for its medium (equality counts as main); below it is listed in `excluded`.
 * - Installed: a counted point with at least one instrument `in_service`; spare, under-repair and
 *   retired instruments meter nothing at review time and are listed in `notCounted`. A second meter on
 *   one point does not raise the rate above 100 %.
 * - Rate = installed / required × 100 %; pass iff installed × 100 ≥ limit × required (exact, integers).
 * - Accuracy (表4) and calibration (certificate valid on the review date, inclusive) are judged for every
 *   in-service instrument, including one on an excluded point.
 */
export type ReviewGb17167Options = { edition?: Gb17167EditionChoice; on?: string; ruleSets?: readonly Gb17167RuleSet[] };

type Point = { id: string; name: string; medium: Medium; level: Gb17167RateLevel; counted: boolean };
const LEVELS: readonly Gb17167RateLevel[] = ['entry_exit', 'sub_unit', 'main_equipment'];
const WHAT = 'GB 17167 review';

export const reviewGb17167 = (input: Gb17167ReviewInput, options: ReviewGb17167Options = {}): Gb17167ReviewResult => {
  const selection = selectGb17167RuleSet(options.edition ?? input.edition, options.on ?? input.reviewDate, options.ruleSets);
  const set = selection.applied;
  const issues: FieldIssue[] = [];
  const points = new Map<string, Point>();
  const excluded: Gb17167ReviewResult['excluded'] = [];

  for (const p of input.entryExitPoints) points.set(p.id, { id: p.id, name: p.name, medium: p.medium, level: 'entry_exit', counted: true });
  const classify = (
    item: { id: string; name: string; medium: Medium },
    level: 'sub_unit' | 'main_equipment',
    load: { value: number; unit: Gb17167ReviewInput['subUnits'][number]['consumption']['unit'] },
    table: Gb17167ThresholdTable,
    path: string,
  ) => {
    const threshold = table.byMedium[item.medium];
    let counted = true;
    if (threshold) {
      const value = convertEnergyLoad(load.value, load.unit, threshold.unit);
      if (value === null)
        issues.push(
          createEnergyIssue(
            `${path}.unit`,
            `${load.unit} cannot be compared with the ${table.clause} threshold for ${item.medium} in ${threshold.unit}`,
          ),
        );
      else if (!isAtLeast(value, threshold.value)) {
        counted = false;
        const levelLabel = GB17167_LEVEL_LABELS[level];
        excluded.push({
          id: item.id,
          name: item.name,
          level,
          medium: item.medium,
          load: { value: load.value, unit: load.unit },
          threshold,
          clause: table.clause,
          confirmation: table.confirmation,
          reason: `${item.name}：${load.value} ${load.unit} < ${threshold.value} ${threshold.unit}，不属于${levelLabel.replace('进出', '')}，不计入配备率（${table.clause} [${table.confirmation}]）`,
        });
      }
    }
    points.set(item.id, { id: item.id, name: item.name, medium: item.medium, level, counted });
  };
  input.subUnits.forEach((s, i) => classify(s, 'sub_unit', s.consumption, set.subUnitThresholds, `subUnits[${i}].consumption`));
  input.equipment.forEach((e, i) => classify(e, 'main_equipment', e.rating, set.equipmentThresholds, `equipment[${i}].rating`));

  const covered = new Set<string>();
  const checks: Gb17167ReviewResult['instruments'] = [];
  const notCounted: Gb17167ReviewResult['notCounted'] = [];
  const calibrationClause = `${set.id} 5.3`;
  input.instruments.forEach((m, i) => {
    const path = `instruments[${i}]`;
    const point = points.get(m.pointId);
    if (!point) return issues.push(createEnergyIssue(`${path}.pointId`, `no entry/exit point, sub-unit or equipment "${m.pointId}"`));
    if (m.status !== 'in_service') {
      const why = { spare: '备用，未在计量点投用', under_repair: '维修中，计量点当前无器具', retired: '已报废' }[m.status];
      notCounted.push({ code: m.code, status: m.status, reason: `${m.code}：${why}，不计入实际配备数（${set.id} 3.2）` });
      return;
    }
    if (point.counted) covered.add(point.id);
    const declared = m.accuracyClass ?? `±${roundHalfUp((m.mpeRelative ?? 0) * 100, 4)}%`;
    const grade =
      m.accuracyClass !== undefined ? parseGb17167AccuracyClass(m.accuracyClass) : { value: (m.mpeRelative ?? 0) * 100, s: false };
    if (!grade)
      return issues.push(
        createEnergyIssue(
          `${path}.accuracyClass`,
          `"${m.accuracyClass}" is not a class (0.5S, 1.0, 2) or an MPE (±0.5%) (${set.accuracy.clause})`,
        ),
      );
    const match = findGb17167AccuracyRow(set.accuracy, { ...m, medium: point.medium, level: point.level });
    if (match.kind === 'needs') return issues.push(createEnergyIssue(`${path}.${match.field}`, match.rule));
    const required = match.kind === 'row' ? match.row.required : null;
    const requiredGrade = required === null ? null : parseGb17167AccuracyClass(required);
    const accuracyVerdict = requiredGrade === null ? 'not_specified' : isGb17167AccuracyNoWorse(grade, requiredGrade) ? 'pass' : 'fail';
    const validUntil = m.validUntil ?? null;
    const calibrationVerdict = validUntil === null ? 'never_certified' : validUntil >= input.reviewDate ? 'on_time' : 'overdue';
    const accuracyText =
      match.kind === 'row'
        ? `准确度 ${declared}，${match.row.label}要求 ${required}：${accuracyVerdict === 'pass' ? '符合' : '不符合'}（${set.accuracy.clause} [${set.accuracy.confirmation}]）`
        : `准确度 ${declared}，表4未规定（${set.accuracy.clause}）`;
    const calibrationText = {
      on_time: `证书有效至 ${validUntil}`,
      overdue: `证书 ${validUntil} 已过期`,
      never_certified: '无有效检定/校准证书',
    }[calibrationVerdict];
    checks.push({
      code: m.code,
      pointId: m.pointId,
      accuracy: { declared, required, verdict: accuracyVerdict, clause: set.accuracy.clause, confirmation: set.accuracy.confirmation },
      calibration: { validUntil, verdict: calibrationVerdict, clause: calibrationClause },
      text: `${m.code}（${point.name}）：${accuracyText}；${calibrationText}（${calibrationClause}）`,
    });
  });
  if (issues.length > 0) throwEnergyValidation(WHAT, issues);

  const findings: Gb17167Finding[] = [];
  for (const level of LEVELS)
    for (const medium of MEDIA) {
      const all = [...points.values()].filter((p) => p.level === level && p.medium === medium);
      if (all.length === 0) continue;
      const required = all.filter((p) => p.counted);
      const unmetered = required.filter((p) => !covered.has(p.id)).map((p) => p.id);
      const installed = required.length - unmetered.length;
      const row = set.rates.rows[medium];
      const limit = row?.[level] ?? null;
      const confirmation = row?.confirmation ?? set.rates.confirmation;
      const verdict =
        limit === null || required.length === 0 ? 'not_applicable' : installed * 100 >= limit * required.length ? 'pass' : 'fail';
      const rate = required.length === 0 ? null : roundHalfUp((installed / required.length) * 100, 2);
      const head = `${MEDIUM_LABELS[medium]}·${GB17167_LEVEL_LABELS[level]}`;
      const body =
        verdict === 'not_applicable'
          ? required.length === 0
            ? '无达到限定值的计量对象'
            : '表1未规定配备率'
          : `应配 ${required.length}，实配 ${installed}，配备率 ${rate}%，要求 ≥ ${limit}%：${verdict === 'pass' ? '符合' : '不符合'}`;
      const unmeteredText = unmetered.length > 0 ? `；未计量：${unmetered.join('、')}` : '';
      findings.push({
        medium,
        level,
        required: required.length,
        installed,
        rate,
        limit,
        verdict,
        unmeteredPointIds: unmetered,
        clause: set.rates.clause,
        confirmation,
        text: `${head}：${body}${unmeteredText}（${set.rates.clause} [${confirmation}]${row?.note ? `；${row.note}` : ''}）`,
      });
    }

  return {
    enterprise: input.enterprise,
    reviewDate: input.reviewDate,
    editionChosenOn: selection.chosenOn,
    editionRequested: selection.requested.id,
    editionApplied: set.id,
    note: selection.note,
    findings,
    excluded,
    instruments: checks,
    notCounted,
    ...scoreGb17167Review(findings, checks, input.management),
  };
};
