import { Input } from 'antd';
import type { ChangeEvent } from 'react';

export type CreditCodeInputProps = { id?: string; value?: string; onChange?: (value: string) => void };

/** 18 characters, shown in capitals as typed (GB 32100-2015 uses upper-case letters only). */
export const CreditCodeInput = ({ id, value, onChange }: CreditCodeInputProps) => (
  <Input
    id={id}
    value={value}
    maxLength={18}
    showCount
    style={{ fontFamily: 'monospace' }}
    onChange={(event: ChangeEvent<HTMLInputElement>) => onChange?.(event.target.value.toUpperCase())}
  />
);
