import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '../modules/api/components/ApiErrorAlert.tsx';
import { useHasPermission } from '../modules/auth/hooks/useHasPermission.ts';
import { CreateSourceModal } from '../modules/carbon/components/CreateSourceModal.tsx';
import { SourceTable } from '../modules/carbon/components/SourceTable.tsx';
import { useCarbonEnterprise } from '../modules/carbon/hooks/useCarbonEnterprise.ts';
import { useEmissionSources } from '../modules/carbon/hooks/useEmissionSources.ts';
import { useLocale } from '../modules/i18n/hooks/useLocale.ts';
import { EnterprisePicker } from '../modules/readings/components/EnterprisePicker.tsx';

/** 排放源 (issue 7 §2): an enterprise's sources in the GB/T 32150 structure and their activity entries. */
export const CarbonSourcesPage = () => {
  const { t } = useLocale();
  const navigate = useNavigate();
  const canWrite = useHasPermission('carbon:write');
  const { enterpriseId, fixed, select } = useCarbonEnterprise();
  const sources = useEmissionSources(enterpriseId);
  const [creating, setCreating] = useState(false);

  return (
    <Card
      title={t('carbon.sourceList')}
      data-testid="page-carbon-sources"
      extra={
        enterpriseId && (
          <Flex gap={8}>
            <Button onClick={() => void navigate(`/carbon?enterprise=${encodeURIComponent(enterpriseId)}`)}>{t('nav.carbon')}</Button>
            {canWrite && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => {
                  setCreating(true);
                }}
                data-testid="source-create"
              >
                {t('carbon.newSource')}
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
        {sources.error && <ApiErrorAlert error={sources.error} />}
        {enterpriseId ? (
          <SourceTable sources={sources.data ?? []} loading={sources.isFetching} canWrite={canWrite} />
        ) : (
          <Typography.Text type="secondary">{t('meterData.pickEnterprise')}</Typography.Text>
        )}
      </Flex>
      {creating && enterpriseId && (
        <CreateSourceModal
          enterpriseId={enterpriseId}
          onClose={() => {
            setCreating(false);
          }}
        />
      )}
    </Card>
  );
};
