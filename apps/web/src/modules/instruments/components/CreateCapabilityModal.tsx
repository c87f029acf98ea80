import { CAPABILITY_KINDS } from '@jiliang/shared';
import { App, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useShowApiError } from '../../api/hooks/useShowApiError.ts';
import { applyFieldErrors } from '../../api/utils/applyFieldErrors.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useCreateCapability } from '../hooks/useCreateCapability.ts';
import { useStandards } from '../hooks/useStandards.ts';
import type { CapabilityInput } from '../utils/CapabilityInput.ts';

const FIELDS = ['kind', 'name', 'measurand', 'rangeText', 'uncertaintyText', 'method', 'standardId'];
const blankToNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

/** 登记能力: a verification/calibration item or a key-parameter measurement item, with the standard behind it. */
export const CreateCapabilityModal = ({ organisationId, onClose }: { organisationId: string; onClose: () => void }) => {
  const { t } = useLocale();
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const [form] = Form.useForm<CapabilityInput>();
  const create = useCreateCapability(organisationId);
  // The server takes only a standard of the same organisation.
  const standards = useStandards({ ownerId: organisationId });

  return (
    <Modal
      open
      title={t('capabilities.create')}
      okText={t('action.create')}
      cancelText={t('action.cancel')}
      width={720}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'create-capability-submit' }}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
    >
      <Form<CapabilityInput>
        form={form}
        name="create-capability"
        layout="vertical"
        initialValues={{ kind: 'verification_calibration' }}
        onFinish={(values) => {
          create.mutate(
            {
              kind: values.kind,
              name: values.name.trim(),
              measurand: values.measurand.trim(),
              rangeText: blankToNull(values.rangeText),
              uncertaintyText: blankToNull(values.uncertaintyText),
              method: blankToNull(values.method),
              standardId: values.standardId ?? null,
            },
            {
              onSuccess: (capability) => {
                void message.success(t('capabilities.created', { name: capability.name }));
                onClose();
              },
              onError: (error) => {
                applyFieldErrors(form, error, FIELDS);
                showApiError(error);
              },
            },
          );
        }}
      >
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item name="kind" label={t('capabilities.kind')} rules={[{ required: true }]}>
              <Select options={CAPABILITY_KINDS.map((value) => ({ value, label: t(`capabilityKind.${value}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name="name" label={t('capabilities.name')} rules={[{ required: true, whitespace: true, max: 200 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="measurand" label={t('capabilities.measurand')} rules={[{ required: true, whitespace: true, max: 100 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="rangeText" label={t('capabilities.range')} rules={[{ max: 200 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="uncertaintyText" label={t('capabilities.uncertainty')} rules={[{ max: 200 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="method" label={t('capabilities.method')} rules={[{ max: 200 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="standardId" label={t('capabilities.standard')}>
              <Select
                allowClear
                loading={standards.isFetching}
                options={(standards.data?.items ?? []).map((standard) => ({
                  value: standard.id,
                  label: `${standard.name}（${standard.code}）`,
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
};
