/** Time comes in from outside (ARCHITECTURE rule 7): services take a clock, tests pin it. */
export type Clock = { now: () => Date };
export const systemClock: Clock = { now: () => new Date() };
