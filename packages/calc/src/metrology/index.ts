/** Filled in by the metrology work (see the module files). */
export {};
