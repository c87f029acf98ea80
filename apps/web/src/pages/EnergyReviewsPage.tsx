import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '../modules/api/components/ApiErrorAlert.tsx';
import { useHasPermission } from '../modules/auth/hooks/useHasPermission.ts';
import { usePageParams } from '../modules/common/hooks/usePageParams.ts';
import { useLocale } from '../modules/i18n/hooks/useLocale.ts';
import { CreateReviewModal } from '../modules/energy/components/CreateReviewModal.tsx';
import { EnergyNav } from '../modules/energy/components/EnergyNav.tsx';
import { ReviewTable } from '../modules/energy/components/ReviewTable.tsx';
import { UnitBar } from '../modules/energy/components/UnitBar.tsx';
import { useEnergyReviews } from '../modules/energy/hooks/useEnergyReviews.ts';
import { useEnergyUnit } from '../modules/energy/hooks/useEnergyUnit.ts';

/** 能源计量审查 (issue 8 §1): a unit's GB 17167 reviews, and a new one from its register. */
export const EnergyReviewsPage = () => {
  const { t } = useLocale();
  const navigate = useNavigate();
  const { unit, own, pick } = useEnergyUnit();
  const { page, pageSize, setPage } = usePageParams();
  const reviews = useEnergyReviews(unit?.id, page, pageSize);
  const canWrite = useHasPermission('energy:write');
  const [creating, setCreating] = useState(false);
  return (
    <Flex vertical gap={16} data-testid="page-energy-reviews">
      <EnergyNav />
      <Card
        title={t('energy.tab.reviews')}
        extra={
          canWrite && unit ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              data-testid="review-new"
              onClick={() => {
                setCreating(true);
              }}
            >
              {t('review.new')}
            </Button>
          ) : null
        }
      >
        <Flex vertical gap={16}>
          <UnitBar unit={unit} own={own} onPick={pick} />
          {reviews.error && <ApiErrorAlert error={reviews.error} />}
          {unit && <ReviewTable data={reviews.data} loading={reviews.isFetching} page={page} pageSize={pageSize} onPageChange={setPage} />}
        </Flex>
      </Card>
      {creating && unit && (
        <CreateReviewModal
          unitId={unit.id}
          previousId={reviews.data?.items[0]?.id}
          onClose={() => {
            setCreating(false);
          }}
          onCreated={(review) => {
            setCreating(false);
            void navigate(`/energy/reviews/${review.id}`);
          }}
        />
      )}
    </Flex>
  );
};
