import { App, Button, Col, Form, InputNumber, Row, Select, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiErrorAlert } from '../../api/components/ApiErrorAlert.tsx';
import { useShowApiError } from '../../api/hooks/useShowApiError.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { usePoints } from '../../readings/hooks/usePoints.ts';
import { formatShanghaiTime } from '../../time/utils/formatShanghaiTime.ts';
import { useQualityLimits } from '../hooks/useQualityLimits.ts';
import { useSetQualityLimits } from '../hooks/useSetQualityLimits.ts';
import type { LimitsFormValues } from '../utils/LimitsFormValues.ts';
import { toLimitsFormValues } from '../utils/toLimitsFormValues.ts';
import { toQualityLimitsInput } from '../utils/toQualityLimitsInput.ts';

/** 测点限值: min, max, max rate per hour, stuck run length and completeness threshold of one point (docs/QUALITY.md 1, 3–5). */
export const PointLimitsEditor = ({ enterpriseId }: { enterpriseId: string }) => {
  const { t } = useLocale();
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const points = usePoints(enterpriseId);
  const [pointId, setPointId] = useState<string | undefined>(undefined);
  const limits = useQualityLimits(enterpriseId, pointId);
  const save = useSetQualityLimits(enterpriseId);
  const [form] = Form.useForm<LimitsFormValues>();

  useEffect(() => {
    if (limits.data) form.setFieldsValue(toLimitsFormValues(limits.data));
  }, [form, limits.data]);

  const number = (name: keyof LimitsFormValues, extra: { min?: number; max?: number; precision?: number } = {}) => (
    <Form.Item name={name} label={t(`quality.limits.${name === 'completenessPercent' ? 'completenessThreshold' : name}`)}>
      <InputNumber style={{ width: '100%' }} {...extra} />
    </Form.Item>
  );

  return (
    <Form<LimitsFormValues>
      form={form}
      name="quality-limits"
      layout="vertical"
      style={{ maxWidth: 760 }}
      onFinish={(values) => {
        if (!pointId) return;
        save.mutate(
          { pointId, input: toQualityLimitsInput(values) },
          { onSuccess: () => void message.success(t('quality.limits.saved')), onError: showApiError },
        );
      }}
    >
      <Form.Item label={t('quality.limits.pickPoint')}>
        <Select
          data-testid="quality-limits-point"
          value={pointId}
          onChange={setPointId}
          loading={points.isFetching}
          options={(points.data ?? []).map((p) => ({ value: p.id, label: `${p.code} ${p.name}（${p.unit}）` }))}
        />
      </Form.Item>
      {(points.error ?? limits.error) && <ApiErrorAlert error={points.error ?? limits.error} />}
      {pointId && limits.isPending && <Spin />}
      {pointId && limits.data && (
        <>
          <Row gutter={12}>
            <Col xs={12} md={8}>
              {number('min')}
            </Col>
            <Col xs={12} md={8}>
              {number('max')}
            </Col>
            <Col xs={24} md={8}>
              {number('maxRatePerHour', { min: 0 })}
            </Col>
            <Col xs={12} md={8}>
              {number('stuckRunLength', { min: 2, precision: 0 })}
            </Col>
            <Col xs={12} md={8}>
              {number('completenessPercent', { min: 0.1, max: 100 })}
            </Col>
          </Row>
          <Typography.Paragraph type="secondary">
            {t('quality.limits.hint')}
            {limits.data.updatedAt &&
              ` · ${t('quality.limits.updated', { actor: limits.data.actorLabel ?? '—', at: formatShanghaiTime(limits.data.updatedAt) })}`}
          </Typography.Paragraph>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="quality-limits-save">
            {t('action.save')}
          </Button>
        </>
      )}
    </Form>
  );
};
