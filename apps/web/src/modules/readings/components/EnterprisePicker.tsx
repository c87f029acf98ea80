import { Select } from 'antd';
import { useState } from 'react';
import { useDebouncedValue } from '../../common/hooks/useDebouncedValue.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useOrganisations } from '../../organisations/hooks/useOrganisations.ts';
import { pickOrganisationName } from '../../organisations/utils/pickOrganisationName.ts';

type Props = { value: string | undefined; onChange: (id: string, name: string) => void; fixed?: { id: string; name: string } };

/** The enterprise whose meter data is shown: searched on the server (scoped to the role); an enterprise user's own, fixed. */
export const EnterprisePicker = ({ value, onChange, fixed }: Props) => {
  const { t, locale } = useLocale();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const { data, isFetching } = useOrganisations({ kind: 'enterprise', q: q || undefined, page: 1, pageSize: 50 });
  const options = fixed
    ? [{ value: fixed.id, label: fixed.name }]
    : (data?.items ?? []).map((organisation) => ({ value: organisation.id, label: pickOrganisationName(organisation, locale) }));
  return (
    <Select
      data-testid="meter-enterprise"
      style={{ width: '100%' }}
      value={value}
      disabled={Boolean(fixed)}
      placeholder={t('meterData.pickEnterprise')}
      options={options}
      loading={isFetching}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onChange={(id: string) => {
        setSearch('');
        onChange(id, options.find((option) => option.value === id)?.label ?? '');
      }}
    />
  );
};
