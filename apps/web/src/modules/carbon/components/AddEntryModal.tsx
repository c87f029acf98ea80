import type { EnterpriseSource } from '@jiliang/shared';
import { App, Alert, DatePicker, Form, Input, InputNumber, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useShowApiError } from '../../api/hooks/useShowApiError.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useAddActivityEntry } from '../hooks/useAddActivityEntry.ts';
import { applyFieldIssues } from '../utils/applyFieldIssues.ts';
import { toActivityEntryInput, type EntryFormValues } from '../utils/toActivityEntryInput.ts';

type Values = Omit<EntryFormValues, 'month'> & { month?: Dayjs };

const FIELDS = ['month', 'value', 'unit', 'uRel', 'evidence'];

/** 录入活动数据: a month of activity with its evidence; a second entry for the month corrects the first, which is kept. */
export const AddEntryModal = ({ source, onClose }: { source: EnterpriseSource; onClose: () => void }) => {
  const { t } = useLocale();
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const [form] = Form.useForm<Values>();
  const add = useAddActivityEntry();

  const handleFinish = (values: Values) => {
    if (!values.month) return;
    const month = values.month.format('YYYY-MM');
    add.mutate(
      { sourceId: source.id, input: toActivityEntryInput({ ...values, month }) },
      {
        onSuccess: () => {
          void message.success(t('carbon.entryCreated', { month }));
          onClose();
        },
        onError: (error) => {
          applyFieldIssues(form, error, (field) => {
            const head = field.split('.')[0] ?? '';
            return FIELDS.includes(head) ? [head === 'uRel' ? 'uRelPercent' : head] : undefined;
          });
          showApiError(error);
        },
      },
    );
  };

  return (
    <Modal
      open
      title={`${t('carbon.addEntry')} · ${source.code} ${source.name}`}
      okText={t('action.save')}
      cancelText={t('action.cancel')}
      confirmLoading={add.isPending}
      okButtonProps={{ 'data-testid': 'entry-submit' }}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
    >
      <Alert type="info" showIcon title={t('carbon.entryHint')} style={{ marginBottom: 16 }} />
      <Form<Values> form={form} name="add-entry" layout="vertical" initialValues={{ unit: source.activityUnit }} onFinish={handleFinish}>
        <Form.Item name="month" label={t('carbon.month')} rules={[{ required: true, message: t('carbon.required') }]}>
          <DatePicker
            picker="month"
            style={{ width: '100%' }}
            disabledDate={(day) => day.isAfter(dayjs(), 'month')}
            data-testid="entry-month"
          />
        </Form.Item>
        <Form.Item name="value" label={t('carbon.value')} rules={[{ required: true, message: t('carbon.required') }]}>
          <InputNumber min={0} style={{ width: '100%' }} data-testid="entry-value" />
        </Form.Item>
        <Form.Item name="unit" label={t('carbon.unit')} rules={[{ required: true, message: t('carbon.required') }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="uRelPercent" label={`${t('carbon.uRelPercent')}${t('carbon.optional')}`}>
          <InputNumber min={0} max={99.99} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="evidence"
          label={t('carbon.evidence')}
          extra={t('carbon.evidenceHint')}
          rules={[{ required: true, min: 2, message: t('carbon.evidenceHint') }]}
        >
          <Input maxLength={500} data-testid="entry-evidence" />
        </Form.Item>
      </Form>
    </Modal>
  );
};
