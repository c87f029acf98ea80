import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useEnergyOptions } from '../hooks/useEnergyOptions.ts';

/** 进出用能单位计量点: one per energy flow into or out of the unit (GB 17167-2006 4.2). */
export const EntryExitFields = () => {
  const { t } = useLocale();
  const options = useEnergyOptions();
  return (
    <Form.List name="entryExitPoints">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} align="baseline" wrap>
              <Form.Item name={[field.name, 'name']} rules={[{ required: true, whitespace: true }]}>
                <Input placeholder={t('review.form.name')} style={{ width: 180 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'medium']} rules={[{ required: true }]}>
                <Select options={options.media} placeholder={t('review.col.medium')} style={{ width: 130 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'direction']} initialValue="in">
                <Select options={options.directions} style={{ width: 90 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'instrumentCodes']}>
                <Input placeholder={t('review.form.codes')} style={{ width: 220 }} />
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
              add({ direction: 'in' });
            }}
            data-testid="add-entry-point"
          >
            {t('review.form.add')}
          </Button>
        </>
      )}
    </Form.List>
  );
};
