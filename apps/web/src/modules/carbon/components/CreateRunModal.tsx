import { GWP_SET_NAMES, type AccountingRun } from '@jiliang/shared';
import { App, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useShowApiError } from '../../api/hooks/useShowApiError.ts';
import { settleValidation } from '../../common/utils/settleValidation.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useCreateRun } from '../hooks/useCreateRun.ts';
import { formatTco2 } from '../utils/formatTco2.ts';
import { applyFieldIssues } from '../utils/applyFieldIssues.ts';
import { resolveRunField } from '../utils/resolveRunField.ts';
import type { RunFormValues } from '../utils/RunFormValues.ts';
import { toRunInput } from '../utils/toRunInput.ts';

type Values = Omit<RunFormValues, 'months'> & { months?: [Dayjs, Dayjs] };

type Props = { enterpriseId: string; onClose: () => void; onCreated: (run: AccountingRun) => void };

/** 新建核算: a period of whole months, optionally a Monte Carlo (JCGM 101), production and output value for intensities. */
export const CreateRunModal = ({ enterpriseId, onClose, onCreated }: Props) => {
  const { t } = useLocale();
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const [form] = Form.useForm<Values>();
  const create = useCreateRun();

  const handleFinish = (values: Values) => {
    if (!values.months) return;
    const input = toRunInput({ ...values, months: [values.months[0].format('YYYY-MM'), values.months[1].format('YYYY-MM')] });
    create.mutate(
      { enterpriseId, input },
      {
        onSuccess: (run) => {
          void message.success(t('carbon.run.created', { total: formatTco2(run.result.emissions.totalTco2) }));
          onCreated(run);
        },
        onError: (error) => {
          applyFieldIssues(form, error, resolveRunField);
          showApiError(error);
        },
      },
    );
  };

  const productionComplete = () => {
    const values = form.getFieldsValue(['product', 'productionValue', 'productionUnit']) as Values;
    const filled = [Boolean(values.product?.trim()), typeof values.productionValue === 'number', Boolean(values.productionUnit?.trim())];
    return settleValidation(filled.some(Boolean) && !filled.every(Boolean) ? t('carbon.run.productionIncomplete') : undefined);
  };

  return (
    <Modal
      open
      title={t('carbon.newRun')}
      okText={t('carbon.newRun')}
      cancelText={t('action.cancel')}
      width={720}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'create-run-submit' }}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
    >
      <Form<Values> form={form} name="create-run" layout="vertical" onFinish={handleFinish}>
        <Form.Item
          name="months"
          label={t('carbon.run.period')}
          extra={t('carbon.run.periodHint')}
          rules={[{ required: true, message: t('carbon.run.periodRequired') }]}
        >
          <DatePicker.RangePicker picker="month" style={{ width: '100%' }} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="iterations" label={t('carbon.run.iterations')}>
              <InputNumber min={1000} max={1_000_000} step={1000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="seed" label={t('carbon.run.seed')} extra={t('carbon.run.seedHint')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={24} sm={10}>
            <Form.Item
              name="product"
              label={t('carbon.run.product')}
              extra={t('carbon.run.productionHint')}
              dependencies={['productionValue', 'productionUnit']}
              rules={[{ validator: productionComplete }]}
            >
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="productionValue" label={t('carbon.run.production')}>
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="productionUnit" label={t('carbon.run.productionUnit')}>
              <Input maxLength={20} placeholder="t" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="outputValue10kYuan" label={t('carbon.run.outputValue')}>
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="gwpSet" label={t('carbon.gwpSet')}>
              <Select allowClear placeholder="AR5" options={GWP_SET_NAMES.map((name) => ({ value: name, label: name }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label={t('carbon.note')}>
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
};
