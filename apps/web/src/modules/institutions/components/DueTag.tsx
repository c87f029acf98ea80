import type { CalendarDate } from '@jiliang/calc';
import { Tag, Tooltip } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { getDueStatus } from '../utils/getDueStatus.ts';

export type DueTagProps = {
  dueOn: string | null;
  today: CalendarDate;
  /** The server's verdict, which wins over the browser's clock. */
  isOverdue?: boolean;
};

/** Red 逾期 once the due day has passed, orange 即将到期 within 30 days; nothing otherwise. */
export const DueTag = ({ dueOn, today, isOverdue = false }: DueTagProps) => {
  const { t } = useLocale();
  const status = getDueStatus(dueOn, today);
  if (!status || (status.kind === 'later' && !isOverdue)) return null;
  const overdue = isOverdue || status.kind === 'overdue';
  return (
    <Tooltip
      title={
        overdue ? t('institutions.overdueDays', { days: Math.max(-status.days, 0) }) : t('institutions.dueInDays', { days: status.days })
      }
    >
      <Tag color={overdue ? 'red' : 'orange'} data-testid={overdue ? 'due-overdue' : 'due-soon'}>
        {overdue ? t('institutions.overdue') : t('institutions.dueSoon')}
      </Tag>
    </Tooltip>
  );
};
