import type { RectificationItem } from '@jiliang/shared';
import { App, Button, Table, Timeline } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useShowApiError } from '../../api/hooks/useShowApiError.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useUpdateRectification } from '../hooks/useUpdateRectification.ts';
import { RectificationModal } from './RectificationModal.tsx';
import { RectificationStatusTag } from './RectificationStatusTag.tsx';

/** The review's rectification items, each moved on with a note or closed with evidence; its history expands. */
export const RectificationTable = ({ items, canWrite }: { items: RectificationItem[]; canWrite: boolean }) => {
  const { t } = useLocale();
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const update = useUpdateRectification();
  const [editing, setEditing] = useState<RectificationItem | undefined>();
  const columns: ColumnsType<RectificationItem> = [
    { key: 'seq', title: '#', dataIndex: 'seq', width: 48 },
    { key: 'problem', title: t('rectification.problem'), dataIndex: 'problem', width: 360 },
    { key: 'requirement', title: t('rectification.requirement'), dataIndex: 'requirement', width: 320 },
    { key: 'due', title: t('rectification.dueOn'), dataIndex: 'dueOn' },
    { key: 'status', title: t('rectification.status'), render: (_, item) => <RectificationStatusTag status={item.status} /> },
    { key: 'evidence', title: t('rectification.evidence'), render: (_, item) => item.evidence ?? '—', width: 220 },
    ...(canWrite
      ? [
          {
            key: 'action',
            title: t('common.actions'),
            render: (_: unknown, item: RectificationItem) =>
              item.status === 'closed' ? null : (
                <Button
                  size="small"
                  data-testid="rectification-update"
                  onClick={() => {
                    setEditing(item);
                  }}
                >
                  {t('rectification.update')}
                </Button>
              ),
          },
        ]
      : []),
  ];
  return (
    <>
      <Table<RectificationItem>
        data-testid="rectification-table"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        expandable={{
          expandedRowRender: (item) => (
            <Timeline
              items={item.events.map((e) => ({
                content: `${e.at.slice(0, 16).replace('T', ' ')} ${e.actorLabel}：${t(`rectification.status.${e.toStatus}`)}${e.note ? `，${e.note}` : ''}${e.evidence ? `；${t('rectification.evidence')}：${e.evidence}` : ''}`,
              }))}
            />
          ),
        }}
      />
      {editing && (
        <RectificationModal
          item={editing}
          loading={update.isPending}
          onClose={() => {
            setEditing(undefined);
          }}
          onSubmit={(change) => {
            update.mutate(
              { id: editing.id, change },
              {
                onSuccess: () => {
                  void message.success(t('rectification.saved'));
                  setEditing(undefined);
                },
                onError: showApiError,
              },
            );
          }}
        />
      )}
    </>
  );
};
