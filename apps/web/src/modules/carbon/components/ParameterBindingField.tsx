import type { EmissionFactor } from '@jiliang/shared';
import { Col, Form, Input, InputNumber, Row, Segmented, Select } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { PARAMETER_FACTOR_KINDS } from '../utils/parameterFactorKinds.ts';
import { SOURCE_PARAMETER_LABELS } from '../utils/sourceParameterLabels.ts';
import type { ParameterFormValue } from '../utils/SourceFormValues.ts';

type Props = { parameter: string; required: boolean; factors: readonly EmissionFactor[]; subject: string | undefined };

/**
 * One parameter of a source: bound to a code of the factor library (its version is resolved per run), or a measured
 * value (a lab's NCV, a purity) with its unit and relative standard uncertainty in %. Factors of the parameter's kind
 * are offered, those of the source's own carrier first.
 */
export const ParameterBindingField = ({ parameter, required, factors, subject }: Props) => {
  const { t, pick } = useLocale();
  const mode = Form.useWatch<ParameterFormValue['mode'] | undefined>(['parameters', parameter, 'mode']) ?? 'factor';
  const label = SOURCE_PARAMETER_LABELS[parameter];
  const kinds = PARAMETER_FACTOR_KINDS[parameter];
  const fitting = factors
    .filter((factor) => !kinds || kinds.includes(factor.kind))
    .sort((a, b) => Number(b.subject === subject) - Number(a.subject === subject) || a.code.localeCompare(b.code));
  const rule = { required, message: t('carbon.required') };
  return (
    <Row gutter={8} align="top" data-testid={`parameter-${parameter}`}>
      <Col xs={24} md={7}>
        <Form.Item
          label={`${label ? pick(label) : parameter}${required ? '' : t('carbon.optional')}`}
          name={['parameters', parameter, 'mode']}
        >
          <Segmented<ParameterFormValue['mode']>
            size="small"
            options={[
              { value: 'factor', label: t('carbon.binding.factor') },
              { value: 'measured', label: t('carbon.binding.measured') },
            ]}
          />
        </Form.Item>
      </Col>
      {mode === 'factor' ? (
        <Col xs={24} md={17}>
          <Form.Item label={t('carbon.factorCode')} name={['parameters', parameter, 'factor']} rules={[rule]}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={fitting.map((factor) => ({
                value: factor.code,
                label: `${factor.code} · ${factor.name} · ${String(factor.value)} ${factor.unit}`,
              }))}
            />
          </Form.Item>
        </Col>
      ) : (
        <>
          <Col xs={8} md={6}>
            <Form.Item label={t('carbon.bindingValue')} name={['parameters', parameter, 'value']} rules={[rule]}>
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={8} md={5}>
            <Form.Item label={t('carbon.bindingUnit')} name={['parameters', parameter, 'unit']} rules={[rule]}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col xs={8} md={6}>
            <Form.Item label={t('carbon.uRelPercent')} name={['parameters', parameter, 'uRelPercent']}>
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </>
      )}
    </Row>
  );
};
