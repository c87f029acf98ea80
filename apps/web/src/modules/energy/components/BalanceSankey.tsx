import type { EnergyBalance } from '@jiliang/shared';
import { useMemo } from 'react';
import { EChart } from '../../charts/EChart.tsx';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { buildSankeyOption } from '../utils/buildSankeyOption.ts';
import { registerEnergyCharts } from '../utils/registerEnergyCharts.ts';

registerEnergyCharts();

/** 能流图: the meter hierarchy's energy flows, losses amber, unmetered remainders red. */
export const BalanceSankey = ({ balance }: { balance: EnergyBalance }) => {
  const { t } = useLocale();
  const option = useMemo(() => buildSankeyOption(balance, { unmetered: t('balance.unmetered') }), [balance, t]);
  return <EChart option={option} height={380} data-testid="balance-sankey" />;
};
