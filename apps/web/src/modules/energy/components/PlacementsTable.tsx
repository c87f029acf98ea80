import type { RegisterPlacement } from '@jiliang/shared';
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

/** Where each register instrument went: the point it meters in the review, or why it meters none. */
export const PlacementsTable = ({ placements }: { placements: RegisterPlacement[] }) => {
  const { t } = useLocale();
  const columns: ColumnsType<RegisterPlacement> = [
    { key: 'code', title: t('review.form.code'), dataIndex: 'code' },
    { key: 'name', title: t('review.form.name'), dataIndex: 'name' },
    { key: 'medium', title: t('review.col.medium'), render: (_, p) => t(`medium.${p.medium}`) },
    { key: 'level', title: t('review.col.level'), render: (_, p) => t(`gb17167Level.${p.gb17167Level}`) },
    { key: 'class', title: t('instrument.accuracyClass'), render: (_, p) => p.accuracyClass ?? '—' },
    { key: 'valid', title: t('instrument.dueDate'), render: (_, p) => p.validUntil ?? '—' },
    { key: 'point', title: t('review.col.point'), render: (_, p) => p.pointId ?? '—' },
    { key: 'reason', title: t('review.col.reason'), render: (_, p) => p.reason ?? '' },
  ];
  return (
    <Table<RegisterPlacement>
      rowKey="instrumentId"
      size="small"
      columns={columns}
      dataSource={placements}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
    />
  );
};
