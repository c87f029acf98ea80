import {
  AuditOutlined,
  BankOutlined,
  CalendarOutlined,
  ExperimentOutlined,
  FlagOutlined,
  HomeOutlined,
  KeyOutlined,
  LineChartOutlined,
  TeamOutlined,
  ToolOutlined,
} from '@ant-design/icons';
import type { Permission } from '@jiliang/shared';
import type { ComponentType } from 'react';
import type { MessageKey } from '../../i18n/utils/messages.ts';

export type NavItemKey =
  'home' | 'organisations' | 'institutions' | 'instruments' | 'instrumentsDue' | 'standards' | 'meterData' | 'users' | 'tokens' | 'audit';

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
  { key: 'instruments', path: '/instruments', labelKey: 'nav.instruments', icon: ToolOutlined, permission: 'instruments:read' },
  {
    key: 'instrumentsDue',
    path: '/instruments/due',
    labelKey: 'nav.instrumentsDue',
    icon: CalendarOutlined,
    permission: 'instruments:read',
  },
  { key: 'standards', path: '/standards', labelKey: 'nav.standards', icon: ExperimentOutlined, permission: 'instruments:read' },
  { key: 'meterData', path: '/meter-data', labelKey: 'nav.meterData', icon: LineChartOutlined, permission: 'sites:read' },
  { key: 'users', path: '/users', labelKey: 'nav.users', icon: TeamOutlined, permission: 'users:read' },
  { key: 'tokens', path: '/tokens', labelKey: 'nav.tokens', icon: KeyOutlined, permission: 'tokens:manage' },
  { key: 'audit', path: '/audit', labelKey: 'nav.audit', icon: AuditOutlined, permission: 'audit:read' },
];
