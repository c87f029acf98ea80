import { InfoCircleOutlined } from '@ant-design/icons';
import type { AccountingRun } from '@jiliang/shared';
import { Col, Descriptions, Row, Statistic, Tooltip } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { formatShanghaiTime } from '../../time/utils/formatShanghaiTime.ts';
import { formatPercent } from '../utils/formatPercent.ts';
import { formatTco2 } from '../utils/formatTco2.ts';

const interval = ([low, high]: readonly [number, number]) => `[${formatTco2(low)}, ${formatTco2(high)}]`;

/**
 * A run's headline (issue 7 §3–4): the total with U at k = 2 and its 95 % interval (JJF 1059.1-2012, IPCC 2006 Vol.1
 * Eq.3.2), the Monte Carlo interval with its seed (JCGM 101:2008), the measured share (测算→计量, CM-6(5)) and the
 * intensities. Everything is rounded here, for display only.
 */
export const RunSummary = ({ run }: { run: AccountingRun }) => {
  const { t } = useLocale();
  const { emissions, measuredShare, intensity } = run.result;
  const unit = t('carbon.tCO2');
  const items = [
    { key: 'interval', label: t('carbon.interval95'), children: `${interval(emissions.uncertainty.interval95)} ${unit}` },
    ...(emissions.monteCarlo
      ? [
          {
            key: 'monteCarlo',
            label: t('carbon.monteCarlo'),
            children: `${interval(emissions.monteCarlo.interval95)} ${unit}（${t('carbon.monteCarloDetail', {
              iterations: emissions.monteCarlo.iterations.toLocaleString('en-US'),
              seed: emissions.monteCarlo.seed,
            })}）`,
          },
        ]
      : []),
    {
      key: 'perProduct',
      label: run.record.production ? `${t('carbon.intensityProduct')}（${run.record.production.product}）` : t('carbon.intensityProduct'),
      children: intensity.perProduct ? `${formatTco2(intensity.perProduct.value)} ${intensity.perProduct.unit}` : '—',
    },
    {
      key: 'per10kYuan',
      label: t('carbon.intensity10kYuan'),
      children: intensity.per10kYuan === null ? '—' : `${formatTco2(intensity.per10kYuan)} ${t('carbon.per10kYuanUnit')}`,
    },
    ...(emissions.biomassTco2 !== 0
      ? [{ key: 'biomass', label: t('carbon.biomass'), children: `${formatTco2(emissions.biomassTco2)} ${unit}` }]
      : []),
    ...(emissions.gwpSet ? [{ key: 'gwp', label: t('carbon.gwpSet'), children: emissions.gwpSet }] : []),
    { key: 'actor', label: t('carbon.actor'), children: `${run.actorLabel} · ${formatShanghaiTime(run.createdAt)}` },
    { key: 'method', label: t('carbon.method'), children: run.methodVersion },
    ...(run.note ? [{ key: 'note', label: t('carbon.note'), children: run.note }] : []),
  ];
  return (
    <Row gutter={[16, 16]} data-testid="run-summary">
      <Col xs={24} md={8}>
        <Statistic title={t('carbon.total')} value={formatTco2(emissions.totalTco2)} suffix={unit} data-testid="run-total" />
      </Col>
      <Col xs={24} md={8}>
        <Statistic
          title={t('carbon.expandedU')}
          value={`± ${formatTco2(emissions.uncertainty.UTco2)}`}
          suffix={`${unit}（${formatPercent(emissions.uncertainty.URel)}）`}
          data-testid="run-uncertainty"
        />
      </Col>
      <Col xs={24} md={8}>
        <Statistic
          title={
            <span>
              {`${t('carbon.measuredShare')} `}
              <Tooltip title={t('carbon.measuredShareHint')}>
                <InfoCircleOutlined />
              </Tooltip>
            </span>
          }
          value={formatPercent(measuredShare)}
          data-testid="run-measured-share"
        />
      </Col>
      <Col span={24}>
        <Descriptions size="small" bordered column={{ xs: 1, lg: 2 }} items={items} styles={{ label: { whiteSpace: 'nowrap' } }} />
      </Col>
    </Row>
  );
};
