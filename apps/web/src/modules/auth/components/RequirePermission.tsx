import type { Permission } from '@jiliang/shared';
import type { ReactNode } from 'react';
import { ForbiddenResult } from '../../status/components/ForbiddenResult.tsx';
import { useHasPermission } from '../hooks/useHasPermission.ts';

export const RequirePermission = ({ permission, children }: { permission: Permission; children: ReactNode }) =>
  useHasPermission(permission) ? children : <ForbiddenResult />;
