export * from './authorize.ts';
export * from './lifecycle/index.ts';
