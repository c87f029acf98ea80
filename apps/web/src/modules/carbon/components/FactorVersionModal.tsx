import {
  FACTOR_CONFIRMATION_LABELS,
  FACTOR_CONFIRMATIONS,
  FACTOR_KIND_LABELS,
  FACTOR_KINDS,
  FACTOR_REGION_LABELS,
  FACTOR_REGIONS,
  type EmissionFactor,
} from '@jiliang/shared';
import { App, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useShowApiError } from '../../api/hooks/useShowApiError.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useCreateFactor } from '../hooks/useCreateFactor.ts';
import { applyFieldIssues } from '../utils/applyFieldIssues.ts';
import type { FactorFormValues } from '../utils/FactorFormValues.ts';
import { toFactorFormValues } from '../utils/toFactorFormValues.ts';
import { toFactorInput } from '../utils/toFactorInput.ts';

type Values = Omit<FactorFormValues, 'effectiveFrom' | 'effectiveTo'> & { effectiveFrom?: Dayjs; effectiveTo?: Dayjs | null };

const FIELDS = ['code', 'kind', 'subject', 'name', 'region', 'value', 'unit', 'sourceDocument', 'confirmation', 'effectiveFrom', 'reason'];

const initialOf = (base: EmissionFactor | undefined): Partial<Values> => {
  if (!base) return { region: 'national', confirmation: 'M' };
  const values = toFactorFormValues(base);
  return { ...values, effectiveFrom: dayjs(values.effectiveFrom), effectiveTo: values.effectiveTo ? dayjs(values.effectiveTo) : null };
};

type Props = { base?: EmissionFactor | undefined; onClose: () => void };

/**
 * 新版本 (issue 7 §1): a change makes the next version of a code, never an edit; from version 2 the reason is required.
 * Without `base` it is 新增因子, a new code's version 1. Code, kind and subject stay those of the code.
 */
export const FactorVersionModal = ({ base, onClose }: Props) => {
  const { t, pick } = useLocale();
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const [form] = Form.useForm<Values>();
  const create = useCreateFactor();
  const required = { required: true, message: t('carbon.required') };

  const handleFinish = (values: Values) => {
    if (!values.effectiveFrom) return;
    const input = toFactorInput({
      ...values,
      effectiveFrom: values.effectiveFrom.format('YYYY-MM-DD'),
      effectiveTo: values.effectiveTo ? values.effectiveTo.format('YYYY-MM-DD') : null,
    });
    create.mutate(input, {
      onSuccess: (factor) => {
        void message.success(t('carbon.versionCreated', { code: factor.code, version: factor.version }));
        onClose();
      },
      onError: (error) => {
        applyFieldIssues(form, error, (field) => {
          const head = field.split('.')[0] ?? '';
          return FIELDS.includes(head) ? [head] : head === 'uRel' ? ['uRelPercent'] : undefined;
        });
        showApiError(error);
      },
    });
  };

  return (
    <Modal
      open
      width={820}
      title={base ? t('carbon.newVersionTitle', { code: base.code, version: base.version + 1 }) : t('carbon.newFactor')}
      okText={t('action.save')}
      cancelText={t('action.cancel')}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'factor-submit' }}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
    >
      <Form<Values> form={form} name="factor-version" layout="vertical" initialValues={initialOf(base)} onFinish={handleFinish}>
        {base && (
          <Form.Item
            name="reason"
            label={t('carbon.reason')}
            extra={t('carbon.reasonRequired')}
            rules={[{ ...required, message: t('carbon.reasonRequired') }]}
          >
            <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 4 }} data-testid="factor-reason" />
          </Form.Item>
        )}
        <Row gutter={12}>
          <Col xs={24} sm={10}>
            <Form.Item name="code" label={t('carbon.factorCode')} rules={[required]}>
              <Input disabled={Boolean(base)} placeholder="fuel.natural_gas.ncv" maxLength={80} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={7}>
            <Form.Item name="kind" label={t('carbon.factorKind')} rules={[required]}>
              <Select disabled={Boolean(base)} options={FACTOR_KINDS.map((value) => ({ value, label: pick(FACTOR_KIND_LABELS[value]) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={7}>
            <Form.Item name="subject" label={t('carbon.subject')} rules={[required]}>
              <Input disabled={Boolean(base)} maxLength={60} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={14}>
            <Form.Item name="name" label={t('carbon.factorName')} rules={[required]}>
              <Input maxLength={120} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item name="region" label={t('carbon.region')} rules={[required]}>
              <Select options={FACTOR_REGIONS.map((value) => ({ value, label: pick(FACTOR_REGION_LABELS[value]) }))} />
            </Form.Item>
          </Col>
          <Col xs={8}>
            <Form.Item name="value" label={t('carbon.factorValue')} rules={[required]}>
              <InputNumber min={0} style={{ width: '100%' }} data-testid="factor-value" />
            </Form.Item>
          </Col>
          <Col xs={8}>
            <Form.Item name="unit" label={t('carbon.unit')} rules={[required]}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col xs={8}>
            <Form.Item name="uRelPercent" label={`${t('carbon.uRelPercent')}${t('carbon.optional')}`}>
              <InputNumber min={0} max={99.99} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="sourceDocument" label={t('carbon.sourceDocument')} rules={[required]}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          {(['sourceEdition', 'sourceTable', 'sourceRow'] as const).map((name) => (
            <Col xs={8} key={name}>
              <Form.Item name={name} label={t(`carbon.${name}`)}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
          ))}
          <Col xs={24} sm={8}>
            <Form.Item name="confirmation" label={t('carbon.confirmation')} rules={[required]}>
              <Select
                options={FACTOR_CONFIRMATIONS.map((value) => ({ value, label: `${value} · ${pick(FACTOR_CONFIRMATION_LABELS[value])}` }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="effectiveFrom" label={t('carbon.effectiveFrom')} rules={[required]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="effectiveTo" label={t('carbon.effectiveTo')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="note" label={t('carbon.factorNote')}>
              <Input.TextArea maxLength={1000} autoSize={{ minRows: 1, maxRows: 3 }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
};
