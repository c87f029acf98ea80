import type { OrganisationKind } from '@jiliang/shared';
import { Input, Space } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { OrganisationKindSelect } from './OrganisationKindSelect.tsx';

export type OrganisationFiltersProps = {
  kind: OrganisationKind | undefined;
  q: string | undefined;
  onChange: (filter: { kind?: OrganisationKind | undefined; q?: string | undefined }) => void;
};

export const OrganisationFilters = ({ kind, q, onChange }: OrganisationFiltersProps) => {
  const { t } = useLocale();
  return (
    <Space wrap>
      <OrganisationKindSelect
        value={kind}
        allowClear
        placeholder={t('organisations.filterKind')}
        style={{ width: 180 }}
        onChange={(next) => {
          onChange({ kind: next });
        }}
      />
      <Input.Search
        key={q ?? ''}
        data-testid="organisation-search"
        defaultValue={q}
        allowClear
        placeholder={t('organisations.searchPlaceholder')}
        style={{ width: 280 }}
        onSearch={(value) => {
          onChange({ q: value.trim() || undefined });
        }}
      />
    </Space>
  );
};
