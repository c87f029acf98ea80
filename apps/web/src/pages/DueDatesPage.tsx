import { Card, Col, Flex, Row, Segmented, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../modules/api/components/ApiErrorAlert.tsx';
import { useLocale } from '../modules/i18n/hooks/useLocale.ts';
import { DueCalendarChart } from '../modules/instruments/components/DueCalendarChart.tsx';
import { DueOverviewTable } from '../modules/instruments/components/DueOverviewTable.tsx';
import { ReminderList } from '../modules/instruments/components/ReminderList.tsx';
import { useDueOverview } from '../modules/instruments/hooks/useDueOverview.ts';
import { sumDueOwners } from '../modules/instruments/utils/sumDueOwners.ts';

const MONTH_CHOICES = [3, 6, 12] as const;

/** 到期看板 (issue 4 §7): per owner, what is overdue or due within 30 days, and the calendar of due dates. */
export const DueDatesPage = () => {
  const { t } = useLocale();
  const [months, setMonths] = useState<number>(3);
  const overview = useDueOverview(months);
  const totals = sumDueOwners(overview.data?.owners ?? []);
  const stats = [
    { key: 'overdue', title: t('due.overdue'), value: totals.overdue, color: '#cf1322' },
    { key: 'dueSoon', title: t('due.dueSoon'), value: totals.dueSoon, color: '#d46b08' },
    { key: 'never', title: t('due.neverCertified'), value: totals.neverCertified, color: '#595959' },
    { key: 'total', title: t('due.total'), value: totals.total, color: undefined },
  ];

  return (
    <Flex vertical gap={16} data-testid="page-due">
      <Card
        title={t('due.title')}
        loading={overview.isPending}
        extra={
          overview.data && (
            <Typography.Text type="secondary">
              {t('due.today', { today: overview.data.today, windowEnd: overview.data.windowEnd })}
            </Typography.Text>
          )
        }
      >
        {overview.error && <ApiErrorAlert error={overview.error} />}
        <Flex vertical gap={16}>
          <Row gutter={[16, 16]}>
            {stats.map((stat) => (
              <Col key={stat.key} xs={12} md={6}>
                <Card size="small" data-testid={`due-total-${stat.key}`}>
                  <Statistic title={stat.title} value={stat.value} styles={{ content: { color: stat.color } }} />
                </Card>
              </Col>
            ))}
          </Row>
          <DueOverviewTable owners={overview.data?.owners ?? []} loading={overview.isFetching} />
        </Flex>
      </Card>
      <ReminderList />
      <Card
        title={t('due.calendar')}
        extra={
          <Segmented
            value={months}
            options={MONTH_CHOICES.map((value) => ({ value, label: t('due.months', { count: value }) }))}
            onChange={(value) => {
              setMonths(Number(value));
            }}
          />
        }
      >
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">{t('due.calendarHint')}</Typography.Text>
          {overview.data && <DueCalendarChart overview={overview.data} months={months} />}
        </Flex>
      </Card>
    </Flex>
  );
};
