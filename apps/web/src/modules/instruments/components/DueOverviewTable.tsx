import { ORGANISATION_KIND_LABELS, type OrganisationKind } from '@jiliang/shared';
import { Empty, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import type { DueOverview } from '../utils/DueOverview.ts';

type Owner = DueOverview['owners'][number];

const isOrganisationKind = (kind: string): kind is OrganisationKind => kind in ORGANISATION_KIND_LABELS;

/** Per owner: overdue, due within 30 days, never certified and all, each a link into the register filtered so. */
export const DueOverviewTable = ({ owners, loading }: { owners: readonly Owner[]; loading: boolean }) => {
  const { t, pick } = useLocale();
  const countLink = (owner: Owner, count: number, due: string | undefined, color?: string) => {
    if (count === 0) return <span style={{ color: '#bfbfbf' }}>0</span>;
    const to = `/instruments?ownerId=${owner.ownerId}${due ? `&due=${due}` : ''}`;
    return (
      <Link to={to} data-testid={`due-link-${due ?? 'all'}`}>
        {color ? <Tag color={color}>{count}</Tag> : count}
      </Link>
    );
  };
  if (!loading && owners.length === 0) return <Empty description={t('due.empty')} />;
  return (
    <Table<Owner>
      data-testid="due-owners"
      size="middle"
      rowKey="ownerId"
      loading={loading}
      dataSource={[...owners]}
      pagination={owners.length > 20 ? { pageSize: 20 } : false}
      columns={[
        {
          key: 'owner',
          title: t('due.owner'),
          render: (_, owner) => (
            <>
              {owner.ownerName} {isOrganisationKind(owner.ownerKind) && <Tag>{pick(ORGANISATION_KIND_LABELS[owner.ownerKind])}</Tag>}
            </>
          ),
        },
        { key: 'overdue', title: t('due.overdue'), render: (_, owner) => countLink(owner, owner.overdue, 'overdue', 'red') },
        { key: 'dueSoon', title: t('due.dueSoon'), render: (_, owner) => countLink(owner, owner.dueSoon, 'due_soon', 'orange') },
        {
          key: 'never',
          title: t('due.neverCertified'),
          render: (_, owner) => countLink(owner, owner.neverCertified, 'never_certified', 'default'),
        },
        { key: 'total', title: t('due.total'), render: (_, owner) => countLink(owner, owner.total, undefined) },
      ]}
    />
  );
};
