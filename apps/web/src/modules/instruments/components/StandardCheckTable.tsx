import { Empty, Flex, Table, Typography } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { readCheckMessage } from '../utils/readCheckMessage.ts';
import { readCheckWarnings } from '../utils/readCheckWarnings.ts';
import type { StandardCheck } from '../utils/StandardCheck.ts';
import { CheckVerdictTag } from './CheckVerdictTag.tsx';

/** The JJF 1033-2023 checks of a standard, newest first: verdict, the judgement's sentence and the rule that gave it. */
export const StandardCheckTable = ({ checks, loading }: { checks: readonly StandardCheck[]; loading: boolean }) => {
  const { t, locale } = useLocale();
  if (!loading && checks.length === 0) return <Empty description={t('standards.checksEmpty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Table<StandardCheck>
      data-testid="check-table"
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={[...checks]}
      pagination={checks.length > 10 ? { pageSize: 10 } : false}
      columns={[
        { key: 'performedOn', title: t('checks.performedOn'), dataIndex: 'performedOn', width: 110 },
        { key: 'kind', title: t('certificates.kind'), render: (_, check) => t(`checks.kind.${check.kind}`), width: 110 },
        { key: 'verdict', title: t('checks.verdict'), render: (_, check) => <CheckVerdictTag verdict={check.verdict} />, width: 110 },
        {
          key: 'message',
          title: t('checks.message'),
          render: (_, check) => (
            <Flex vertical gap={2}>
              <Typography.Text>{readCheckMessage(check.result, locale) ?? '—'}</Typography.Text>
              {readCheckWarnings(check.result).map((warning) => (
                <Typography.Text key={warning} type="warning" style={{ fontSize: 12 }}>
                  {warning}
                </Typography.Text>
              ))}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('checks.rule')}：{check.rule}
              </Typography.Text>
            </Flex>
          ),
        },
        { key: 'actor', title: t('checks.actor'), dataIndex: 'actorLabel', width: 120 },
      ]}
    />
  );
};
