/** Schemas for the carbon work's files and API: filled in by that work. */
export {};
