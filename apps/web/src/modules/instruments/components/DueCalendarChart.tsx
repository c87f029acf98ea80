import { addDays } from '@jiliang/calc';
import { useMemo } from 'react';
import { EChart } from '../../charts/EChart.tsx';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { buildDueCalendarOption } from '../utils/buildDueCalendarOption.ts';
import type { DueOverview } from '../utils/DueOverview.ts';
import { registerInstrumentCharts } from '../utils/registerInstrumentCharts.ts';

registerInstrumentCharts();

/** The due dates of the coming months on a calendar (the server counts from a month back, GET /api/instruments/due). */
export const DueCalendarChart = ({ overview, months }: { overview: DueOverview; months: number }) => {
  const { t, locale } = useLocale();
  const option = useMemo(
    () =>
      buildDueCalendarOption(overview, [addDays(overview.today, -31), addDays(overview.today, 31 * months)], {
        series: (kind) => t(kind === 'later' ? 'due.later' : kind === 'overdue' ? 'due.overdue' : 'due.dueSoon'),
        count: (date, count) => t('due.count', { date, count }),
        nameMap: locale === 'en' ? 'EN' : 'ZH',
      }),
    [overview, months, t, locale],
  );
  return <EChart option={option} height={240} data-testid="due-calendar" />;
};
