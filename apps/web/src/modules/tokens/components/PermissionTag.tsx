import type { Permission } from '@jiliang/shared';
import { Tag } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

export const PermissionTag = ({ permission }: { permission: Permission }) => {
  const { t } = useLocale();
  return <Tag title={permission}>{t(`permission.${permission}`)}</Tag>;
};
