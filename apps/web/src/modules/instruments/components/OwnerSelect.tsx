import { Select } from 'antd';
import { useState, type CSSProperties } from 'react';
import { useSignedInMe } from '../../auth/hooks/useSignedInMe.ts';
import { useDebouncedValue } from '../../common/hooks/useDebouncedValue.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useOrganisation } from '../../organisations/hooks/useOrganisation.ts';
import { useOrganisations } from '../../organisations/hooks/useOrganisations.ts';
import { pickOrganisationName } from '../../organisations/utils/pickOrganisationName.ts';

export type OwnerSelectProps = {
  id?: string;
  value?: string | undefined;
  onChange?: (organisationId: string | undefined) => void;
  allowClear?: boolean;
  placeholder?: string;
  style?: CSSProperties;
  'data-testid'?: string;
};

type Option = { value: string; label: string };

const SEARCH_PAGE_SIZE = 20;

/**
 * The owner of a register, a standard or capabilities, searched on the server (scoped to the role). Unlike
 * a plain search, a value that arrives in the URL (a link from the due dashboard) is looked up, so the
 * box shows the organisation's name rather than its id.
 */
export const OwnerSelect = ({ value, onChange, ...rest }: OwnerSelectProps) => {
  const me = useSignedInMe();
  const { locale } = useLocale();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const { data, isFetching } = useOrganisations({ q: q || undefined, page: 1, pageSize: SEARCH_PAGE_SIZE });
  const toOption = (organisation: { id: string; name: string; nameEn: string | null }): Option => ({
    value: organisation.id,
    label: pickOrganisationName(organisation, locale),
  });
  const own = me.memberships.map((membership) => toOption(membership.organisation));
  const found = (data?.items ?? []).map(toOption);
  const isKnown = value === undefined || [...own, ...found].some((option) => option.value === value);
  const current = useOrganisation(value ?? '', !isKnown);
  const options = [
    ...(current.data ? [toOption(current.data)] : []),
    ...own.filter((option) => !q || option.label.includes(q)),
    ...found,
  ].filter((option, index, all) => all.findIndex((other) => other.value === option.value) === index);
  return (
    <Select<string, Option>
      {...rest}
      value={value}
      options={options}
      loading={isFetching || current.isFetching}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onChange={(next) => {
        setSearch('');
        onChange?.(next);
      }}
    />
  );
};
