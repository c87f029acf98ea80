import type { Capability } from '@jiliang/shared';
import { Button, Empty, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

export type CapabilityTableProps = {
  capabilities: readonly Capability[];
  loading: boolean;
  /** Present when the person may withdraw and restore. */
  onToggle?: ((capability: Capability) => void) | undefined;
  togglingId?: string | undefined;
};

/** 校准测量能力 of one institution or laboratory; the acceptance sampling (CM-15) draws from the active ones. */
export const CapabilityTable = ({ capabilities, loading, onToggle, togglingId }: CapabilityTableProps) => {
  const { t } = useLocale();
  if (!loading && capabilities.length === 0) return <Empty description={t('capabilities.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Table<Capability>
      data-testid="capability-table"
      size="middle"
      rowKey="id"
      loading={loading}
      dataSource={[...capabilities]}
      scroll={{ x: 'max-content' }}
      pagination={capabilities.length > 20 ? { pageSize: 20 } : false}
      columns={[
        { key: 'kind', title: t('capabilities.kind'), render: (_, capability) => <Tag>{t(`capabilityKind.${capability.kind}`)}</Tag> },
        { key: 'name', title: t('capabilities.name'), dataIndex: 'name' },
        { key: 'measurand', title: t('capabilities.measurand'), dataIndex: 'measurand' },
        { key: 'range', title: t('capabilities.range'), render: (_, capability) => capability.rangeText ?? '—' },
        { key: 'uncertainty', title: t('capabilities.uncertainty'), render: (_, capability) => capability.uncertaintyText ?? '—' },
        { key: 'method', title: t('capabilities.method'), render: (_, capability) => capability.method ?? '—' },
        {
          key: 'standard',
          title: t('capabilities.standard'),
          render: (_, capability) =>
            capability.standardId ? <Link to={`/standards/${capability.standardId}`}>{capability.standardName}</Link> : '—',
        },
        {
          key: 'active',
          title: t('capabilities.active'),
          render: (_, capability) => (
            <Tag color={capability.active ? 'green' : 'default'}>
              {capability.active ? t('capabilities.activeOn') : t('capabilities.activeOff')}
            </Tag>
          ),
        },
        ...(onToggle
          ? [
              {
                key: 'actions',
                title: t('common.actions'),
                render: (_: unknown, capability: Capability) => (
                  <Button
                    size="small"
                    danger={capability.active}
                    loading={togglingId === capability.id}
                    data-testid="capability-toggle"
                    onClick={() => {
                      onToggle(capability);
                    }}
                  >
                    {capability.active ? t('capabilities.withdraw') : t('capabilities.restore')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
};
