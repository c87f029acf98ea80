import type { RectificationItem, RectificationStatus, RectificationUpdate } from '@jiliang/shared';
import { Form, Input, Modal, Select } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

type Props = { item: RectificationItem; loading: boolean; onSubmit: (change: RectificationUpdate) => void; onClose: () => void };
type Values = { status: RectificationStatus; evidence?: string; note?: string };

/** Moves an item on: in progress with a note, or closed — which needs the evidence (整改证据). */
export const RectificationModal = ({ item, loading, onSubmit, onClose }: Props) => {
  const { t } = useLocale();
  const [form] = Form.useForm<Values>();
  const status = Form.useWatch('status', form);
  const next: RectificationStatus[] = item.status === 'open' ? ['in_progress', 'closed'] : ['in_progress', 'closed'];
  return (
    <Modal
      open
      title={`${t('rectification.update')} · ${item.seq}`}
      okText={t('action.save')}
      cancelText={t('action.cancel')}
      confirmLoading={loading}
      okButtonProps={{ 'data-testid': 'rectification-submit' }}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
    >
      <p>{item.problem}</p>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ status: item.status === 'open' ? 'in_progress' : 'closed' }}
        onFinish={(values) => {
          onSubmit({
            status: values.status,
            evidence: values.evidence?.trim() || undefined,
            note: values.note?.trim() || undefined,
            version: item.version,
          });
        }}
      >
        <Form.Item name="status" label={t('rectification.status')} rules={[{ required: true }]}>
          <Select options={next.map((s) => ({ value: s, label: t(`rectification.status.${s}`) }))} data-testid="rectification-status" />
        </Form.Item>
        <Form.Item
          name="evidence"
          label={t('rectification.evidence')}
          rules={status === 'closed' ? [{ required: true, whitespace: true, message: t('rectification.evidenceRequired') }] : []}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="rectification-evidence" />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('rectification.note')}
          rules={item.status === 'in_progress' && status === 'in_progress' ? [{ required: true, whitespace: true }] : []}
        >
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
};
