import type { InstitutionType } from '@jiliang/shared';
import { toOptionalText } from '../../common/utils/toOptionalText.ts';
import type { ApplyStepInput } from './ApplyStepInput.ts';
import type { CaseScoring } from './CaseScoring.ts';
import type { ScoreFormValues } from './ScoreFormValues.ts';

const held = (value: boolean | undefined): string => (value ? '已进行' : '未进行');

/**
 * The scoring page → record_score. The facts carry what the rules check (the meetings, the score);
 * the server reads the CM-15 sample from its own record. The rest of the on-site review — verification,
 * collective review, the unit's opinion, the share and seed of the draw — goes into the note, in
 * Chinese like every record of the Measures.
 */
export const toScoreRequest = (
  values: ScoreFormValues,
  type: InstitutionType,
  expectedVersion: number,
  sampling: CaseScoring['sampling'] | undefined,
): ApplyStepInput => {
  const isCentre = type === 'carbon_metrology_centre';
  const opinion = toOptionalText(values.unitOpinion);
  const note = toOptionalText(values.note);
  const lines = [
    `首次会议：${held(values.openingMeetingHeld)}`,
    `现场核查：${held(values.onSiteVerificationDone)}`,
    `集体评议：${held(values.collectiveReviewHeld)}`,
    `末次会议：${held(values.closingMeetingHeld)}`,
    ...(opinion ? [`被考核单位意见：${opinion}`] : []),
    ...(isCentre && sampling ? [`随机抽查（CM-15）：比例 ${Math.round(sampling.share * 1000) / 10}%，随机种子 ${sampling.seed}`] : []),
    ...(note ? [note] : []),
  ];
  return {
    event: 'record_score',
    facts: {
      score: values.score,
      onSiteReview: {
        openingMeetingHeld: values.openingMeetingHeld === true,
        closingMeetingHeld: values.closingMeetingHeld === true,
        samplingRecorded: isCentre && Boolean(sampling),
      },
    },
    note: lines.join('\n'),
    expectedVersion,
  };
};
