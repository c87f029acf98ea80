import { NAV_ITEMS, type NavItemKey } from './navItems.ts';

const isUnder = (pathname: string, path: string): boolean =>
  path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);

/**
 * The menu entry a path belongs to: /organisations/123 lights up "organisations". The longest matching
 * path wins, so /instruments/due lights up the due-date entry rather than the register's.
 */
export const findSelectedNavKey = (pathname: string): NavItemKey | undefined =>
  NAV_ITEMS.filter((item) => isUnder(pathname, item.path)).sort((a, b) => b.path.length - a.path.length)[0]?.key;
