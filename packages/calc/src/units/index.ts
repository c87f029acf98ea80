/** Filled in by the units work (see the module files). */
export {};
