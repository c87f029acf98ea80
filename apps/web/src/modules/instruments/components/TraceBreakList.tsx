import type { TraceChainBreak, TraceChainWarning } from '@jiliang/calc';
import { Alert, Flex, Tag, Typography } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

export type TraceBreakListProps = { breaks: readonly TraceChainBreak[]; warnings: readonly TraceChainWarning[] };

type Item = { code: string; message: string; messageEn: string };

/** Where and why the chain breaks, in the server's words (each names the node, the certificate and the day). */
export const TraceBreakList = ({ breaks, warnings }: TraceBreakListProps) => {
  const { t, locale } = useLocale();
  const list = (items: readonly Item[], color: string, testId: string) => (
    <Flex vertical gap={6} data-testid={`${testId}s`} style={{ marginTop: 4 }}>
      {items.map((item, index) => (
        <Typography.Text key={index} data-testid={testId}>
          <Tag color={color}>{item.code}</Tag>
          {locale === 'en' ? item.messageEn : item.message}
        </Typography.Text>
      ))}
    </Flex>
  );
  return (
    <Flex vertical gap={12}>
      {breaks.length === 0 ? (
        <Alert type="success" showIcon title={t('trace.complete')} data-testid="trace-complete" />
      ) : (
        <Alert type="error" showIcon title={t('trace.broken', { count: breaks.length })} description={list(breaks, 'red', 'trace-break')} />
      )}
      {warnings.length > 0 && (
        <Alert type="warning" showIcon title={t('trace.warnings')} description={list(warnings, 'orange', 'trace-warning')} />
      )}
    </Flex>
  );
};
