/** Filled in by the carbon work (see the module files). */
export {};
