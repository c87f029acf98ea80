import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useEnergyOptions } from '../hooks/useEnergyOptions.ts';

/** Facts GB 17167-2006 表4 needs that the register lacks, per 管理编号. */
export const FactFields = () => {
  const { t } = useLocale();
  const options = useEnergyOptions();
  return (
    <Form.List name="facts">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} align="baseline" wrap>
              <Form.Item name={[field.name, 'code']} rules={[{ required: true, whitespace: true }]}>
                <Input placeholder={t('review.form.code')} style={{ width: 110 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'meteringPointClass']}>
                <Select options={options.pointClasses} allowClear placeholder={t('review.form.pointClass')} style={{ width: 130 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'pipeDiameterMm']}>
                <InputNumber min={1} placeholder={t('review.form.pipe')} style={{ width: 110 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'weighing']}>
                <Select options={options.weighing} allowClear placeholder={t('review.form.weighing')} style={{ width: 110 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'mpeRelative']}>
                <InputNumber min={0} max={0.99} step={0.001} placeholder={t('review.form.mpe')} style={{ width: 150 }} />
              </Form.Item>
              <MinusCircleOutlined
                onClick={() => {
                  remove(field.name);
                }}
              />
            </Space>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => {
              add({});
            }}
          >
            {t('review.form.add')}
          </Button>
        </>
      )}
    </Form.List>
  );
};
