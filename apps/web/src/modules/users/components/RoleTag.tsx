import { ROLE_LABELS, type Role } from '@jiliang/shared';
import { Tag } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

const ROLE_COLOURS: Record<Role, string> = {
  province_admin: 'red',
  local_officer: 'orange',
  institution_staff: 'blue',
  enterprise_user: 'green',
  expert: 'purple',
  viewer: 'default',
};

export const RoleTag = ({ role }: { role: Role }) => {
  const { pick } = useLocale();
  return <Tag color={ROLE_COLOURS[role]}>{pick(ROLE_LABELS[role])}</Tag>;
};
