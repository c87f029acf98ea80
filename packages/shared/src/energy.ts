/** Schemas for the energy work's files and API: filled in by that work. */
export {};
