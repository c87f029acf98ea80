import type { InstitutionType } from '@jiliang/shared';
import { toOptionalText } from '../../common/utils/toOptionalText.ts';
import type { ApplyStepInput } from './ApplyStepInput.ts';
import type { ScoreFormValues } from './ScoreFormValues.ts';

const held = (value: boolean | undefined): string => (value ? '已进行' : '未进行');

/**
 * The scoring page → record_score. The facts carry what the rules check (meetings, CM-15 sampling,
 * score); the rest of the on-site review — verification, collective review, the unit's opinion, the
 * share and seed of the draw — goes into the note, in Chinese like every record of the Measures.
 */
export const toScoreRequest = (values: ScoreFormValues, type: InstitutionType, expectedVersion: number): ApplyStepInput => {
  const isCentre = type === 'carbon_metrology_centre';
  const opinion = toOptionalText(values.unitOpinion);
  const seed = toOptionalText(values.samplingSeed);
  const note = toOptionalText(values.note);
  const lines = [
    `首次会议：${held(values.openingMeetingHeld)}`,
    `现场核查：${held(values.onSiteVerificationDone)}`,
    `集体评议：${held(values.collectiveReviewHeld)}`,
    `末次会议：${held(values.closingMeetingHeld)}`,
    ...(opinion ? [`被考核单位意见：${opinion}`] : []),
    ...(isCentre
      ? [
          `随机抽查（CM-15）：${values.samplingRecorded ? '已记录' : '未记录'}` +
            (values.samplingShare !== undefined ? `，比例 ${values.samplingShare}%` : '') +
            (seed ? `，随机种子 ${seed}` : ''),
        ]
      : []),
    ...(note ? [note] : []),
  ];
  return {
    event: 'record_score',
    facts: {
      score: values.score,
      onSiteReview: {
        openingMeetingHeld: values.openingMeetingHeld === true,
        closingMeetingHeld: values.closingMeetingHeld === true,
        samplingRecorded: isCentre && values.samplingRecorded === true,
      },
    },
    note: lines.join('\n'),
    expectedVersion,
  };
};
