import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Form, Input, InputNumber, Row } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

/** The results of a certificate: quantity, values, unit, U and k (JJF 1059.1-2012 5.3), as many as it states. */
export const CertificateResultFields = () => {
  const { t } = useLocale();
  return (
    <Form.List name="results">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Row key={field.key} gutter={8} align="bottom" data-testid="certificate-result">
              <Col xs={24} md={6}>
                <Form.Item
                  name={[field.name, 'quantity']}
                  label={t('certificates.quantity')}
                  rules={[{ required: true, whitespace: true }]}
                >
                  <Input maxLength={200} />
                </Form.Item>
              </Col>
              <Col xs={8} md={3}>
                <Form.Item name={[field.name, 'nominalValue']} label={t('certificates.nominalValue')}>
                  <InputNumber style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={8} md={3}>
                <Form.Item name={[field.name, 'correction']} label={t('certificates.correction')}>
                  <InputNumber style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={8} md={3}>
                <Form.Item name={[field.name, 'unit']} label={t('certificates.unit')} rules={[{ required: true, whitespace: true }]}>
                  <Input maxLength={60} />
                </Form.Item>
              </Col>
              <Col xs={8} md={3}>
                <Form.Item name={[field.name, 'expandedUncertainty']} label="U" rules={[{ required: true }]}>
                  <InputNumber min={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={8} md={2}>
                <Form.Item name={[field.name, 'coverageFactor']} label="k" rules={[{ required: true }]}>
                  <InputNumber min={0.1} max={10} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={6} md={3}>
                <Form.Item name={[field.name, 'uncertaintyRelative']} valuePropName="checked">
                  <Checkbox>{t('certificates.uncertaintyRelative')}</Checkbox>
                </Form.Item>
              </Col>
              <Col xs={2} md={1}>
                <Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label="remove"
                    onClick={() => {
                      remove(field.name);
                    }}
                  />
                </Form.Item>
              </Col>
            </Row>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => {
              add({ coverageFactor: 2, uncertaintyRelative: false });
            }}
          >
            {t('certificates.addResult')}
          </Button>
        </>
      )}
    </Form.List>
  );
};
