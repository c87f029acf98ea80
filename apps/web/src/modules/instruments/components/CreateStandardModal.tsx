import { STANDARD_LEVELS, STANDARD_STATUSES, type MeasurementStandard } from '@jiliang/shared';
import { App, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useShowApiError } from '../../api/hooks/useShowApiError.ts';
import { applyFieldErrors } from '../../api/utils/applyFieldErrors.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { OwnerSelect } from './OwnerSelect.tsx';
import { useCreateStandard } from '../hooks/useCreateStandard.ts';
import type { StandardInput } from '../utils/StandardInput.ts';

type Values = Omit<StandardInput, 'mpeRelative'> & { mpePercent?: number | null };

const FIELDS = ['ownerId', 'name', 'code', 'level', 'measurand', 'rangeText', 'uncertaintyText', 'intervalMonths', 'status'];
const blankToNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

/** 建立计量标准 (JJF 1033-2023): an enterprise, institution or laboratory's standard, at its level. */
export const CreateStandardModal = ({
  ownerId,
  onCreated,
  onClose,
}: {
  ownerId: string | undefined;
  onCreated: (standard: MeasurementStandard) => void;
  onClose: () => void;
}) => {
  const { t } = useLocale();
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const [form] = Form.useForm<Values>();
  const create = useCreateStandard();

  const handleFinish = ({ mpePercent, ...values }: Values) => {
    const input: StandardInput = {
      ...values,
      name: values.name.trim(),
      code: values.code.trim(),
      measurand: values.measurand.trim(),
      rangeText: blankToNull(values.rangeText),
      uncertaintyText: blankToNull(values.uncertaintyText),
      mpeRelative: typeof mpePercent === 'number' ? Number((mpePercent / 100).toPrecision(10)) : null,
      intervalMonths: values.intervalMonths ?? null,
    };
    create.mutate(input, {
      onSuccess: (standard) => {
        void message.success(t('standards.created', { name: standard.name }));
        onCreated(standard);
      },
      onError: (error) => {
        applyFieldErrors(form, error, FIELDS);
        showApiError(error);
      },
    });
  };

  return (
    <Modal
      open
      title={t('standards.create')}
      okText={t('action.create')}
      cancelText={t('action.cancel')}
      width={760}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'create-standard-submit' }}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
    >
      <Form<Values>
        form={form}
        name="create-standard"
        layout="vertical"
        initialValues={{ ownerId, level: 'working', status: 'in_service', intervalMonths: 12 }}
        onFinish={handleFinish}
      >
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item name="ownerId" label={t('standards.owner')} rules={[{ required: true }]}>
              <OwnerSelect />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="name" label={t('standards.name')} rules={[{ required: true, whitespace: true, max: 200 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="code" label={t('standards.code')} rules={[{ required: true, whitespace: true, max: 100 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="level" label={t('standards.level')} rules={[{ required: true }]}>
              <Select options={STANDARD_LEVELS.map((value) => ({ value, label: t(`standardLevel.${value}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="measurand" label={t('standards.measurand')} rules={[{ required: true, whitespace: true, max: 100 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="status" label={t('standards.status')}>
              <Select options={STANDARD_STATUSES.map((value) => ({ value, label: t(`standardStatus.${value}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="rangeText" label={t('standards.range')} rules={[{ max: 200 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="uncertaintyText" label={t('standards.uncertainty')} rules={[{ max: 200 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="mpePercent" label={t('standards.mpePercent')}>
              <InputNumber min={0.0001} max={99.9999} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="intervalMonths" label={t('standards.intervalMonths')}>
              <InputNumber min={1} max={120} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
};
