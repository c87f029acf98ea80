#!/usr/bin/env node
// The `jiliang` command. TypeScript source runs through tsx (no build step: ARCHITECTURE "Layout").
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
