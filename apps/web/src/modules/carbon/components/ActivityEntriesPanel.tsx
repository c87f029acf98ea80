import { PlusOutlined } from '@ant-design/icons';
import type { EnterpriseSource } from '@jiliang/shared';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../api/components/ApiErrorAlert.tsx';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useActivityEntries } from '../hooks/useActivityEntries.ts';
import { ActivityEntryTable } from './ActivityEntryTable.tsx';
import { AddEntryModal } from './AddEntryModal.tsx';

/** 活动数据录入 of one source: its entries (superseded ones struck through) and the form for a month. */
export const ActivityEntriesPanel = ({ source, canWrite }: { source: EnterpriseSource; canWrite: boolean }) => {
  const { t } = useLocale();
  const entries = useActivityEntries(source.id);
  const [adding, setAdding] = useState(false);
  return (
    <Flex vertical gap={8} data-testid={`entries-${source.code}`}>
      <Flex justify="space-between" align="center">
        <Typography.Text strong>{t('carbon.entries')}</Typography.Text>
        {canWrite && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => {
              setAdding(true);
            }}
            data-testid={`entry-add-${source.code}`}
          >
            {t('carbon.addEntry')}
          </Button>
        )}
      </Flex>
      {entries.error && <ApiErrorAlert error={entries.error} />}
      <ActivityEntryTable entries={entries.data ?? []} loading={entries.isFetching} />
      {adding && (
        <AddEntryModal
          source={source}
          onClose={() => {
            setAdding(false);
          }}
        />
      )}
    </Flex>
  );
};
