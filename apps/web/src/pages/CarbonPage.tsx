import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '../modules/api/components/ApiErrorAlert.tsx';
import { useHasPermission } from '../modules/auth/hooks/useHasPermission.ts';
import { CreateRunModal } from '../modules/carbon/components/CreateRunModal.tsx';
import { RunTable } from '../modules/carbon/components/RunTable.tsx';
import { useAccountingRuns } from '../modules/carbon/hooks/useAccountingRuns.ts';
import { useCarbonEnterprise } from '../modules/carbon/hooks/useCarbonEnterprise.ts';
import { useLocale } from '../modules/i18n/hooks/useLocale.ts';
import { EnterprisePicker } from '../modules/readings/components/EnterprisePicker.tsx';

/** 碳排放核算 (issue 7 §3): an enterprise's accounting runs, and a new run for a period of whole months. */
export const CarbonPage = () => {
  const { t } = useLocale();
  const navigate = useNavigate();
  const canWrite = useHasPermission('carbon:write');
  const { enterpriseId, fixed, select } = useCarbonEnterprise();
  const runs = useAccountingRuns(enterpriseId);
  const [creating, setCreating] = useState(false);

  return (
    <Card
      title={t('nav.carbon')}
      data-testid="page-carbon"
      extra={
        enterpriseId && (
          <Flex gap={8}>
            <Button onClick={() => void navigate(`/carbon/sources?enterprise=${encodeURIComponent(enterpriseId)}`)}>
              {t('nav.carbonSources')}
            </Button>
            {canWrite && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => {
                  setCreating(true);
                }}
                data-testid="run-create"
              >
                {t('carbon.newRun')}
              </Button>
            )}
          </Flex>
        )
      }
    >
      <Flex vertical gap={16}>
        <div style={{ maxWidth: 480 }}>
          <EnterprisePicker fixed={fixed} value={enterpriseId} onChange={select} />
        </div>
        {runs.error && <ApiErrorAlert error={runs.error} />}
        {enterpriseId ? (
          <RunTable runs={runs.data ?? []} loading={runs.isFetching} />
        ) : (
          <Typography.Text type="secondary">{t('meterData.pickEnterprise')}</Typography.Text>
        )}
      </Flex>
      {creating && enterpriseId && (
        <CreateRunModal
          enterpriseId={enterpriseId}
          onClose={() => {
            setCreating(false);
          }}
          onCreated={(run) => {
            setCreating(false);
            void navigate(`/carbon/runs/${run.id}`);
          }}
        />
      )}
    </Card>
  );
};
