import { SendOutlined } from '@ant-design/icons';
import type { Organisation } from '@jiliang/shared';
import { Button, Empty } from 'antd';
import { useState } from 'react';
import { useHasPermission } from '../../auth/hooks/useHasPermission.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { OpenCaseModal } from './OpenCaseModal.tsx';

/** An institution without an application: the unit (or the Province) may open one. */
export const NoCasePanel = ({ organisation }: { organisation: Organisation }) => {
  const { t } = useLocale();
  const canApply = useHasPermission('institutions:apply');
  const [opening, setOpening] = useState(false);
  return (
    <Empty description={t('institution.noCase')} data-testid="institution-no-case">
      {canApply && organisation.institutionType && (
        <Button
          type="primary"
          icon={<SendOutlined />}
          data-testid="open-case"
          onClick={() => {
            setOpening(true);
          }}
        >
          {t('openCase.button')}
        </Button>
      )}
      {opening && organisation.institutionType && (
        <OpenCaseModal
          organisationId={organisation.id}
          institutionType={organisation.institutionType}
          onClose={() => {
            setOpening(false);
          }}
        />
      )}
    </Empty>
  );
};
