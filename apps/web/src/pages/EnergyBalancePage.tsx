import { addDays } from '@jiliang/calc';
import { Alert, Card, Col, Flex, Input, Row, Select, Space, Statistic } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../modules/api/components/ApiErrorAlert.tsx';
import { useLocale } from '../modules/i18n/hooks/useLocale.ts';
import { readShanghaiToday } from '../modules/institutions/utils/readShanghaiToday.ts';
import { BalanceSankey } from '../modules/energy/components/BalanceSankey.tsx';
import { BalanceTable } from '../modules/energy/components/BalanceTable.tsx';
import { CsvButton } from '../modules/energy/components/CsvButton.tsx';
import { EnergyNav } from '../modules/energy/components/EnergyNav.tsx';
import { UnitBar } from '../modules/energy/components/UnitBar.tsx';
import { useEnergyBalance } from '../modules/energy/hooks/useEnergyBalance.ts';
import { useEnergyUnit } from '../modules/energy/hooks/useEnergyUnit.ts';
import { balanceCsv } from '../modules/energy/utils/balanceCsv.ts';

/** 能量平衡 (issue 8 §4): inputs against outputs and unmetered remainders over the meter hierarchy for a period. */
export const EnergyBalancePage = () => {
  const { t } = useLocale();
  const { unit, own, pick } = useEnergyUnit();
  const today = readShanghaiToday();
  const [from, setFrom] = useState(addDays(today, -30));
  const [to, setTo] = useState(addDays(today, -1));
  const [rootPointId, setRootPointId] = useState<string | undefined>();
  const balance = useEnergyBalance(unit?.id, from, to, rootPointId);
  const b = balance.data;
  return (
    <Flex vertical gap={16} data-testid="page-energy-balance">
      <EnergyNav />
      <Card
        title={t('energy.tab.balance')}
        extra={
          <CsvButton filename={`能量平衡-${unit?.name ?? ''}-${from}-${to}.csv`} disabled={!b} build={() => (b ? balanceCsv(b) : '')} />
        }
      >
        <Flex vertical gap={16}>
          <UnitBar
            unit={unit}
            own={own}
            onPick={(id, name) => {
              setRootPointId(undefined);
              pick(id, name);
            }}
            extra={
              <Space wrap>
                <span>{t('balance.period')}</span>
                <Input
                  type="date"
                  value={from}
                  onChange={(e) => {
                    setFrom(e.target.value);
                  }}
                  style={{ width: 160 }}
                />
                <Input
                  type="date"
                  value={to}
                  onChange={(e) => {
                    setTo(e.target.value);
                  }}
                  style={{ width: 160 }}
                />
                <span>{t('balance.root')}</span>
                <Select
                  style={{ width: 220 }}
                  value={rootPointId ?? b?.root.id}
                  options={(b?.roots ?? []).map((r) => ({ value: r.id, label: `${r.code} ${r.name}` }))}
                  onChange={setRootPointId}
                />
              </Space>
            }
          />
          {balance.error && <ApiErrorAlert error={balance.error} />}
          {unit && b && (
            <>
              <Row gutter={16}>
                <Col xs={12} md={6}>
                  <Statistic title={`${t('balance.total')} (${b.unit})`} value={b.totals.input} precision={0} />
                </Col>
                <Col xs={12} md={6}>
                  <Statistic title={t('balance.unmetered')} value={b.totals.unmetered} precision={0} />
                </Col>
                <Col xs={12} md={6}>
                  <Statistic
                    title={t('balance.closure')}
                    value={b.totals.closure === null ? '—' : (b.totals.closure * 100).toFixed(1)}
                    suffix="%"
                  />
                </Col>
              </Row>
              {b.flagged.length > 0 && (
                <Alert
                  type="warning"
                  showIcon
                  title={`${t('balance.flag.unmetered_remainder')}：${b.rows
                    .filter((r) => b.flagged.includes(r.id))
                    .map((r) => r.code)
                    .join('、')}`}
                />
              )}
              <BalanceSankey balance={b} />
              <BalanceTable balance={b} />
            </>
          )}
        </Flex>
      </Card>
    </Flex>
  );
};
