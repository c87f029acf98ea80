import type { ActivityEntry } from '@jiliang/shared';
import { Flex, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { formatShanghaiTime } from '../../time/utils/formatShanghaiTime.ts';
import { formatPercent } from '../utils/formatPercent.ts';

/**
 * A source's manual entries, the newest month first. A superseded entry stays in the list, struck through and
 * tagged 已被更正 (ARCHITECTURE rule 9: nothing is silently overwritten).
 */
export const ActivityEntryTable = ({ entries, loading }: { entries: readonly ActivityEntry[]; loading: boolean }) => {
  const { t } = useLocale();
  const struck = (entry: ActivityEntry, text: ReactNode) => <Typography.Text delete={entry.supersededBy !== null}>{text}</Typography.Text>;
  const rows = [...entries].sort((a, b) => b.month.localeCompare(a.month) || b.createdAt.localeCompare(a.createdAt));
  return (
    <Table<ActivityEntry>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={rows}
      pagination={{ pageSize: 12, hideOnSinglePage: true }}
      locale={{ emptyText: t('carbon.noEntries') }}
      rowClassName={(entry) => (entry.supersededBy === null ? 'carbon-entry' : 'carbon-entry carbon-entry-superseded')}
      columns={[
        {
          title: t('carbon.month'),
          key: 'month',
          width: 150,
          render: (_, entry) => (
            <Flex gap={6} align="center">
              {struck(entry, entry.month)}
              {entry.supersededBy !== null && <Tag>{t('carbon.superseded')}</Tag>}
            </Flex>
          ),
        },
        { title: t('carbon.value'), key: 'value', align: 'right', render: (_, entry) => struck(entry, String(entry.value)) },
        { title: t('carbon.unit'), key: 'unit', render: (_, entry) => struck(entry, entry.unit) },
        { title: t('carbon.uRel'), key: 'uRel', align: 'right', render: (_, entry) => struck(entry, formatPercent(entry.uRel, 2)) },
        { title: t('carbon.evidence'), key: 'evidence', render: (_, entry) => struck(entry, entry.evidence) },
        { title: t('carbon.entryBy'), dataIndex: 'actorLabel' },
        { title: t('common.createdAt'), dataIndex: 'createdAt', width: 170, render: (at: string) => formatShanghaiTime(at) },
      ]}
    />
  );
};
