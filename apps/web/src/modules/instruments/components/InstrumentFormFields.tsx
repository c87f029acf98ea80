import { Col, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import type { ReactNode } from 'react';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useInstrumentOptions } from '../hooks/useInstrumentOptions.ts';
import type { InstrumentFormValues } from '../utils/InstrumentFormValues.ts';
import { SiteSelect } from './SiteSelect.tsx';

/** The fields of instrumentInputSchema (issue 4 §1), shared by the register and edit forms; status is changed apart, with a reason. */
export const InstrumentFormFields = ({ ownerId, formName }: { ownerId: string | undefined; formName: string }) => {
  const { t } = useLocale();
  const options = useInstrumentOptions();
  const mandatory = Form.useWatch<boolean | undefined>('mandatoryVerification');
  const item = (name: keyof InstrumentFormValues, label: string, input: ReactNode, span = 8, required = false) => (
    <Col xs={24} md={span}>
      <Form.Item name={name} label={label} rules={required ? [{ required: true, whitespace: true }] : []}>
        {input}
      </Form.Item>
    </Col>
  );
  const text = (max: number) => <Input maxLength={max} />;
  const number = (props: { min?: number; max?: number; precision?: number } = {}) => <InputNumber style={{ width: '100%' }} {...props} />;

  return (
    <Row gutter={16} data-testid={`${formName}-fields`}>
      {item('code', t('instrument.code'), text(60), 8, true)}
      {item('name', t('instrument.name'), text(200), 16, true)}
      <Col xs={24} md={8}>
        <Form.Item name="instrumentType" label={t('instrument.type')} rules={[{ required: true }]}>
          <Select options={options.types} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="medium" label={t('instrument.medium')} rules={[{ required: true }]}>
          <Select options={options.media} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="gb17167Level" label={t('instrument.gb17167Level')} rules={[{ required: true }]}>
          <Select options={options.levels} />
        </Form.Item>
      </Col>
      {item('maker', t('instrument.maker'), text(200))}
      {item('model', t('instrument.model'), text(200))}
      {item('serialNumber', t('instrument.serialNumber'), text(100))}
      {item('accuracyClass', t('instrument.accuracyClass'), text(20))}
      {item('mpePercent', t('instrument.mpePercent'), number({ min: 0.0001, max: 99.9999 }))}
      <Col xs={12} md={4}>
        <Form.Item name="ctRatio" label={t('instrument.ctRatio')}>
          {number({ min: 0 })}
        </Form.Item>
      </Col>
      <Col xs={12} md={4}>
        <Form.Item name="ptRatio" label={t('instrument.ptRatio')}>
          {number({ min: 0 })}
        </Form.Item>
      </Col>
      {item('rangeMin', t('instrument.rangeMin'), number())}
      {item('rangeMax', t('instrument.rangeMax'), number())}
      {item('rangeUnit', t('instrument.rangeUnit'), text(30))}
      <Col xs={24} md={8}>
        <Form.Item name="siteId" label={t('instrument.site')}>
          <SiteSelect ownerId={ownerId} />
        </Form.Item>
      </Col>
      {item('equipment', t('instrument.equipment'), text(200))}
      {item('location', t('instrument.location'), text(200))}
      <Col xs={12} md={8}>
        <Form.Item name="mandatoryVerification" label={t('instrument.mandatoryVerification')} valuePropName="checked">
          <Switch data-testid={`${formName}-mandatory`} />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item
          name="intervalMonths"
          label={t('instrument.intervalMonths')}
          // Metrology Law art. 9: a mandatorily verified instrument has its verification period.
          rules={[{ required: mandatory === true, message: t('instrument.intervalRequired') }]}
        >
          {number({ min: 1, max: 120, precision: 0 })}
        </Form.Item>
      </Col>
    </Row>
  );
};
