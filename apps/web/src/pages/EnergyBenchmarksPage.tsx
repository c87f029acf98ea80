import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../modules/api/components/ApiErrorAlert.tsx';
import { useHasPermission } from '../modules/auth/hooks/useHasPermission.ts';
import { useLocale } from '../modules/i18n/hooks/useLocale.ts';
import { readShanghaiToday } from '../modules/institutions/utils/readShanghaiToday.ts';
import { BenchmarkModal } from '../modules/energy/components/BenchmarkModal.tsx';
import { BenchmarkTable } from '../modules/energy/components/BenchmarkTable.tsx';
import { CsvButton } from '../modules/energy/components/CsvButton.tsx';
import { EnergyNav } from '../modules/energy/components/EnergyNav.tsx';
import { UnitBar } from '../modules/energy/components/UnitBar.tsx';
import { useBenchmarks } from '../modules/energy/hooks/useBenchmarks.ts';
import { useEnergyUnit } from '../modules/energy/hooks/useEnergyUnit.ts';
import { benchmarkCsv } from '../modules/energy/utils/benchmarkCsv.ts';

/** 能耗限额对标 (issue 8 §3): a unit's benchmarks against GB 16780 tiers, a new one, and the CSV. */
export const EnergyBenchmarksPage = () => {
  const { t } = useLocale();
  const { unit, own, pick } = useEnergyUnit();
  const benchmarks = useBenchmarks(unit?.id);
  const canWrite = useHasPermission('energy:write');
  const [creating, setCreating] = useState(false);
  const today = readShanghaiToday();
  return (
    <Flex vertical gap={16} data-testid="page-energy-benchmarks">
      <EnergyNav />
      <Card
        title={t('energy.tab.benchmarks')}
        extra={
          <Space>
            <CsvButton
              filename={`能耗限额对标-${unit?.name ?? ''}.csv`}
              disabled={!benchmarks.data?.length}
              build={() => benchmarkCsv(benchmarks.data ?? [])}
            />
            {canWrite && unit && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                data-testid="benchmark-new"
                onClick={() => {
                  setCreating(true);
                }}
              >
                {t('benchmark.new')}
              </Button>
            )}
          </Space>
        }
      >
        <Flex vertical gap={16}>
          <UnitBar unit={unit} own={own} onPick={pick} />
          {benchmarks.error && <ApiErrorAlert error={benchmarks.error} />}
          {unit && <BenchmarkTable benchmarks={benchmarks.data ?? []} loading={benchmarks.isFetching} />}
          <Typography.Text type="secondary">{t('energy.confirmationHint')}</Typography.Text>
        </Flex>
      </Card>
      {creating && unit && (
        <BenchmarkModal
          unitId={unit.id}
          defaultMonth={today.slice(0, 7)}
          onClose={() => {
            setCreating(false);
          }}
        />
      )}
    </Flex>
  );
};
