import type { Me } from '@jiliang/shared';
import { useContext } from 'react';
import { SignedInContext } from '../utils/SignedInContext.ts';

export const useSignedInMe = (): Me => {
  const me = useContext(SignedInContext);
  if (!me) throw new Error('useSignedInMe must be used under <RequireAuth>');
  return me;
};
