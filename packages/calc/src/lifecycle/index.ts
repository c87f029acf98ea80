/**
 * The institution lifecycle under the two Measures (issue 3): calendar arithmetic in Asia/Shanghai,
 * the deadlines, the eligibility checklist and the transition table. Pure: time comes in as `now`.
 */
export * from './articles.ts';
export * from './calendar.ts';
export * from './context.ts';
export * from './deadlines.ts';
export * from './eligibility.ts';
export * from './guards.ts';
export * from './lifecycle-states.ts';
export * from './lifecycle-table.ts';
export * from './rule-check.ts';
export * from './transition.ts';
export * from './next-due.ts';
export * from './scoring.ts';
