/**
 * Codecs (DL/T 645-2007, CJ/T 188, CSV/XLSX, PTB DCC XML) arrive with the readings and
 * instruments work. The package exists now so the workspace and its boundaries are in place.
 */
export const PROTOCOLS_PACKAGE = '@jiliang/protocols';
