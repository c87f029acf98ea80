import { Select } from 'antd';
import { useState } from 'react';
import { useDebouncedValue } from '../../common/hooks/useDebouncedValue.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useStandards } from '../hooks/useStandards.ts';

export type StandardSelectProps = {
  id?: string;
  value?: string[];
  onChange?: (ids: string[]) => void;
  /** A standard cannot be traced to itself (the chain would be a CYCLE). */
  excludeId?: string | undefined;
};

/** Picks the measurement standards a certificate names (GET /api/standards, searchable by name or code). */
export const StandardSelect = ({ id, value, onChange, excludeId }: StandardSelectProps) => {
  const { t } = useLocale();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const standards = useStandards({ q: q || undefined });
  const options = (standards.data?.items ?? [])
    .filter((standard) => standard.id !== excludeId)
    .map((standard) => ({
      value: standard.id,
      label: `${standard.name}（${standard.code}）· ${t(`standardLevel.${standard.level}`)} · ${standard.ownerName}`,
    }));
  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      options={options}
      loading={standards.isFetching}
      placeholder={t('standards.pick')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onChange={(ids: string[]) => {
        onChange?.(ids);
      }}
    />
  );
};
