import type { Membership } from '@jiliang/shared';
import { findActiveMembership } from '../utils/findActiveMembership.ts';
import { useSignedInMe } from './useSignedInMe.ts';

export const useActiveMembership = (): Membership | undefined => findActiveMembership(useSignedInMe());
