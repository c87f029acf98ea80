import { ORGANISATION_KIND_LABELS, type Organisation } from '@jiliang/shared';
import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useNavigate } from 'react-router';
import type { Page } from '../../api/utils/Page.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { formatRegionName } from '../utils/formatRegionName.ts';
import { pickOrganisationName } from '../utils/pickOrganisationName.ts';

export type OrganisationTableProps = {
  data: Page<Organisation> | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
};

export const OrganisationTable = ({ data, loading, page, pageSize, onPageChange }: OrganisationTableProps) => {
  const { locale, t, pick } = useLocale();
  const navigate = useNavigate();

  const columns: ColumnsType<Organisation> = [
    {
      key: 'name',
      title: t('organisations.name'),
      render: (_, organisation) => (
        <Link
          to={`/organisations/${organisation.id}`}
          onClick={(event) => {
            event.stopPropagation();
          }}
        >
          {pickOrganisationName(organisation, locale)}
        </Link>
      ),
    },
    {
      key: 'kind',
      title: t('organisations.kind'),
      render: (_, organisation) => <Tag>{pick(ORGANISATION_KIND_LABELS[organisation.kind])}</Tag>,
    },
    { key: 'creditCode', title: t('organisations.creditCode'), render: (_, organisation) => <code>{organisation.creditCode ?? '—'}</code> },
    { key: 'region', title: t('organisations.region'), render: (_, organisation) => formatRegionName(organisation.regionCode, locale) },
    { key: 'industry', title: t('organisations.industry'), render: (_, organisation) => organisation.industry ?? '—' },
  ];

  return (
    <Table<Organisation>
      data-testid="organisation-table"
      rowKey="id"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={loading}
      onRow={(organisation) => ({ onClick: () => void navigate(`/organisations/${organisation.id}`), style: { cursor: 'pointer' } })}
      pagination={{ current: page, pageSize, total: data?.total ?? 0, showSizeChanger: true, onChange: onPageChange }}
    />
  );
};
