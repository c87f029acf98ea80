#!/usr/bin/env node
// The `jiliang` command. TypeScript source runs through tsx (no build step: ARCHITECTURE "Layout").
// The offline calculators (decode, calc, review) load only the pure packages, not the server.
import { register } from 'tsx/esm/api';

register();
const offline = ['decode', 'calc', 'review'].includes(process.argv[2] ?? '');
await import(offline ? '../src/offline.ts' : '../src/main.ts');
