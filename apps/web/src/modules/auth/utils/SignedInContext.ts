import type { Me } from '@jiliang/shared';
import { createContext } from 'react';

/** Who is signed in; provided by RequireAuth, so every page under it has a Me. */
export const SignedInContext = createContext<Me | null>(null);
