import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../api/components/ApiErrorAlert.tsx';
import { useShowApiError } from '../../api/hooks/useShowApiError.ts';
import { useHasPermission } from '../../auth/hooks/useHasPermission.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { OwnerSelect } from './OwnerSelect.tsx';
import { useCapabilities } from '../hooks/useCapabilities.ts';
import { useSetCapabilityActive } from '../hooks/useSetCapabilityActive.ts';
import { CapabilityTable } from './CapabilityTable.tsx';
import { CreateCapabilityModal } from './CreateCapabilityModal.tsx';

export type CapabilityPanelProps = { organisationId: string | undefined; onOrganisationChange: (id: string | undefined) => void };

/** The capabilities of an institution or laboratory (issue 4 §5): list, add, withdraw and restore. */
export const CapabilityPanel = ({ organisationId, onOrganisationChange }: CapabilityPanelProps) => {
  const { t } = useLocale();
  const showApiError = useShowApiError();
  const canWrite = useHasPermission('instruments:write');
  const capabilities = useCapabilities(organisationId);
  const setActive = useSetCapabilityActive();
  const [creating, setCreating] = useState(false);
  return (
    <Flex vertical gap={16} data-testid="capabilities">
      <Flex gap={12} align="center" wrap justify="space-between">
        <Flex gap={8} align="center">
          <Typography.Text>{t('capabilities.organisation')}</Typography.Text>
          <OwnerSelect
            data-testid="capability-organisation"
            value={organisationId}
            placeholder={t('capabilities.chooseOrganisation')}
            style={{ width: 320 }}
            onChange={onOrganisationChange}
          />
        </Flex>
        {canWrite && organisationId && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="capability-create"
            onClick={() => {
              setCreating(true);
            }}
          >
            {t('capabilities.create')}
          </Button>
        )}
      </Flex>
      <Typography.Text type="secondary">{t('capabilities.samplingHint')}</Typography.Text>
      {capabilities.error && <ApiErrorAlert error={capabilities.error} />}
      {organisationId && (
        <CapabilityTable
          capabilities={capabilities.data ?? []}
          loading={capabilities.isFetching}
          togglingId={setActive.isPending ? setActive.variables.id : undefined}
          onToggle={
            canWrite
              ? (capability) => {
                  setActive.mutate({ id: capability.id, active: !capability.active }, { onError: showApiError });
                }
              : undefined
          }
        />
      )}
      {creating && organisationId && (
        <CreateCapabilityModal
          organisationId={organisationId}
          onClose={() => {
            setCreating(false);
          }}
        />
      )}
    </Flex>
  );
};
