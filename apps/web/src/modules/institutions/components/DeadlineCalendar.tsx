import type { CalendarDate } from '@jiliang/calc';
import { Badge, Calendar, Flex, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { getDueStatus } from '../utils/getDueStatus.ts';
import type { PipelineCase } from '../utils/PipelineCase.ts';
import { DueKindText } from './DueKindText.tsx';

const MAX_IN_CELL = 3;

export type DeadlineCalendarProps = { cases: readonly PipelineCase[]; today: CalendarDate };

/** The next due date of each institution on a month grid; the year view counts them per month. */
export const DeadlineCalendar = ({ cases, today }: DeadlineCalendarProps) => {
  const { t } = useLocale();
  const dated = cases.filter((item): item is PipelineCase & { nextDueOn: string } => item.nextDueOn !== null);

  const renderDate = (date: Dayjs): ReactNode => {
    const day = date.format('YYYY-MM-DD');
    const due = dated.filter((item) => item.nextDueOn === day);
    if (due.length === 0) return null;
    return (
      <Flex vertical gap={2} data-testid={`calendar-day-${day}`}>
        {due.slice(0, MAX_IN_CELL).map((item) => {
          const status = getDueStatus(item.nextDueOn, today)?.kind;
          return (
            <Link key={item.id} to={`/institutions/${item.organisationId}`} style={{ fontSize: 12, lineHeight: '18px' }}>
              <Badge
                status={status === 'overdue' ? 'error' : status === 'due_soon' ? 'warning' : 'processing'}
                text={
                  <Typography.Text style={{ fontSize: 12 }} ellipsis>
                    {item.organisationName} · <DueKindText kind={item.nextDueKind} />
                  </Typography.Text>
                }
              />
            </Link>
          );
        })}
        {due.length > MAX_IN_CELL && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('institutions.calendarMore', { count: due.length - MAX_IN_CELL })}
          </Typography.Text>
        )}
      </Flex>
    );
  };

  const renderMonth = (date: Dayjs): ReactNode => {
    const month = date.format('YYYY-MM');
    const count = dated.filter((item) => item.nextDueOn.startsWith(month)).length;
    return count > 0 ? <Badge status="processing" text={t('institutions.calendarMonthCount', { count })} /> : null;
  };

  return (
    <div data-testid="deadline-calendar">
      <Calendar
        cellRender={(date, info) => (info.type === 'date' ? renderDate(date) : info.type === 'month' ? renderMonth(date) : info.originNode)}
      />
    </div>
  );
};
