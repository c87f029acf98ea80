export * from './authorize.ts';
export * from './lifecycle/index.ts';
export * from './units/index.ts';
export * from './metrology/index.ts';
export * from './carbon/index.ts';
export * from './energy/index.ts';
export * from './readings/index.ts';
export * from './quality/index.ts';
