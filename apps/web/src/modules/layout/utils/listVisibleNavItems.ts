import type { Permission } from '@jiliang/shared';
import { NAV_ITEMS, type NavItem } from './navItems.ts';

export const listVisibleNavItems = (permissions: readonly Permission[]): NavItem[] =>
  NAV_ITEMS.filter((item) => item.permission === undefined || permissions.includes(item.permission));
