import type { SavingsRequest } from '@jiliang/shared';
import { Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { useShowApiError } from '../../api/hooks/useShowApiError.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { usePoints } from '../../readings/hooks/usePoints.ts';
import { useCreateSavings } from '../hooks/useCreateSavings.ts';
import { parseSavingsRows } from '../utils/parseSavingsRows.ts';

type Values = {
  title: string;
  pointIds?: string[];
  energyUnit?: string;
  productionUnit: string;
  evidence: string;
  baseline: string;
  reporting: string;
  k?: number;
};

const rowsRule = (message: (line: number) => string) => ({
  validator: async (_: unknown, value: string | undefined) => {
    const parsed = parseSavingsRows(value ?? '');
    if ('line' in parsed) throw new Error(message(parsed.line));
  },
});

/** 新建节能量审核: months of the baseline and reporting periods, production with its evidence, energy from points or entered. */
export const SavingsModal = ({ unitId, onClose }: { unitId: string; onClose: () => void }) => {
  const { t } = useLocale();
  const [form] = Form.useForm<Values>();
  const showApiError = useShowApiError();
  const points = usePoints(unitId);
  const create = useCreateSavings(unitId);
  const lineError = (line: number) => `${t('savings.rowsHint')} (#${line})`;
  return (
    <Modal
      open
      width={760}
      title={t('savings.new')}
      okText={t('action.create')}
      cancelText={t('action.cancel')}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'savings-submit' }}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ productionUnit: 't' }}
        onFinish={(values) => {
          const rows = (text: string) => {
            const parsed = parseSavingsRows(text);
            return 'rows' in parsed ? parsed.rows : [];
          };
          const request: SavingsRequest = {
            title: values.title,
            ...(values.pointIds?.length ? { pointIds: values.pointIds } : { energyUnit: values.energyUnit }),
            productionUnit: values.productionUnit,
            evidence: values.evidence,
            baseline: rows(values.baseline),
            reporting: rows(values.reporting),
            ...(values.k ? { k: values.k } : {}),
          };
          create.mutate(request, { onSuccess: onClose, onError: showApiError });
        }}
      >
        <Form.Item name="title" label={t('savings.title')} rules={[{ required: true, whitespace: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="pointIds" label={t('savings.points')}>
          <Select
            mode="multiple"
            allowClear
            options={(points.data ?? [])
              .filter((p) => p.registerKind !== 'instantaneous')
              .map((p) => ({ value: p.id, label: `${p.code} ${p.name}（${p.unit}）` }))}
          />
        </Form.Item>
        <Space wrap>
          <Form.Item name="energyUnit" label={t('savings.energyUnit')}>
            <Input style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="productionUnit" label={t('savings.productionUnit')} rules={[{ required: true }]}>
            <Input style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="k" label="k">
            <InputNumber min={1} max={10} step={0.01} placeholder="2" style={{ width: 100 }} />
          </Form.Item>
        </Space>
        <Form.Item name="evidence" label={t('savings.evidence')} rules={[{ required: true, whitespace: true }]}>
          <Input />
        </Form.Item>
        <Typography.Text type="secondary">{t('savings.rowsHint')}</Typography.Text>
        <Form.Item name="baseline" label={t('savings.baseline')} rules={[{ required: true }, rowsRule(lineError)]}>
          <Input.TextArea rows={6} placeholder={'2025-01,100\n2025-02,120\n2025-03,140'} data-testid="savings-baseline" />
        </Form.Item>
        <Form.Item name="reporting" label={t('savings.reporting')} rules={[{ required: true }, rowsRule(lineError)]}>
          <Input.TextArea rows={4} data-testid="savings-reporting" />
        </Form.Item>
      </Form>
    </Modal>
  );
};
