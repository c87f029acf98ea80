import type { Credibility } from '@jiliang/shared';
import { Descriptions, Tag } from 'antd';
import { formatPercent } from '../../carbon/utils/formatPercent.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { formatScore } from '../utils/formatScore.ts';

const PARTS = ['completeness', 'validity', 'calibration', 'balance'] as const;
const GRADE_COLOURS = { A: 'green', B: 'lime', C: 'gold', D: 'red' } as const;

/** A credibility score with its grade and its four parts, each with the weight it carried (credibility-score.ts). */
export const CredibilityParts = ({ credibility, testId }: { credibility: Credibility; testId?: string }) => {
  const { t } = useLocale();
  return (
    <Descriptions
      size="small"
      bordered
      layout="vertical"
      column={{ xs: 1, sm: 3, lg: 5 }}
      data-testid={testId}
      items={[
        {
          key: 'score',
          label: t('quality.credibility'),
          children: (
            <>
              {formatScore(credibility.score)}
              {credibility.grade && (
                <Tag color={GRADE_COLOURS[credibility.grade]} style={{ marginLeft: 8 }}>
                  {credibility.grade}
                </Tag>
              )}
            </>
          ),
        },
        ...PARTS.map((part) => ({
          key: part,
          label: t(`quality.part.${part}`),
          children:
            credibility.parts[part] === null
              ? t('quality.notApplicable')
              : `${formatPercent(credibility.parts[part])}（${t('quality.weight', { weight: formatPercent(credibility.weights[part], 1) })}）`,
        })),
      ]}
    />
  );
};
