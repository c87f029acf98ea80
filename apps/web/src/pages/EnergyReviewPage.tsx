import { FileWordOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Spin, Tabs, Typography } from 'antd';
import { useParams } from 'react-router';
import { ApiErrorAlert } from '../modules/api/components/ApiErrorAlert.tsx';
import { useHasPermission } from '../modules/auth/hooks/useHasPermission.ts';
import { useLocale } from '../modules/i18n/hooks/useLocale.ts';
import { EnergyNav } from '../modules/energy/components/EnergyNav.tsx';
import { FindingsTable } from '../modules/energy/components/FindingsTable.tsx';
import { PlacementsTable } from '../modules/energy/components/PlacementsTable.tsx';
import { RectificationTable } from '../modules/energy/components/RectificationTable.tsx';
import { ReviewScore } from '../modules/energy/components/ReviewScore.tsx';
import { useEnergyReview } from '../modules/energy/hooks/useEnergyReview.ts';

/** One GB 17167 review: score and verdict, findings, rectification items tracked to closure, the register's placements, the DOCX. */
export const EnergyReviewPage = () => {
  const { t } = useLocale();
  const { id = '' } = useParams();
  const review = useEnergyReview(id);
  const canWrite = useHasPermission('energy:write');
  if (review.error) return <ApiErrorAlert error={review.error} />;
  if (!review.data) return <Spin />;
  const r = review.data;
  return (
    <Flex vertical gap={16} data-testid="page-energy-review">
      <EnergyNav />
      <Card
        title={`${r.enterpriseName} · ${t('energy.tab.reviews')} · ${r.reviewDate}`}
        extra={
          <Button
            icon={<FileWordOutlined />}
            href={`/api/energy/reviews/${encodeURIComponent(r.id)}/report.docx`}
            download
            data-testid="review-docx"
          >
            {t('review.downloadDocx')}
          </Button>
        }
      >
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">
            {`能计审〔${r.reviewDate.slice(0, 4)}〕${r.serial}号 · ${t('review.edition')}：${r.editionApplied} · ${t('review.reviewer')}：${r.reviewerName ?? '—'}`}
          </Typography.Text>
          <ReviewScore review={r} />
        </Flex>
      </Card>
      <Card>
        <Tabs
          items={[
            { key: 'findings', label: t('review.findings'), children: <FindingsTable findings={r.findings} /> },
            {
              key: 'rectification',
              label: `${t('rectification.title')} (${r.openItems})`,
              children: <RectificationTable items={r.rectifications} canWrite={canWrite} />,
            },
            { key: 'placements', label: t('review.placements'), children: <PlacementsTable placements={r.snapshot.placements} /> },
          ]}
        />
        <Typography.Text type="secondary">{t('energy.confirmationHint')}</Typography.Text>
      </Card>
    </Flex>
  );
};
