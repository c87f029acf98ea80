import type { CalendarDate } from '@jiliang/calc';
import { Badge, Button, Calendar, Flex, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { getDueStatus } from '../utils/getDueStatus.ts';
import type { PipelineCase } from '../utils/PipelineCase.ts';
import { DueKindText } from './DueKindText.tsx';
import { DueTag } from './DueTag.tsx';

const MAX_IN_CELL = 3;
const MAX_UPCOMING = 12;

export type DeadlineCalendarProps = { cases: readonly PipelineCase[]; today: CalendarDate };

type DatedCase = PipelineCase & { nextDueOn: string };

/**
 * The next due date of each institution on a month grid (the year view counts them per month). Due
 * dates lie months or years ahead, so the nearest ones are listed above it: a click opens that month.
 */
export const DeadlineCalendar = ({ cases, today }: DeadlineCalendarProps) => {
  const { t } = useLocale();
  const [shown, setShown] = useState<Dayjs>(() => dayjs(today));
  const dated = cases.filter((item): item is DatedCase => item.nextDueOn !== null);
  const upcoming = [...dated].sort((a, b) => a.nextDueOn.localeCompare(b.nextDueOn)).slice(0, MAX_UPCOMING);

  const renderDate = (date: Dayjs): ReactNode => {
    const day = date.format('YYYY-MM-DD');
    const due = dated.filter((item) => item.nextDueOn === day);
    if (due.length === 0) return null;
    return (
      <Flex vertical gap={2} data-testid={`calendar-day-${day}`}>
        {due.slice(0, MAX_IN_CELL).map((item) => {
          const status = item.isOverdue ? 'overdue' : getDueStatus(item.nextDueOn, today)?.kind;
          return (
            <Tooltip key={item.id} title={item.organisationName}>
              <Link to={`/institutions/${item.organisationId}`} style={{ display: 'flex', alignItems: 'center', gap: 4, minWidth: 0 }}>
                <Badge status={status === 'overdue' ? 'error' : status === 'due_soon' ? 'warning' : 'processing'} />
                <Typography.Text ellipsis style={{ fontSize: 12, flex: 1, minWidth: 0, textAlign: 'start' }}>
                  <DueKindText kind={item.nextDueKind} /> · {item.organisationName}
                </Typography.Text>
              </Link>
            </Tooltip>
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
    <Flex vertical gap={8} data-testid="deadline-calendar">
      {upcoming.length > 0 && (
        <Flex wrap gap={8} align="center">
          <Typography.Text type="secondary">{t('institutions.calendarUpcoming')}</Typography.Text>
          {upcoming.map((item) => (
            <Button
              key={item.id}
              size="small"
              data-testid="calendar-jump"
              onClick={() => {
                setShown(dayjs(item.nextDueOn));
              }}
            >
              <Flex gap={4} align="center">
                <span>{item.nextDueOn}</span>
                <Typography.Text ellipsis style={{ maxWidth: 220 }}>
                  {item.organisationName}
                </Typography.Text>
                <DueTag dueOn={item.nextDueOn} today={today} isOverdue={item.isOverdue} />
              </Flex>
            </Button>
          ))}
        </Flex>
      )}
      <Calendar
        value={shown}
        onChange={setShown}
        cellRender={(date, info) => (info.type === 'date' ? renderDate(date) : info.type === 'month' ? renderMonth(date) : info.originNode)}
      />
    </Flex>
  );
};
