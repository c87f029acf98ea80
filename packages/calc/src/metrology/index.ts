/**
 * The pure metrology core (issue #4): certificate validity on a day, traceability chains as graphs,
 * status at time t with the standard uncertainty of a reading, due dates, and the JJF 1033-2023
 * repeatability and stability checks of measurement standards.
 */
export * from './types.ts';
export * from './certificate-validity.ts';
export * from './traceability-chain.ts';
export * from './reading-uncertainty.ts';
export * from './instrument-status.ts';
export * from './repeatability.ts';
export * from './stability.ts';
