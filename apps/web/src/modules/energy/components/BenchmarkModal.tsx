import { Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useShowApiError } from '../../api/hooks/useShowApiError.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { usePoints } from '../../readings/hooks/usePoints.ts';
import { useCreateBenchmark } from '../hooks/useCreateBenchmark.ts';
import { useLimitLibrary } from '../hooks/useLimitLibrary.ts';
import type { BenchmarkFormValues } from '../utils/BenchmarkFormValues.ts';
import { toBenchmarkRequest } from '../utils/toBenchmarkRequest.ts';
import { BenchmarkLineFields } from './BenchmarkLineFields.tsx';

type Props = { unitId: string; defaultMonth: string; onClose: () => void };

/** 新建对标: indicator and capacity, the period, its energy (meters or entered with evidence) and production. */
export const BenchmarkModal = ({ unitId, defaultMonth, onClose }: Props) => {
  const { t } = useLocale();
  const [form] = Form.useForm<BenchmarkFormValues>();
  const showApiError = useShowApiError();
  const library = useLimitLibrary();
  const points = usePoints(unitId);
  const create = useCreateBenchmark(unitId);
  const indicators =
    library.data?.standards.flatMap((s) => s.indicators.map((i) => ({ value: i.id, label: `${s.id} ${i.label}（${i.unit}）` }))) ?? [];
  const pointOptions = (points.data ?? [])
    .filter((p) => p.registerKind !== 'instantaneous')
    .map((p) => ({ value: p.id, label: `${p.code} ${p.name}（${p.unit}）` }));
  return (
    <Modal
      open
      width={940}
      title={t('benchmark.new')}
      okText={t('action.create')}
      cancelText={t('action.cancel')}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'benchmark-submit' }}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
    >
      <Form<BenchmarkFormValues>
        form={form}
        layout="vertical"
        initialValues={{
          indicatorId: 'clinker_comprehensive',
          capacityTpd: 5000,
          from: defaultMonth,
          to: defaultMonth,
          lines: [{ source: 'point', energy: 'electricity' }],
          productionUnit: 't',
        }}
        onFinish={(values) => {
          create.mutate(toBenchmarkRequest(values), { onSuccess: onClose, onError: showApiError });
        }}
      >
        <Space wrap>
          <Form.Item name="indicatorId" label={t('benchmark.indicator')} rules={[{ required: true }]}>
            <Select options={indicators} style={{ width: 360 }} loading={library.isLoading} />
          </Form.Item>
          <Form.Item name="capacityTpd" label={t('benchmark.capacity')}>
            <InputNumber min={1} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="from" label={t('benchmark.period')} rules={[{ required: true }]}>
            <Input type="month" style={{ width: 150 }} />
          </Form.Item>
          <Form.Item name="to" label=" " rules={[{ required: true }]}>
            <Input type="month" style={{ width: 150 }} />
          </Form.Item>
        </Space>
        {/* The line fields depend on each other (source, energy): redrawn on every change. */}
        <Form.Item label={t('benchmark.energy')} shouldUpdate>
          {() => <BenchmarkLineFields energies={library.data?.energies ?? []} points={pointOptions} />}
        </Form.Item>
        <Space wrap>
          <Form.Item name="productionQuantity" label={t('benchmark.production')} rules={[{ required: true }]}>
            <InputNumber min={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="productionUnit" label=" " rules={[{ required: true }]}>
            <Input style={{ width: 80 }} />
          </Form.Item>
          <Form.Item name="productionEvidence" label={t('benchmark.productionEvidence')} rules={[{ required: true, whitespace: true }]}>
            <Input style={{ width: 360 }} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
};
