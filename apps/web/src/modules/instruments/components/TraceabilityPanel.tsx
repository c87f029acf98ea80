import { Card, DatePicker, Flex, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { ApiErrorAlert } from '../../api/components/ApiErrorAlert.tsx';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { readShanghaiToday } from '../../institutions/utils/readShanghaiToday.ts';
import { useTraceability } from '../hooks/useTraceability.ts';
import { TRACE_LINK_BROKEN, TRACE_LINK_VALID } from '../utils/buildTraceGraphOption.ts';
import { TraceabilityGraph } from './TraceabilityGraph.tsx';
import { TraceBreakList } from './TraceBreakList.tsx';

export type TraceabilityPanelProps = { instrumentId: string; ownerName: string };

/**
 * 量值溯源链 at a chosen day (today by default, Asia/Shanghai): the graph, then the breaks with the
 * server's reasons. Each standard is judged on the day it was used (JJF 1001-2011, VIM3 2.41 note 3).
 */
export const TraceabilityPanel = ({ instrumentId, ownerName }: TraceabilityPanelProps) => {
  const { t } = useLocale();
  const [at, setAt] = useState(readShanghaiToday);
  const trace = useTraceability(instrumentId, at);
  // The server names the owners of standards; the instrument's own owner is known here.
  const chain = useMemo(
    () =>
      trace.data && {
        ...trace.data,
        nodes: trace.data.nodes.map((node) => (node.isStart && !node.ownerName ? { ...node, ownerName } : node)),
      },
    [trace.data, ownerName],
  );

  return (
    <Card
      title={t('trace.title')}
      data-testid="traceability"
      loading={trace.isPending}
      extra={
        <Space>
          <Typography.Text type="secondary">{t('trace.at')}</Typography.Text>
          <DatePicker
            data-testid="trace-at"
            allowClear={false}
            value={dayjs(at)}
            onChange={(value) => {
              if (value) setAt(value.format('YYYY-MM-DD'));
            }}
          />
        </Space>
      }
    >
      {trace.error && <ApiErrorAlert error={trace.error} />}
      {chain && (
        <Flex vertical gap={12}>
          <Space size={16} wrap>
            <Space size={6}>
              <span style={{ display: 'inline-block', width: 28, borderTop: `2px solid ${TRACE_LINK_VALID}` }} />
              {t('trace.legendValid')}
            </Space>
            <Space size={6}>
              <span style={{ display: 'inline-block', width: 28, borderTop: `2px dashed ${TRACE_LINK_BROKEN}` }} />
              {t('trace.legendBroken')}
            </Space>
            {chain.edges.length === 0 && <Typography.Text type="secondary">{t('trace.noEdges')}</Typography.Text>}
          </Space>
          <TraceabilityGraph chain={chain} />
          <TraceBreakList breaks={chain.breaks} warnings={chain.warnings} />
        </Flex>
      )}
    </Card>
  );
};
