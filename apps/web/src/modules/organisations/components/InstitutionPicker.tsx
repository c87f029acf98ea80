import { Select } from 'antd';
import { useState } from 'react';
import { useDebouncedValue } from '../../common/hooks/useDebouncedValue.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useOrganisations } from '../hooks/useOrganisations.ts';
import { pickOrganisationName } from '../utils/pickOrganisationName.ts';

type Props = {
  value: string | undefined;
  onChange: (id: string, name: string) => void;
  fixed?: { id: string; name: string } | undefined;
  placeholder: string;
  testId: string;
};

/** A centre or base (the demand analysis, the quality trend): searched within the role's scope; staff see their own. */
export const InstitutionPicker = ({ value, onChange, fixed, placeholder, testId }: Props) => {
  const { locale } = useLocale();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const { data, isFetching } = useOrganisations({ kind: 'institution', q: q || undefined, page: 1, pageSize: 50 });
  const options = fixed
    ? [{ value: fixed.id, label: fixed.name }]
    : (data?.items ?? []).map((o) => ({ value: o.id, label: pickOrganisationName(o, locale) }));
  return (
    <Select
      data-testid={testId}
      style={{ width: '100%' }}
      value={value}
      disabled={Boolean(fixed)}
      placeholder={placeholder}
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
