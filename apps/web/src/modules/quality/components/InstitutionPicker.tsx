import { Select } from 'antd';
import { useState } from 'react';
import { useDebouncedValue } from '../../common/hooks/useDebouncedValue.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useOrganisations } from '../../organisations/hooks/useOrganisations.ts';
import { pickOrganisationName } from '../../organisations/utils/pickOrganisationName.ts';

type Props = { value: string | undefined; onChange: (id: string) => void; fixed?: { id: string; name: string } | undefined };

/** The centre or base whose enterprises' trend is shown: searched on the server (scoped to the role); staff's own, fixed. */
export const InstitutionPicker = ({ value, onChange, fixed }: Props) => {
  const { t, locale } = useLocale();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const { data, isFetching } = useOrganisations({ kind: 'institution', q: q || undefined, page: 1, pageSize: 50 });
  const options = fixed
    ? [{ value: fixed.id, label: fixed.name }]
    : (data?.items ?? []).map((organisation) => ({ value: organisation.id, label: pickOrganisationName(organisation, locale) }));
  return (
    <Select
      data-testid="quality-institution"
      style={{ width: '100%' }}
      value={value}
      disabled={Boolean(fixed)}
      placeholder={t('quality.trend.institution')}
      options={options}
      loading={isFetching}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onChange={(id: string) => {
        setSearch('');
        onChange(id);
      }}
    />
  );
};
