import {
  AppError,
  GB17167_LEVEL_LABELS,
  MEDIUM_LABELS,
  type EnergyFindingKind,
  type Gb17167Level,
  type Gb17167ReviewResult,
  type Medium,
  type RectificationStatus,
} from '@jiliang/shared';

/**
 * What a review's result becomes in rows (issue 8), pure: one finding per 表1 rate (energy type × level), one per
 * instrument failing 表4 or overdue for calibration (GB 17167-2006 5.3), one per unmet checklist item (5.1–5.4).
 * Every failing finding gets a rectification item with the requirement that closes it.
 */
export type FindingDraft = {
  kind: EnergyFindingKind;
  medium: Medium | null;
  level: Gb17167Level | null;
  required: number | null;
  installed: number | null;
  rate: number | null;
  limit: number | null;
  verdict: 'pass' | 'fail' | 'not_applicable';
  instrumentCode: string | null;
  clause: string;
  text: string;
  /** 整改要求, for a failing finding. */
  requirement: string | null;
};

export const draftFindings = (result: Gb17167ReviewResult): FindingDraft[] => {
  const rates: FindingDraft[] = result.findings.map((f) => ({
    kind: 'equipping',
    medium: f.medium,
    level: f.level,
    required: f.required,
    installed: f.installed,
    rate: f.rate,
    limit: f.limit,
    verdict: f.verdict,
    instrumentCode: null,
    clause: f.clause,
    text: f.text,
    requirement:
      f.verdict === 'fail'
        ? `为${f.unmeteredPointIds.join('、')}配备${MEDIUM_LABELS[f.medium]}计量器具，使${GB17167_LEVEL_LABELS[f.level]}配备率不低于${f.limit}%（${f.clause}）`
        : null,
  }));
  const accuracy: FindingDraft[] = result.instruments
    .filter((i) => i.accuracy.verdict === 'fail')
    .map((i) => ({
      ...instrumentFinding('accuracy', i.code, i.accuracy.clause, i.text),
      requirement: `更换或升级 ${i.code}，准确度等级不低于 ${i.accuracy.required ?? ''}（${i.accuracy.clause}）`,
    }));
  const calibration: FindingDraft[] = result.instruments
    .filter((i) => i.calibration.verdict !== 'on_time')
    .map((i) => ({
      ...instrumentFinding('calibration', i.code, i.calibration.clause, i.text),
      requirement: `对 ${i.code} 进行检定/校准，取得有效证书并录入台账（${i.calibration.clause}）`,
    }));
  const management: FindingDraft[] = result.management
    .filter((m) => !m.met)
    .map((m) => ({
      kind: 'management',
      medium: null,
      level: null,
      required: null,
      installed: null,
      rate: null,
      limit: null,
      verdict: 'fail',
      instrumentCode: null,
      clause: m.clause,
      text: `未建立或未落实：${m.label}（${m.clause}）`,
      requirement: `建立并落实${m.label}，留存记录备查（${m.clause}）`,
    }));
  return [...rates, ...accuracy, ...calibration, ...management];
};

const instrumentFinding = (kind: 'accuracy' | 'calibration', code: string, clause: string, text: string) => ({
  kind,
  medium: null,
  level: null,
  required: null,
  installed: null,
  rate: null,
  limit: null,
  verdict: 'fail' as const,
  instrumentCode: code,
  clause,
  text,
});

/**
 * Rectification is data (ARCHITECTURE rule 4): open → in_progress → closed, or open → closed at once; a
 * progress note keeps an item in progress; closed is final (a later review opens new items). Closing needs
 * evidence (our rule: nothing is closed on a word, issue 8).
 */
export const RECTIFICATION_TRANSITIONS: readonly {
  from: RectificationStatus;
  to: RectificationStatus;
  needs: 'evidence' | 'note' | null;
}[] = [
  { from: 'open', to: 'in_progress', needs: null },
  { from: 'open', to: 'closed', needs: 'evidence' },
  { from: 'in_progress', to: 'in_progress', needs: 'note' },
  { from: 'in_progress', to: 'closed', needs: 'evidence' },
];

const RULE = 'issue 8: rectification tracked to closure (CM-6(6))';

/** Refuses a change the table does not allow, or one without the evidence or note it needs, naming the field. */
export const checkRectificationChange = (
  from: RectificationStatus,
  change: { status: RectificationStatus; evidence?: string; note?: string },
): void => {
  const step = RECTIFICATION_TRANSITIONS.find((t) => t.from === from && t.to === change.status);
  if (!step)
    throw new AppError(
      'CONFLICT',
      from === 'closed'
        ? '整改项已关闭，不能再变更；新的问题由下一次审查提出 (a closed item stays closed)'
        : `整改项不能从“${from}”变为“${change.status}” (no step ${from} → ${change.status})`,
      [
        {
          field: 'status',
          rule: `${RULE}: ${RECTIFICATION_TRANSITIONS.map((t) => `${t.from}→${t.to}`).join(', ')}`,
          message: change.status,
        },
      ],
    );
  if (step.needs === 'evidence' && !change.evidence?.trim())
    throw new AppError('VALIDATION_FAILED', '关闭整改项须提供整改证据 (evidence is required to close an item)', [
      { field: 'evidence', rule: `${RULE}: closing needs evidence`, message: 'evidence: required to close' },
    ]);
  if (step.needs === 'note' && !change.note?.trim())
    throw new AppError('VALIDATION_FAILED', '整改进展须填写说明 (a progress report needs a note)', [
      { field: 'note', rule: `${RULE}: a progress report needs a note`, message: 'note: required' },
    ]);
};
