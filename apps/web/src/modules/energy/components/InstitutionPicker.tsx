import { Select } from 'antd';
import { useState } from 'react';
import { useDebouncedValue } from '../../common/hooks/useDebouncedValue.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useOrganisations } from '../../organisations/hooks/useOrganisations.ts';
import { pickOrganisationName } from '../../organisations/utils/pickOrganisationName.ts';

type Props = { value: string | undefined; onChange: (id: string, name: string) => void; fixed?: { id: string; name: string } | undefined };

/** The centre or base whose demand analysis is shown: searched within the role's scope; staff see their own. */
export const InstitutionPicker = ({ value, onChange, fixed }: Props) => {
  const { t, locale } = useLocale();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const { data, isFetching } = useOrganisations({ kind: 'institution', q: q || undefined, page: 1, pageSize: 50 });
  const options = fixed
    ? [{ value: fixed.id, label: fixed.name }]
    : (data?.items ?? []).map((o) => ({ value: o.id, label: pickOrganisationName(o, locale) }));
  return (
    <Select
      data-testid="demand-institution"
      style={{ width: '100%' }}
      value={value}
      disabled={Boolean(fixed)}
      placeholder={t('energy.pickInstitution')}
      options={options}
      loading={isFetching}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onChange={(id: string) => {
        setSearch('');
        onChange(id, options.find((o) => o.value === id)?.label ?? '');
      }}
    />
  );
};
