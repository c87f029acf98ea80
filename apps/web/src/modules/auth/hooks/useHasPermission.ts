import type { Permission } from '@jiliang/shared';
import { useSignedInMe } from './useSignedInMe.ts';

/** What the active role may do, as the server computed it (me.permissions). */
export const useHasPermission = (permission: Permission): boolean => useSignedInMe().permissions.includes(permission);
