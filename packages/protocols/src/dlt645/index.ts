/** Filled in by the dlt645 codec (see the module files). */
export {};
