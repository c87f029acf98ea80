import type { AccountingRunSummary, RunComparison } from '@jiliang/shared';
import { Empty, Flex, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../api/components/ApiErrorAlert.tsx';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useRunComparison } from '../hooks/useRunComparison.ts';
import { formatTco2 } from '../utils/formatTco2.ts';

type SourceChange = RunComparison['sources'][number];

const numberText = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4, signDisplay: 'exceptZero' });

/**
 * 核算对比 (issue 7 "done when": a new factor version and a re-run show the difference per source): pick another run of
 * the enterprise; per source the tCO2 of both, the change, the activity change and the factor versions a → b.
 */
export const CompareRunsPanel = ({ runId, runs }: { runId: string; runs: readonly AccountingRunSummary[] }) => {
  const { t } = useLocale();
  const [otherId, setOtherId] = useState<string | undefined>(undefined);
  const comparison = useRunComparison(runId, otherId);
  const others = runs.filter((run) => run.id !== runId);
  if (others.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('carbon.compareNone')} />;
  return (
    <Flex vertical gap={12}>
      <Select<string>
        style={{ maxWidth: 480 }}
        placeholder={t('carbon.compareWith')}
        value={otherId}
        onChange={setOtherId}
        data-testid="run-compare-select"
        options={others.map((run) => ({
          value: run.id,
          label: `${run.periodStart} ~ ${run.periodEnd} · ${formatTco2(run.totalTco2)} tCO₂ · ${run.createdAt.slice(0, 10)}`,
        }))}
      />
      {comparison.error && <ApiErrorAlert error={comparison.error} />}
      {comparison.data && (
        <>
          <Typography.Text strong data-testid="run-compare-total">
            {t('carbon.compareTotal', { delta: formatTco2(comparison.data.totalDeltaTco2, { signed: true }) })}
          </Typography.Text>
          <Table<SourceChange>
            size="small"
            rowKey="sourceId"
            pagination={false}
            loading={comparison.isFetching}
            dataSource={comparison.data.sources}
            data-testid="run-compare"
            scroll={{ x: 700 }}
            columns={[
              { title: t('carbon.source'), key: 'source', width: 150, render: (_, s) => `${s.code} ${s.name}` },
              { title: t('carbon.base'), key: 'base', align: 'right', width: 100, render: (_, s) => formatTco2(s.baseTco2) },
              { title: t('carbon.other'), key: 'other', align: 'right', width: 100, render: (_, s) => formatTco2(s.otherTco2) },
              {
                title: t('carbon.delta'),
                key: 'delta',
                align: 'right',
                width: 130,
                render: (_, s) => (
                  <Flex vertical align="end">
                    <Typography.Text strong={s.deltaTco2 !== 0}>{formatTco2(s.deltaTco2, { signed: true })}</Typography.Text>
                    <Typography.Text type="secondary">{`${t('carbon.activityDelta')} ${numberText.format(s.activityDelta)}`}</Typography.Text>
                  </Flex>
                ),
              },
              {
                title: t('carbon.factorChanges'),
                key: 'factors',
                render: (_, s) =>
                  s.factorChanges.length === 0 ? (
                    <Typography.Text type="secondary">{t('carbon.noFactorChange')}</Typography.Text>
                  ) : (
                    <Flex vertical>
                      {s.factorChanges.map((c) => (
                        <Typography.Text key={`${c.parameter}-${c.code}`}>
                          {`${c.code} v${String(c.baseVersion ?? '—')} → v${String(c.otherVersion ?? '—')}（${String(c.baseValue ?? '—')} → ${String(c.otherValue ?? '—')}）`}
                        </Typography.Text>
                      ))}
                    </Flex>
                  ),
              },
            ]}
          />
        </>
      )}
    </Flex>
  );
};
