import { EMISSION_SOURCE_KINDS, SOURCE_KIND_LABELS, SOURCE_PARAMETERS, type EmissionSourceKind } from '@jiliang/shared';
import { App, AutoComplete, Checkbox, Col, Divider, Form, Input, Modal, Radio, Row, Select } from 'antd';
import { useShowApiError } from '../../api/hooks/useShowApiError.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { SiteSelect } from '../../instruments/components/SiteSelect.tsx';
import { usePoints } from '../../readings/hooks/usePoints.ts';
import { useCreateSource } from '../hooks/useCreateSource.ts';
import { useFactors } from '../hooks/useFactors.ts';
import { applyFieldIssues } from '../utils/applyFieldIssues.ts';
import { PARAMETER_FACTOR_KINDS } from '../utils/parameterFactorKinds.ts';
import { resolveSourceField } from '../utils/resolveSourceField.ts';
import type { ParameterFormValue, SourceFormValues } from '../utils/SourceFormValues.ts';
import { toSourceInput } from '../utils/toSourceInput.ts';
import { ParameterBindingField } from './ParameterBindingField.tsx';

/** Parameters a library usually has start as library bindings; purity, CaO, enthalpy and the like as measured values. */
const initialParameters = (kind: EmissionSourceKind): Record<string, ParameterFormValue> =>
  Object.fromEntries(
    [...SOURCE_PARAMETERS[kind].required, ...SOURCE_PARAMETERS[kind].optional].map((name) => [
      name,
      { mode: PARAMETER_FACTOR_KINDS[name] ? 'factor' : 'measured' },
    ]),
  );

/** 新增排放源 (issue 7 §2, GB/T 32150): kind → its parameters (SOURCE_PARAMETERS), activity from a point or entries. */
export const CreateSourceModal = ({ enterpriseId, onClose }: { enterpriseId: string; onClose: () => void }) => {
  const { t, pick } = useLocale();
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const [form] = Form.useForm<SourceFormValues>();
  const create = useCreateSource();
  const factors = useFactors({ current: true });
  const points = usePoints(enterpriseId);
  const kind = Form.useWatch('kind', form) ?? 'fuel_combustion';
  const activityFrom = Form.useWatch('activityFrom', form) ?? 'manual';
  const gas = Form.useWatch('gas', form);
  const subject = Form.useWatch('subject', form);
  const spec = SOURCE_PARAMETERS[kind];
  const subjects = [...new Set((factors.data ?? []).map((factor) => factor.subject))].sort();

  const handleFinish = (values: SourceFormValues) => {
    create.mutate(
      { enterpriseId, input: toSourceInput(values) },
      {
        onSuccess: (source) => {
          void message.success(t('carbon.sourceCreated', { code: source.code }));
          onClose();
        },
        onError: (error) => {
          const modes = Object.fromEntries(Object.entries(values.parameters ?? {}).map(([name, p]) => [name, p?.mode]));
          applyFieldIssues(form, error, (field) => resolveSourceField(field, modes));
          showApiError(error);
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('carbon.newSource')}
      okText={t('action.create')}
      cancelText={t('action.cancel')}
      width={860}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'create-source-submit' }}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
    >
      <Form<SourceFormValues>
        form={form}
        name="create-source"
        layout="vertical"
        initialValues={{ kind: 'fuel_combustion', activityFrom: 'manual', parameters: initialParameters('fuel_combustion') }}
        onValuesChange={(changed: Partial<SourceFormValues>) => {
          if (changed.kind) form.setFieldValue('parameters', initialParameters(changed.kind));
          if (changed.pointId) {
            const point = points.data?.find((p) => p.id === changed.pointId);
            if (point && !form.getFieldValue('activityUnit')) form.setFieldValue('activityUnit', point.unit);
          }
        }}
        onFinish={handleFinish}
      >
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item name="code" label={t('carbon.sourceCode')} rules={[{ required: true, message: t('carbon.required') }]}>
              <Input maxLength={40} placeholder="S-NG-01" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="name" label={t('carbon.sourceName')} rules={[{ required: true, message: t('carbon.required') }]}>
              <Input maxLength={120} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="kind" label={t('carbon.kind')} rules={[{ required: true }]}>
              <Select options={EMISSION_SOURCE_KINDS.map((value) => ({ value, label: pick(SOURCE_KIND_LABELS[value]) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="subject" label={t('carbon.subject')} rules={[{ required: true, message: t('carbon.required') }]}>
              <AutoComplete options={subjects.map((value) => ({ value }))} showSearch={{ filterOption: true }} placeholder="natural_gas" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="siteId" label={t('carbon.site')}>
              <SiteSelect ownerId={enterpriseId} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="activityFrom" label={t('carbon.activitySource')}>
              <Radio.Group
                options={[
                  { value: 'point', label: t('carbon.point', { code: '' }).trim() },
                  { value: 'manual', label: t('carbon.manual') },
                ]}
              />
            </Form.Item>
          </Col>
          {activityFrom === 'point' && (
            <Col xs={24} sm={12}>
              <Form.Item
                name="pointId"
                label={t('carbon.point', { code: '' }).trim()}
                rules={[{ required: true, message: t('carbon.required') }]}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={points.isFetching}
                  options={(points.data ?? []).map((point) => ({
                    value: point.id,
                    label: `${point.code} · ${point.name} (${point.unit})`,
                  }))}
                />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} sm={12}>
            <Form.Item name="activityUnit" label={t('carbon.activityUnit')} rules={[{ required: true, message: t('carbon.required') }]}>
              <Input maxLength={40} placeholder="t, MWh, 10^4Nm3, GJ" />
            </Form.Item>
          </Col>
          {kind === 'non_co2' && (
            <Col xs={12} sm={6}>
              <Form.Item name="gas" label={t('carbon.gas')} rules={[{ required: true, message: t('carbon.required') }]}>
                <Select options={['CH4', 'N2O'].map((value) => ({ value, label: value }))} />
              </Form.Item>
            </Col>
          )}
          {kind === 'non_co2' && gas === 'CH4' && (
            <Col xs={12} sm={6}>
              <Form.Item name="origin" label={t('carbon.gasOrigin')}>
                <Select
                  allowClear
                  options={(['fossil', 'non_fossil'] as const).map((value) => ({ value, label: t(`carbon.gasOrigin.${value}`) }))}
                />
              </Form.Item>
            </Col>
          )}
          {kind === 'fuel_combustion' && (
            <Col xs={24} sm={12}>
              <Form.Item name="biomass" valuePropName="checked" label=" ">
                <Checkbox>{t('carbon.biomassFuel')}</Checkbox>
              </Form.Item>
            </Col>
          )}
        </Row>
        {spec.required.length + spec.optional.length > 0 && <Divider titlePlacement="start">{t('carbon.parameters')}</Divider>}
        {[...spec.required, ...spec.optional].map((name) => (
          <ParameterBindingField
            key={`${kind}-${name}`}
            parameter={name}
            required={spec.required.includes(name)}
            factors={factors.data ?? []}
            subject={subject}
          />
        ))}
      </Form>
    </Modal>
  );
};
