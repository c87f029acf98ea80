import type { QueryKey } from '@tanstack/react-query';
import { ME_QUERY_KEY } from './meQueryKey.ts';

export const isMeQueryKey = (key: QueryKey): boolean => ME_QUERY_KEY.every((part, index) => key[index] === part);
