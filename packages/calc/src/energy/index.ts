/** Filled in by the energy work (see the module files). */
export {};
