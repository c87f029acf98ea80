import { Alert, App, Button, Col, Descriptions, Flex, Form, Input, InputNumber, List, Row, Space, Tag, Typography } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { formatShanghaiTime } from '../../time/utils/formatShanghaiTime.ts';
import { useDrawSampling } from '../hooks/useDrawSampling.ts';
import type { CaseScoring, SamplingPopulation } from '../utils/CaseScoring.ts';
import { splitLines } from '../utils/splitLines.ts';
import { StepErrorAlert } from './StepErrorAlert.tsx';

type DrawFormValues = { verificationCalibration?: string; keyParameter?: string; sharePercent: number; seed?: string };

const DEFAULT_SHARE_PERCENT = 20;

/**
 * CM-15 (centres only): a share of the registered verification/calibration items and of the
 * key-parameter measurement items is drawn at random, each list on its own; the share and the seed
 * are recorded so anyone can redraw the same sample. One draw per round.
 */
export const SamplingPanel = ({ organisationId, scoring }: { organisationId: string; scoring: CaseScoring }) => {
  const [form] = Form.useForm<DrawFormValues>();
  const { t } = useLocale();
  const { message } = App.useApp();
  const draw = useDrawSampling(organisationId);
  const sampling = scoring.sampling;

  if (sampling) {
    const kinds: (keyof SamplingPopulation)[] = ['verificationCalibration', 'keyParameter'];
    return (
      <Flex vertical gap={12} data-testid="sampling-drawn">
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'share', label: t('scoring.samplingShare'), children: `${Math.round(sampling.share * 1000) / 10}%` },
            { key: 'seed', label: t('scoring.samplingSeed'), children: <Typography.Text code>{sampling.seed}</Typography.Text> },
            {
              key: 'by',
              label: <Tag color="green">{t('scoring.samplingDone')}</Tag>,
              children: t('scoring.samplingBy', { actor: sampling.actorLabel, time: formatShanghaiTime(sampling.drawnAt) }),
            },
          ]}
        />
        <Row gutter={16}>
          {kinds.map((kind) => (
            <Col key={kind} xs={24} md={12}>
              <List
                size="small"
                bordered
                header={
                  <Space>
                    <Typography.Text strong>
                      {t(kind === 'verificationCalibration' ? 'scoring.samplingVC' : 'scoring.samplingKP')}
                    </Typography.Text>
                    <Typography.Text type="secondary">
                      {t('scoring.samplingDrawn', { drawn: sampling.drawn[kind].length, total: sampling.population[kind].length })}
                    </Typography.Text>
                  </Space>
                }
                dataSource={sampling.drawn[kind]}
                renderItem={(item) => <List.Item>{item}</List.Item>}
              />
            </Col>
          ))}
        </Row>
      </Flex>
    );
  }

  const handleFinish = (values: DrawFormValues) => {
    draw.mutate(
      {
        share: values.sharePercent / 100,
        seed: values.seed?.trim() || undefined,
        // Left empty, the server draws from the institution's capabilities register (CM-15, issue 4).
        population:
          splitLines(values.verificationCalibration).length + splitLines(values.keyParameter).length === 0
            ? undefined
            : { verificationCalibration: splitLines(values.verificationCalibration), keyParameter: splitLines(values.keyParameter) },
      },
      { onSuccess: () => void message.success(t('scoring.samplingDone')) },
    );
  };

  return (
    <Form<DrawFormValues>
      form={form}
      name="sampling"
      layout="vertical"
      initialValues={{ sharePercent: DEFAULT_SHARE_PERCENT }}
      onFinish={handleFinish}
    >
      <StepErrorAlert error={draw.error} />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="verificationCalibration" label={t('scoring.samplingVC')} extra={t('scoring.samplingPopulationHint')}>
            <Input.TextArea rows={5} data-testid="sampling-vc" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="keyParameter" label={t('scoring.samplingKP')} extra={t('scoring.samplingPopulationHint')}>
            <Input.TextArea rows={5} data-testid="sampling-kp" />
          </Form.Item>
        </Col>
      </Row>
      <Space size={16} wrap align="start">
        <Form.Item name="sharePercent" label={t('scoring.samplingShare')} rules={[{ required: true }]}>
          <InputNumber min={1} max={100} step={5} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="seed" label={t('scoring.samplingSeed')} extra={t('scoring.samplingSeedHint')} rules={[{ max: 100 }]}>
          <Input style={{ width: 260, fontFamily: 'monospace' }} />
        </Form.Item>
      </Space>
      <Alert type="warning" showIcon title={t('scoring.samplingOnce')} style={{ marginBottom: 12 }} />
      <Button type="primary" htmlType="submit" loading={draw.isPending} data-testid="sampling-draw">
        {t('scoring.samplingDraw')}
      </Button>
    </Form>
  );
};
