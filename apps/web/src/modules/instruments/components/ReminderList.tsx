import { Button, Card, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../api/components/ApiErrorAlert.tsx';
import { useHasPermission } from '../../auth/hooks/useHasPermission.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useAcknowledgeReminder, useReminders, type InstrumentReminder } from '../hooks/useReminders.ts';

/** 到期提醒: what the hourly sweep raised and nobody has acknowledged yet, overdue first; and the calendar feed. */
export const ReminderList = () => {
  const { t } = useLocale();
  const reminders = useReminders();
  const acknowledge = useAcknowledgeReminder();
  const canWrite = useHasPermission('instruments:write');
  return (
    <Card
      title={t('due.reminders')}
      data-testid="due-reminders"
      extra={
        <a href="/api/instruments/due.ics" download data-testid="due-ics">
          {t('due.subscribe')}
        </a>
      }
    >
      {reminders.error && <ApiErrorAlert error={reminders.error} />}
      <Table<InstrumentReminder>
        size="small"
        rowKey={(r) => `${r.instrumentId}-${r.dueDate}-${r.kind}`}
        loading={reminders.isPending}
        dataSource={reminders.data ?? []}
        pagination={{ pageSize: 10 }}
        columns={[
          {
            title: t('due.reminderKind'),
            dataIndex: 'kind',
            width: 120,
            render: (kind: InstrumentReminder['kind']) => (
              <Tag color={kind === 'overdue' ? 'red' : 'orange'}>{t(kind === 'overdue' ? 'due.overdue' : 'due.dueSoon')}</Tag>
            ),
          },
          { title: t('due.dueDate'), dataIndex: 'dueDate', width: 120 },
          { title: t('due.owner'), dataIndex: 'ownerName' },
          { title: t('due.instrument'), render: (_, r) => <Link to={`/instruments/${r.instrumentId}`}>{`${r.code} ${r.name}`}</Link> },
          ...(canWrite
            ? [
                {
                  title: '',
                  width: 100,
                  render: (_: unknown, r: InstrumentReminder) => (
                    <Button size="small" loading={acknowledge.isPending} onClick={() => acknowledge.mutate(r)}>
                      {t('due.acknowledge')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
};
