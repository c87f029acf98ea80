import { Select } from 'antd';
import { useState, type CSSProperties } from 'react';
import { useDebouncedValue } from '../../common/hooks/useDebouncedValue.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useOrganisations } from '../hooks/useOrganisations.ts';
import { pickOrganisationName } from '../utils/pickOrganisationName.ts';

export type OrganisationMultiSelectProps = {
  id?: string;
  value?: string[];
  onChange?: (organisationIds: string[]) => void;
  /** Never offered (e.g. the lead builder itself). */
  excludeIds?: readonly string[];
  placeholder?: string;
  style?: CSSProperties;
  'data-testid'?: string;
};

type Option = { value: string; label: string };

const SEARCH_PAGE_SIZE = 20;

/** Several organisations, searched on the server (scoped to the role); picked ones keep their labels across searches. */
export const OrganisationMultiSelect = ({ value, onChange, excludeIds = [], ...rest }: OrganisationMultiSelectProps) => {
  const { locale } = useLocale();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<Option[]>([]);
  const q = useDebouncedValue(search.trim(), 300);
  const { data, isFetching } = useOrganisations({ q: q || undefined, page: 1, pageSize: SEARCH_PAGE_SIZE });
  const found = (data?.items ?? []).map((organisation) => ({ value: organisation.id, label: pickOrganisationName(organisation, locale) }));
  const options = [...picked, ...found].filter(
    (option, index, all) => !excludeIds.includes(option.value) && all.findIndex((other) => other.value === option.value) === index,
  );

  return (
    <Select<string[], Option>
      {...rest}
      mode="multiple"
      value={value}
      options={options}
      loading={isFetching}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onChange={(next, selected) => {
        setPicked(Array.isArray(selected) ? selected : []);
        setSearch('');
        onChange?.(next);
      }}
    />
  );
};
