import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { LimitLibrary } from '@jiliang/shared';
import { Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

type Props = { energies: LimitLibrary['energies']; points: { value: string; label: string }[] };

/** Energy lines of a benchmark: from a point's month rollups, or entered with the evidence behind the figure. */
export const BenchmarkLineFields = ({ energies, points }: Props) => {
  const { t } = useLocale();
  const form = Form.useFormInstance();
  return (
    <Form.List name="lines">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => {
            const source = form.getFieldValue(['lines', field.name, 'source']) as string | undefined;
            const energy = energies.find((e) => e.id === form.getFieldValue(['lines', field.name, 'energy']));
            return (
              <Space key={field.key} align="baseline" wrap>
                <Form.Item name={[field.name, 'source']} rules={[{ required: true }]}>
                  <Select
                    style={{ width: 150 }}
                    options={(['point', 'entered'] as const).map((s) => ({ value: s, label: t(`benchmark.source.${s}`) }))}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'energy']} rules={[{ required: true }]}>
                  <Select
                    style={{ width: 150 }}
                    placeholder={t('benchmark.energyType')}
                    options={energies.map((e) => ({ value: e.id, label: e.label }))}
                  />
                </Form.Item>
                {source === 'point' ? (
                  <Form.Item name={[field.name, 'pointId']} rules={[{ required: true }]}>
                    <Select style={{ width: 200 }} placeholder={t('benchmark.point')} options={points} />
                  </Form.Item>
                ) : (
                  <>
                    <Form.Item name={[field.name, 'quantity']} rules={[{ required: true }]}>
                      <InputNumber min={0} placeholder={t('benchmark.quantity')} style={{ width: 130 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'unit']} rules={[{ required: true }]}>
                      <Select style={{ width: 100 }} options={(energy?.units ?? []).map((u) => ({ value: u, label: u }))} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'evidence']} rules={[{ required: true, whitespace: true }]}>
                      <Input placeholder={t('benchmark.evidence')} style={{ width: 200 }} />
                    </Form.Item>
                  </>
                )}
                {energy?.needsMeasured && (
                  <Form.Item name={[field.name, 'kgcePerUnit']} rules={[{ required: true }]}>
                    <InputNumber
                      min={0}
                      step={0.01}
                      placeholder={`${t('benchmark.kgcePerUnit')} kgce/${energy.baseUnit}`}
                      style={{ width: 190 }}
                    />
                  </Form.Item>
                )}
                <MinusCircleOutlined
                  onClick={() => {
                    remove(field.name);
                  }}
                />
              </Space>
            );
          })}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => {
              add({ source: 'entered' });
            }}
          >
            {t('review.form.add')}
          </Button>
        </>
      )}
    </Form.List>
  );
};
