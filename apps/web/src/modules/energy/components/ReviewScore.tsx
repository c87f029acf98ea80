import type { EnergyReview } from '@jiliang/shared';
import { Alert, Col, Flex, Progress, Row, Statistic, Typography } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { ReviewVerdictTag } from './ReviewVerdictTag.tsx';

const PARTS = ['equipping', 'accuracy', 'calibration', 'management'] as const;

/** The score out of 100, its four parts, the verdict and the reasons behind it (GB 17167 review). */
export const ReviewScore = ({ review }: { review: EnergyReview }) => {
  const { t } = useLocale();
  const { result } = review;
  return (
    <Flex vertical gap={12}>
      <Row gutter={[16, 16]}>
        <Col xs={12} md={4}>
          <Statistic title={t('review.score')} value={result.score.total} suffix={`/ 100`} />
        </Col>
        <Col xs={12} md={4}>
          <Typography.Text type="secondary">{t('review.verdict')}</Typography.Text>
          <div style={{ marginTop: 8 }} data-testid="review-verdict">
            <ReviewVerdictTag verdict={result.verdict} />
          </div>
        </Col>
        {PARTS.map((part) => (
          <Col xs={12} md={4} key={part}>
            <Typography.Text type="secondary">{t(`review.part.${part}`)}</Typography.Text>
            <Progress
              percent={Math.round((result.score[part].points / result.score[part].max) * 100)}
              format={() => `${result.score[part].points}/${result.score[part].max}`}
              size="small"
            />
          </Col>
        ))}
      </Row>
      {review.editionRequested !== review.editionApplied && (
        <Alert
          type="info"
          showIcon
          title={t('review.editionNote', { requested: review.editionRequested, applied: review.editionApplied })}
        />
      )}
      <Alert
        type={result.verdict === 'pass' ? 'success' : 'error'}
        title={t('review.reasons')}
        description={
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {result.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        }
      />
    </Flex>
  );
};
