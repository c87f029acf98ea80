import { AuditOutlined, BankOutlined, FlagOutlined, HomeOutlined, KeyOutlined, TeamOutlined } from '@ant-design/icons';
import type { Permission } from '@jiliang/shared';
import type { ComponentType } from 'react';
import type { MessageKey } from '../../i18n/utils/messages.ts';

export type NavItemKey = 'home' | 'organisations' | 'institutions' | 'users' | 'tokens' | 'audit';

export type NavItem = {
  key: NavItemKey;
  path: string;
  labelKey: MessageKey;
  icon: ComponentType;
  /** Hidden from the menu (and its route answers 403) when the active role lacks it. */
  permission?: Permission;
};

export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'home', path: '/', labelKey: 'nav.home', icon: HomeOutlined },
  { key: 'organisations', path: '/organisations', labelKey: 'nav.organisations', icon: BankOutlined, permission: 'organisations:read' },
  { key: 'institutions', path: '/institutions', labelKey: 'nav.institutions', icon: FlagOutlined, permission: 'institutions:read' },
  { key: 'users', path: '/users', labelKey: 'nav.users', icon: TeamOutlined, permission: 'users:read' },
  { key: 'tokens', path: '/tokens', labelKey: 'nav.tokens', icon: KeyOutlined, permission: 'tokens:manage' },
  { key: 'audit', path: '/audit', labelKey: 'nav.audit', icon: AuditOutlined, permission: 'audit:read' },
];
