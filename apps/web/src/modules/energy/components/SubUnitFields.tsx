import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useEnergyOptions } from '../hooks/useEnergyOptions.ts';

type Props = { sites: { value: string; label: string }[] };

/** 次级用能单元: a sub-unit of the register and its consumption per medium, which decides "main" (表2). */
export const SubUnitFields = ({ sites }: Props) => {
  const { t } = useLocale();
  const options = useEnergyOptions();
  return (
    <Form.List name="subUnits">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} align="baseline" wrap>
              <Form.Item name={[field.name, 'siteId']} rules={[{ required: true }]}>
                <Select options={sites} placeholder={t('review.form.site')} style={{ width: 180 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'medium']} rules={[{ required: true }]}>
                <Select options={options.media} placeholder={t('review.col.medium')} style={{ width: 120 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'value']} rules={[{ required: true }]}>
                <InputNumber min={0} placeholder={t('review.form.load')} style={{ width: 130 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'unit']} rules={[{ required: true }]}>
                <Select options={options.loadUnits} placeholder={t('review.form.loadUnit')} style={{ width: 90 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'instrumentCodes']}>
                <Input placeholder={t('review.form.codes')} style={{ width: 200 }} />
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
              add({ medium: 'electricity', unit: 'kW' });
            }}
          >
            {t('review.form.add')}
          </Button>
        </>
      )}
    </Form.List>
  );
};
