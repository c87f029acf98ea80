import { NAV_ITEMS, type NavItemKey } from './navItems.ts';

/** The menu entry a path belongs to: /organisations/123 lights up "organisations". */
export const findSelectedNavKey = (pathname: string): NavItemKey | undefined =>
  NAV_ITEMS.find((item) => (item.path === '/' ? pathname === '/' : pathname === item.path || pathname.startsWith(`${item.path}/`)))?.key;
