import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../modules/api/components/ApiErrorAlert.tsx';
import { useHasPermission } from '../modules/auth/hooks/useHasPermission.ts';
import { useLocale } from '../modules/i18n/hooks/useLocale.ts';
import { CsvButton } from '../modules/energy/components/CsvButton.tsx';
import { EnergyNav } from '../modules/energy/components/EnergyNav.tsx';
import { SavingsModal } from '../modules/energy/components/SavingsModal.tsx';
import { SavingsTable } from '../modules/energy/components/SavingsTable.tsx';
import { UnitBar } from '../modules/energy/components/UnitBar.tsx';
import { useEnergyUnit } from '../modules/energy/hooks/useEnergyUnit.ts';
import { useSavings } from '../modules/energy/hooks/useSavings.ts';
import { savingsCsv } from '../modules/energy/utils/savingsCsv.ts';

/** 节能量审核 (issue 8 §5): baseline against reporting months, regression on production, with uncertainty. */
export const EnergySavingsPage = () => {
  const { t } = useLocale();
  const { unit, own, pick } = useEnergyUnit();
  const savings = useSavings(unit?.id);
  const canWrite = useHasPermission('energy:write');
  const [creating, setCreating] = useState(false);
  return (
    <Flex vertical gap={16} data-testid="page-energy-savings">
      <EnergyNav />
      <Card
        title={t('energy.tab.savings')}
        extra={
          <Space>
            <CsvButton
              filename={`节能量审核-${unit?.name ?? ''}.csv`}
              disabled={!savings.data?.length}
              build={() => savingsCsv(savings.data ?? [])}
            />
            {canWrite && unit && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                data-testid="savings-new"
                onClick={() => {
                  setCreating(true);
                }}
              >
                {t('savings.new')}
              </Button>
            )}
          </Space>
        }
      >
        <Flex vertical gap={16}>
          <UnitBar unit={unit} own={own} onPick={pick} />
          {savings.error && <ApiErrorAlert error={savings.error} />}
          {unit && <SavingsTable items={savings.data ?? []} loading={savings.isFetching} />}
        </Flex>
      </Card>
      {creating && unit && (
        <SavingsModal
          unitId={unit.id}
          onClose={() => {
            setCreating(false);
          }}
        />
      )}
    </Flex>
  );
};
