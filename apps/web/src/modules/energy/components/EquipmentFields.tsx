import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useEnergyOptions } from '../hooks/useEnergyOptions.ts';

type Props = { sites: { value: string; label: string }[] };

/** 主要用能设备: the equipment inventory; a rating at or above the 表3 threshold makes it main. */
export const EquipmentFields = ({ sites }: Props) => {
  const { t } = useLocale();
  const options = useEnergyOptions();
  return (
    <Form.List name="equipment">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} align="baseline" wrap>
              <Form.Item name={[field.name, 'id']} rules={[{ required: true, whitespace: true }]}>
                <Input placeholder={t('review.form.equipmentId')} style={{ width: 110 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'name']} rules={[{ required: true, whitespace: true }]}>
                <Input placeholder={t('review.form.name')} style={{ width: 150 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'medium']} rules={[{ required: true }]}>
                <Select options={options.media} style={{ width: 110 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'value']} rules={[{ required: true }]}>
                <InputNumber min={0} placeholder={t('review.form.load')} style={{ width: 110 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'unit']} rules={[{ required: true }]}>
                <Select options={options.loadUnits} style={{ width: 90 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'siteId']}>
                <Select options={sites} allowClear placeholder={t('review.form.site')} style={{ width: 150 }} />
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
