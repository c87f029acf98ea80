import { MONTHLY_FIGURE_SOURCES, MONTHLY_FIGURE_SOURCE_LABELS, type MonthlyFigureSource } from '@jiliang/shared';
import { App, Button, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useShowApiError } from '../../api/hooks/useShowApiError.ts';
import { applyFieldIssues } from '../../carbon/utils/applyFieldIssues.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { usePoints } from '../../readings/hooks/usePoints.ts';
import { useAddMonthlyFigure } from '../hooks/useAddMonthlyFigure.ts';

type Values = { pointId?: string; month?: Dayjs; value?: number; source: MonthlyFigureSource; evidence?: string; reason?: string };
const FIELDS = ['pointId', 'month', 'value', 'source', 'evidence', 'reason'];

/** 录入月报数据: a counting point's monthly value with its source and evidence; replacing one needs a reason. */
export const MonthlyFigureForm = ({ enterpriseId, month }: { enterpriseId: string; month: string }) => {
  const { t, pick } = useLocale();
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const points = usePoints(enterpriseId);
  const add = useAddMonthlyFigure(enterpriseId);
  const [form] = Form.useForm<Values>();
  const required = [{ required: true, message: t('quality.monthly.required') }];

  const handleFinish = (values: Values) => {
    if (!values.pointId || !values.month || values.value === undefined || !values.evidence) return;
    add.mutate(
      {
        pointId: values.pointId,
        month: values.month.format('YYYY-MM'),
        value: values.value,
        source: values.source,
        evidence: values.evidence,
        ...(values.reason?.trim() ? { reason: values.reason.trim() } : {}),
      },
      {
        onSuccess: () => {
          void message.success(t('quality.monthly.saved'));
          form.resetFields(['value', 'evidence', 'reason']);
        },
        onError: (error) => {
          applyFieldIssues(form, error, (field) => {
            const name = field === 'pointCode' ? 'pointId' : field;
            return FIELDS.includes(name) ? [name] : undefined;
          });
          showApiError(error);
        },
      },
    );
  };

  return (
    <Form<Values>
      form={form}
      name="monthly-figure"
      layout="vertical"
      initialValues={{ month: dayjs(`${month}-01`), source: 'bill' }}
      onFinish={handleFinish}
    >
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item name="pointId" label={t('quality.monthly.point')} rules={required}>
            <Select
              data-testid="monthly-figure-point"
              loading={points.isFetching}
              options={(points.data ?? [])
                .filter((p) => p.registerKind !== 'instantaneous')
                .map((p) => ({ value: p.id, label: `${p.code} ${p.name}（${p.unit}）` }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name="month" label={t('quality.monthly.month')} rules={required}>
            <DatePicker picker="month" style={{ width: '100%' }} disabledDate={(day) => day.isAfter(dayjs(), 'month')} />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name="value" label={t('quality.monthly.value')} rules={required}>
            <InputNumber min={0} style={{ width: '100%' }} data-testid="monthly-figure-value" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="source" label={t('quality.monthly.source')} rules={required}>
            <Select options={MONTHLY_FIGURE_SOURCES.map((s) => ({ value: s, label: pick(MONTHLY_FIGURE_SOURCE_LABELS[s]) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="evidence"
            label={t('quality.monthly.evidence')}
            extra={t('quality.monthly.evidenceHint')}
            rules={[{ required: true, min: 2, message: t('quality.monthly.evidenceHint') }]}
          >
            <Input maxLength={500} data-testid="monthly-figure-evidence" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="reason" label={t('quality.monthly.reason')}>
            <Input maxLength={500} data-testid="monthly-figure-reason" />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="monthly-figure-save">
        {t('quality.monthly.add')}
      </Button>
    </Form>
  );
};
