import { Select } from 'antd';
import { useState, type CSSProperties } from 'react';
import { useSignedInMe } from '../../auth/hooks/useSignedInMe.ts';
import { useDebouncedValue } from '../../common/hooks/useDebouncedValue.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useOrganisations } from '../hooks/useOrganisations.ts';
import { pickOrganisationName } from '../utils/pickOrganisationName.ts';

export type OrganisationSelectProps = {
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
 * Picks an organisation by searching the server (the list is paginated and scoped to the role).
 * The person's own organisations are always offered, and the last pick keeps its label while
 * another search runs.
 */
export const OrganisationSelect = ({ onChange, value, ...rest }: OrganisationSelectProps) => {
  const me = useSignedInMe();
  const { locale } = useLocale();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<Option | undefined>();
  const q = useDebouncedValue(search.trim(), 300);
  const { data, isFetching } = useOrganisations({ q: q || undefined, page: 1, pageSize: SEARCH_PAGE_SIZE });

  const toOption = (organisation: { id: string; name: string; nameEn: string | null }): Option => ({
    value: organisation.id,
    label: pickOrganisationName(organisation, locale),
  });
  const own = me.memberships.map((membership) => toOption(membership.organisation)).filter((option) => !q || option.label.includes(q));
  const found = (data?.items ?? []).map(toOption);
  const options = [...(picked ? [picked] : []), ...own, ...found].filter(
    (option, index, all) => all.findIndex((other) => other.value === option.value) === index,
  );

  return (
    <Select<string, Option>
      {...rest}
      value={value}
      options={options}
      loading={isFetching}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onChange={(next, option) => {
        setPicked(Array.isArray(option) ? undefined : option);
        setSearch('');
        onChange?.(next);
      }}
    />
  );
};
