export * from './authorize.ts';
