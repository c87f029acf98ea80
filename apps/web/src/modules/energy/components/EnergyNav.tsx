import { Segmented } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import type { MessageKey } from '../../i18n/utils/messages.ts';

const TABS: readonly { path: string; label: MessageKey }[] = [
  { path: '/energy/reviews', label: 'energy.tab.reviews' },
  { path: '/energy/benchmarks', label: 'energy.tab.benchmarks' },
  { path: '/energy/balance', label: 'energy.tab.balance' },
  { path: '/energy/savings', label: 'energy.tab.savings' },
  { path: '/energy/demand', label: 'energy.tab.demand' },
];

/** The five energy services (issue 8) as one strip at the top of their screens. */
export const EnergyNav = () => {
  const { t } = useLocale();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current = TABS.find((tab) => pathname.startsWith(tab.path))?.path ?? TABS[0]!.path;
  return (
    <Segmented
      data-testid="energy-nav"
      value={current}
      options={TABS.map((tab) => ({ value: tab.path, label: t(tab.label) }))}
      onChange={(path) => {
        void navigate(path);
      }}
    />
  );
};
