import { Input, Select, Space } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { OwnerSelect } from './OwnerSelect.tsx';
import { useInstrumentOptions } from '../hooks/useInstrumentOptions.ts';
import type { InstrumentFilters as Filters } from '../utils/readInstrumentFilters.ts';

export type InstrumentFiltersProps = {
  filters: Filters;
  /** Only people who see several registers choose the owner; an enterprise sees its own. */
  showOwner: boolean;
  onChange: (name: keyof Filters, value: string | undefined) => void;
};

export const InstrumentFilters = ({ filters, showOwner, onChange }: InstrumentFiltersProps) => {
  const { t } = useLocale();
  const options = useInstrumentOptions();
  const select = (name: keyof Filters, placeholder: string, items: { value: string; label: string }[], width = 160) => (
    <Select
      data-testid={`filter-${name}`}
      value={filters[name]}
      allowClear
      placeholder={placeholder}
      options={items}
      style={{ width }}
      popupMatchSelectWidth={false}
      onChange={(value: string | undefined) => {
        onChange(name, value);
      }}
    />
  );

  return (
    <Space wrap>
      {showOwner && (
        <OwnerSelect
          data-testid="filter-owner"
          value={filters.ownerId}
          allowClear
          placeholder={t('register.filterOwner')}
          style={{ width: 260 }}
          onChange={(value) => {
            onChange('ownerId', value);
          }}
        />
      )}
      {select('instrumentType', t('register.filterType'), options.types)}
      {select('medium', t('register.filterMedium'), options.media, 140)}
      {select('status', t('register.filterStatus'), options.statuses, 120)}
      {select('gb17167Level', t('register.filterLevel'), options.levels, 180)}
      {select('due', t('register.filterDue'), options.dues, 150)}
      <Input.Search
        key={filters.q ?? ''}
        data-testid="instrument-search"
        defaultValue={filters.q}
        allowClear
        placeholder={t('register.search')}
        style={{ width: 280 }}
        onSearch={(value) => {
          onChange('q', value.trim() || undefined);
        }}
      />
    </Space>
  );
};
