import type { BatchReceipt } from '@jiliang/shared';
import { Alert, App, Button, Flex, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../api/components/ApiErrorAlert.tsx';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { formatShanghaiTime } from '../../time/utils/formatShanghaiTime.ts';
import { useQuarantine } from '../hooks/useQuarantine.ts';
import { useDismissQuarantine, useReplayQuarantine } from '../hooks/useQuarantineActions.ts';
import { formatRawRow, type QuarantineRow } from '../utils/ReadingViews.ts';
import { QuarantineActionModal, type QuarantineAction, type QuarantineActionValues } from './QuarantineActionModal.tsx';
import { ReceiptView } from './ReceiptView.tsx';

/** 隔离区 (issue 5 §7): the open rejected rows; with readings:write, select rows to replay or dismiss. */
export const QuarantinePanel = ({ enterpriseId, canWrite }: { enterpriseId: string; canWrite: boolean }) => {
  const { t } = useLocale();
  const { message } = App.useApp();
  const quarantine = useQuarantine(enterpriseId);
  const replay = useReplayQuarantine();
  const dismiss = useDismissQuarantine();
  const [selected, setSelected] = useState<string[]>([]);
  const [action, setAction] = useState<QuarantineAction | undefined>(undefined);
  const [receipt, setReceipt] = useState<BatchReceipt | undefined>(undefined);
  const rows = quarantine.data ?? [];
  const selectedRows = rows.filter((row) => selected.includes(row.id));

  const submit = (values: QuarantineActionValues) => {
    const done = () => {
      setAction(undefined);
      setSelected([]);
    };
    if (action === 'replay') {
      const corrections = Object.fromEntries(
        Object.entries(values.corrections ?? {})
          .filter(([, value]) => value !== undefined && value.trim() !== '')
          .map(([id, value]) => [id, { value: value!.trim() }]),
      );
      replay.mutate({ ids: selected, corrections, reason: values.reason }, { onSuccess: (next) => (setReceipt(next), done()) });
    } else {
      dismiss.mutate(
        { ids: selected, reason: values.reason },
        { onSuccess: (result) => (void message.success(t('quarantine.dismissed', { count: result.dismissed })), done()) },
      );
    }
  };

  return (
    <Flex vertical gap={12} data-testid="quarantine-panel">
      {quarantine.error && <ApiErrorAlert error={quarantine.error} />}
      {(replay.error ?? dismiss.error) && <ApiErrorAlert error={replay.error ?? dismiss.error} />}
      {receipt && <ReceiptView receipt={receipt} />}
      {canWrite && (
        <Space>
          <Typography.Text type="secondary">{t('quarantine.selected', { count: selected.length })}</Typography.Text>
          <Button type="primary" disabled={!selected.length} onClick={() => setAction('replay')} data-testid="quarantine-replay">
            {t('quarantine.replay')}
          </Button>
          <Button danger disabled={!selected.length} onClick={() => setAction('dismiss')} data-testid="quarantine-dismiss">
            {t('quarantine.dismiss')}
          </Button>
        </Space>
      )}
      {!quarantine.isPending && rows.length === 0 && <Alert type="success" showIcon title={t('quarantine.empty')} />}
      {(quarantine.isPending || rows.length > 0) && (
        <Table<QuarantineRow>
          size="small"
          rowKey="id"
          loading={quarantine.isFetching}
          dataSource={rows}
          pagination={{ pageSize: 20 }}
          data-testid="quarantine-table"
          rowSelection={canWrite ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) } : undefined}
          columns={[
            { title: t('common.createdAt'), dataIndex: 'createdAt', render: (at: string) => formatShanghaiTime(at), width: 170 },
            { title: t('quarantine.row'), dataIndex: 'rowNo', width: 70 },
            { title: t('quarantine.field'), dataIndex: 'field', width: 90 },
            { title: t('quarantine.reason'), dataIndex: 'reason' },
            {
              title: t('quarantine.raw'),
              dataIndex: 'raw',
              render: (raw: QuarantineRow['raw']) => <Typography.Text code>{formatRawRow(raw)}</Typography.Text>,
            },
          ]}
        />
      )}
      {action && (
        <QuarantineActionModal
          action={action}
          rows={selectedRows}
          pending={replay.isPending || dismiss.isPending}
          onCancel={() => setAction(undefined)}
          onSubmit={submit}
        />
      )}
    </Flex>
  );
};
