import { ORGANISATION_KIND_LABELS, ORGANISATION_KINDS, type OrganisationKind } from '@jiliang/shared';
import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

export type OrganisationKindSelectProps = {
  id?: string;
  value?: OrganisationKind | undefined;
  onChange?: (kind: OrganisationKind | undefined) => void;
  kinds?: readonly OrganisationKind[];
  allowClear?: boolean;
  placeholder?: string;
  style?: CSSProperties;
};

export const OrganisationKindSelect = ({ kinds = ORGANISATION_KINDS, onChange, ...rest }: OrganisationKindSelectProps) => {
  const { pick } = useLocale();
  return (
    <Select<OrganisationKind>
      {...rest}
      options={kinds.map((kind) => ({ value: kind, label: pick(ORGANISATION_KIND_LABELS[kind]) }))}
      onChange={(kind) => onChange?.(kind)}
    />
  );
};
