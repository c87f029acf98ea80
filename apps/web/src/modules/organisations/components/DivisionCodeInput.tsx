import { HUBEI_REGIONS } from '@jiliang/shared';
import { AutoComplete } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

export type DivisionCodeInputProps = { id?: string; value?: string; onChange?: (value: string) => void };

/** A GB/T 2260 code in Hubei: the 17 prefecture-level regions are offered, county codes may be typed. */
export const DivisionCodeInput = ({ id, value, onChange }: DivisionCodeInputProps) => {
  const { locale } = useLocale();
  const options = HUBEI_REGIONS.map((region) => ({
    value: region.code,
    label: `${region.code} ${locale === 'en' ? region.nameEn : region.name}`,
  }));
  return (
    <AutoComplete
      id={id}
      value={value}
      onChange={(next: string) => onChange?.(next)}
      options={options}
      showSearch={{ filterOption: (input, option) => (option?.label ?? '').toLowerCase().includes(input.toLowerCase()) }}
      placeholder="420100"
    />
  );
};
