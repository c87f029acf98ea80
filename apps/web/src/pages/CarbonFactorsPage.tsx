import { PlusOutlined } from '@ant-design/icons';
import { FACTOR_KIND_LABELS, FACTOR_KINDS, type EmissionFactor, type FactorKind } from '@jiliang/shared';
import { Button, Card, Flex, Segmented, Select } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../modules/api/components/ApiErrorAlert.tsx';
import { useHasPermission } from '../modules/auth/hooks/useHasPermission.ts';
import { FactorHistoryDrawer } from '../modules/carbon/components/FactorHistoryDrawer.tsx';
import { FactorTable } from '../modules/carbon/components/FactorTable.tsx';
import { FactorVersionModal } from '../modules/carbon/components/FactorVersionModal.tsx';
import { useFactors } from '../modules/carbon/hooks/useFactors.ts';
import { usePageParams } from '../modules/common/hooks/usePageParams.ts';
import { useLocale } from '../modules/i18n/hooks/useLocale.ts';

type Dialog = { kind: 'history'; code: string } | { kind: 'version'; base: EmissionFactor | undefined } | undefined;

const isFactorKind = (value: string | undefined): value is FactorKind => FACTOR_KINDS.some((kind) => kind === value);

/**
 * 排放因子库 (issue 7 §1): the versioned, effective-dated library with its sources and confirmation tags; filters by
 * kind and current-or-all in the URL; a version history per code; 新版本 for people with factors:write.
 */
export const CarbonFactorsPage = () => {
  const { t, pick } = useLocale();
  const canWrite = useHasPermission('factors:write');
  const { readParam, setParam } = usePageParams();
  const kindParam = readParam('kind');
  const kind = isFactorKind(kindParam) ? kindParam : undefined;
  const current = readParam('versions') !== 'all';
  const factors = useFactors({ kind, current });
  const [dialog, setDialog] = useState<Dialog>();
  const close = () => {
    setDialog(undefined);
  };

  return (
    <Card
      title={t('carbon.factorLibrary')}
      data-testid="page-carbon-factors"
      extra={
        canWrite && (
          <Button icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'version', base: undefined })} data-testid="factor-create">
            {t('carbon.newFactor')}
          </Button>
        )
      }
    >
      <Flex vertical gap={16}>
        <Flex gap={12} wrap align="center">
          <Select<FactorKind>
            allowClear
            style={{ minWidth: 200 }}
            placeholder={t('carbon.allKinds')}
            value={kind}
            onChange={(value) => {
              setParam('kind', value);
            }}
            options={FACTOR_KINDS.map((value) => ({ value, label: pick(FACTOR_KIND_LABELS[value]) }))}
            data-testid="factor-kind"
          />
          <Segmented<'current' | 'all'>
            value={current ? 'current' : 'all'}
            onChange={(value) => {
              setParam('versions', value === 'all' ? 'all' : undefined);
            }}
            options={[
              { value: 'current', label: t('carbon.currentOnly') },
              { value: 'all', label: <span data-testid="factor-all-versions">{t('carbon.allVersions')}</span> },
            ]}
          />
        </Flex>
        {factors.error && <ApiErrorAlert error={factors.error} />}
        <FactorTable
          factors={factors.data ?? []}
          loading={factors.isFetching}
          onHistory={(code) => setDialog({ kind: 'history', code })}
          onNewVersion={canWrite ? (base) => setDialog({ kind: 'version', base }) : undefined}
        />
      </Flex>
      {dialog?.kind === 'history' && <FactorHistoryDrawer code={dialog.code} onClose={close} />}
      {dialog?.kind === 'version' && <FactorVersionModal base={dialog.base} onClose={close} />}
    </Card>
  );
};
