import {
  AuditOutlined,
  BankOutlined,
  BookOutlined,
  CalendarOutlined,
  CloudOutlined,
  ExperimentOutlined,
  FireOutlined,
  FlagOutlined,
  GlobalOutlined,
  HomeOutlined,
  KeyOutlined,
  LineChartOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
  ThunderboltOutlined,
  ToolOutlined,
} from '@ant-design/icons';
import type { Permission } from '@jiliang/shared';
import type { ComponentType } from 'react';
import type { MessageKey } from '../../i18n/utils/messages.ts';

export type NavItemKey =
  | 'home'
  | 'organisations'
  | 'institutions'
  | 'instruments'
  | 'instrumentsDue'
  | 'standards'
  | 'meterData'
  | 'quality'
  | 'carbon'
  | 'carbonSources'
  | 'carbonFactors'
  | 'carbonProvince'
  | 'energy'
  | 'users'
  | 'tokens'
  | 'audit';

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
  // Data quality and credibility (issue 6; CM-6(3), CM-6(5), BM-7(4)).
  { key: 'quality', path: '/quality', labelKey: 'nav.quality', icon: SafetyCertificateOutlined, permission: 'sites:read' },
  // Greenhouse-gas accounting (issue 7; CM-6(2), CM-6(3)).
  { key: 'carbon', path: '/carbon', labelKey: 'nav.carbon', icon: CloudOutlined, permission: 'carbon:read' },
  { key: 'carbonSources', path: '/carbon/sources', labelKey: 'nav.carbonSources', icon: FireOutlined, permission: 'carbon:read' },
  { key: 'carbonFactors', path: '/carbon/factors', labelKey: 'nav.carbonFactors', icon: BookOutlined, permission: 'carbon:read' },
  { key: 'carbonProvince', path: '/carbon/province', labelKey: 'nav.carbonProvince', icon: GlobalOutlined, permission: 'carbon:read' },
  // Energy services (issue 8; CM-6(1), CM-6(5), CM-6(6)): reviews, benchmarking, balance, savings, demand.
  { key: 'energy', path: '/energy', labelKey: 'nav.energy', icon: ThunderboltOutlined, permission: 'energy:read' },
  { key: 'users', path: '/users', labelKey: 'nav.users', icon: TeamOutlined, permission: 'users:read' },
  { key: 'tokens', path: '/tokens', labelKey: 'nav.tokens', icon: KeyOutlined, permission: 'tokens:manage' },
  { key: 'audit', path: '/audit', labelKey: 'nav.audit', icon: AuditOutlined, permission: 'audit:read' },
];
