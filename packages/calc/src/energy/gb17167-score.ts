import type { Gb17167Finding, Gb17167ManagementItem, Gb17167ReviewInput, Gb17167ReviewResult } from '@jiliang/shared';
import { roundHalfUp } from '../lifecycle/scoring.ts';

/**
 * The review's score and verdict (our documented formula; GB 17167 itself sets rates, not points):
 *   equipping   50 × (findings passing 表1 / findings with a required rate)
 *   accuracy    20 × (instruments conforming to 表4 / in-service instruments that 表4 governs)
 *   calibration 20 × (in-service instruments with a certificate valid on the review date / in-service instruments)
 *   management  10 × (weight of checklist items met / total weight)   — GB 17167-2006 5
 * A part with nothing to judge earns its full points. Each part is rounded half-up to 0.1 and the
 * total is their sum. Verdict: pass iff the total ≥ 80 and no mandatory rule fails — every 表1 rate
 * (mandatory clauses 4.3.2–4.3.5) and every 表4 class. Overdue calibration and unmet checklist items
 * lower the score but do not fail the review on their own.
 */
export const GB17167_SCORE_WEIGHTS = { equipping: 50, accuracy: 20, calibration: 20, management: 10 } as const;
export const GB17167_PASS_LINE = 80;

export type Gb17167ChecklistItem = { item: Gb17167ManagementItem; label: string; weight: number; clause: string };

/** The metrology-management checklist (documents, staff, records); clause numbers of GB 17167-2006 5 are [M]. */
export const GB17167_MANAGEMENT_CHECKLIST: readonly Gb17167ChecklistItem[] = [
  { item: 'managementSystem', label: '能源计量管理制度', weight: 3, clause: 'GB 17167-2006 5.1' },
  { item: 'instrumentRegister', label: '能源计量器具台账（一览表）', weight: 2, clause: 'GB 17167-2006 5.3' },
  { item: 'calibrationPlan', label: '能源计量器具检定/校准计划', weight: 1, clause: 'GB 17167-2006 5.3' },
  { item: 'trainedStaff', label: '能源计量人员经培训、持证上岗', weight: 2, clause: 'GB 17167-2006 5.2' },
  { item: 'dataRecords', label: '能源计量数据记录', weight: 1, clause: 'GB 17167-2006 5.4' },
  { item: 'certificatesKept', label: '检定/校准证书存档', weight: 1, clause: 'GB 17167-2006 5.3' },
];

type Part = { points: number; max: number };
const part = (max: number, good: number, judged: number): Part => ({
  points: roundHalfUp(judged === 0 ? max : (max * good) / judged, 1),
  max,
});

export const scoreGb17167Review = (
  findings: readonly Gb17167Finding[],
  instruments: Gb17167ReviewResult['instruments'],
  management: Gb17167ReviewInput['management'],
): Pick<Gb17167ReviewResult, 'management' | 'score' | 'verdict' | 'reasons'> => {
  const rated = findings.filter((f) => f.verdict !== 'not_applicable');
  const judgedAccuracy = instruments.filter((i) => i.accuracy.verdict !== 'not_specified');
  const checklist = GB17167_MANAGEMENT_CHECKLIST.map((c) => ({ ...c, met: management[c.item] }));
  const totalWeight = checklist.reduce((s, c) => s + c.weight, 0);
  const w = GB17167_SCORE_WEIGHTS;
  const equipping = part(w.equipping, rated.filter((f) => f.verdict === 'pass').length, rated.length);
  const accuracy = part(w.accuracy, judgedAccuracy.filter((i) => i.accuracy.verdict === 'pass').length, judgedAccuracy.length);
  const calibration = part(w.calibration, instruments.filter((i) => i.calibration.verdict === 'on_time').length, instruments.length);
  const managementPart = part(
    w.management,
    checklist.filter((c) => c.met).reduce((s, c) => s + c.weight, 0),
    totalWeight,
  );
  const total = roundHalfUp(equipping.points + accuracy.points + calibration.points + managementPart.points, 1);

  const reasons = [
    ...rated.filter((f) => f.verdict === 'fail').map((f) => f.text),
    ...judgedAccuracy.filter((i) => i.accuracy.verdict === 'fail').map((i) => i.text),
  ];
  if (total < GB17167_PASS_LINE) reasons.push(`总分 ${total} 低于合格线 ${GB17167_PASS_LINE}（score ${total} < ${GB17167_PASS_LINE}）`);
  const verdict = reasons.length === 0 ? 'pass' : 'fail';
  if (verdict === 'pass')
    reasons.push(
      `表1配备率全部符合、表4准确度等级全部符合，总分 ${total} ≥ ${GB17167_PASS_LINE}（all rates and classes conform; score ${total} ≥ ${GB17167_PASS_LINE}）`,
    );
  return {
    management: checklist,
    score: { total, passLine: GB17167_PASS_LINE, equipping, accuracy, calibration, management: managementPart },
    verdict,
    reasons,
  };
};
