/** Filled in by the dcc codec (see the module files). */
export {};
