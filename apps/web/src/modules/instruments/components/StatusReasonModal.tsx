import type { InstrumentStatus } from '@jiliang/shared';
import { Form, Input, Modal, Select } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import type { StatusChange } from '../hooks/useChangeStatus.ts';
import { useInstrumentOptions } from '../hooks/useInstrumentOptions.ts';

export type StatusReasonModalProps = {
  title: string;
  initialStatus?: InstrumentStatus | undefined;
  loading: boolean;
  onSubmit: (change: StatusChange) => void;
  onClose: () => void;
};

/** A status change (在用/备用/维修/报废) always carries its reason, which the status history keeps. */
export const StatusReasonModal = ({ title, initialStatus, loading, onSubmit, onClose }: StatusReasonModalProps) => {
  const { t } = useLocale();
  const [form] = Form.useForm<StatusChange>();
  const { statuses } = useInstrumentOptions();
  return (
    <Modal
      open
      title={title}
      okText={t('action.save')}
      cancelText={t('action.cancel')}
      confirmLoading={loading}
      okButtonProps={{ 'data-testid': 'status-submit' }}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
    >
      <Form<StatusChange>
        form={form}
        name="status-change"
        layout="vertical"
        initialValues={{ status: initialStatus }}
        onFinish={(values) => {
          onSubmit({ status: values.status, reason: values.reason.trim() });
        }}
      >
        <Form.Item name="status" label={t('register.newStatus')} rules={[{ required: true }]}>
          <Select options={statuses} data-testid="status-select" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('register.reason')}
          rules={[{ required: true, whitespace: true, message: t('register.reasonRequired') }, { max: 500 }]}
        >
          <Input.TextArea rows={3} data-testid="status-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
};
