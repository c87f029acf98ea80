import { Form, Input, Modal, Table, type ButtonProps } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { formatRawRow, type QuarantineRow } from '../utils/ReadingViews.ts';

export type QuarantineAction = 'replay' | 'dismiss';
export type QuarantineActionValues = { reason: string; corrections: Record<string, string | undefined> };

type Props = {
  action: QuarantineAction;
  rows: QuarantineRow[];
  pending: boolean;
  onCancel: () => void;
  onSubmit: (values: QuarantineActionValues) => void;
};

/** 重放 (with an optional corrected value per row) or 驳回; both need a reason, kept in the audit log. */
export const QuarantineActionModal = ({ action, rows, pending, onCancel, onSubmit }: Props) => {
  const { t } = useLocale();
  const [form] = Form.useForm<QuarantineActionValues>();
  return (
    <Modal
      open
      width={720}
      title={`${t(action === 'replay' ? 'quarantine.replay' : 'quarantine.dismiss')} · ${t('quarantine.selected', { count: rows.length })}`}
      okText={t(action === 'replay' ? 'quarantine.replay' : 'quarantine.dismiss')}
      okButtonProps={{ danger: action === 'dismiss', loading: pending, 'data-testid': 'quarantine-action-submit' } as ButtonProps}
      onCancel={onCancel}
      onOk={() => {
        form.submit();
      }}
    >
      <Form form={form} layout="vertical" name="quarantine-action" onFinish={onSubmit} initialValues={{ corrections: {} }}>
        {action === 'replay' && (
          <Table<QuarantineRow>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={rows}
            style={{ marginBottom: 12 }}
            columns={[
              { title: t('quarantine.row'), dataIndex: 'rowNo', width: 60 },
              { title: t('quarantine.raw'), render: (_, row) => formatRawRow(row.raw) },
              {
                title: t('quarantine.correctedValue'),
                width: 180,
                render: (_, row) => (
                  <Form.Item name={['corrections', row.id]} noStyle>
                    <Input size="small" placeholder={String(row.raw?.value ?? '')} data-testid={`correction-${String(row.rowNo)}`} />
                  </Form.Item>
                ),
              },
            ]}
          />
        )}
        <Form.Item
          name="reason"
          label={t('quarantine.actionReason')}
          rules={[{ required: true, whitespace: true, message: t('quarantine.reasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={500} data-testid="quarantine-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
};
