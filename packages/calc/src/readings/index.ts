/** Filled in by the meter-data work (see the module files). */
export {};
