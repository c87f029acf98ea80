/** Codecs: PTB DCC XML (instruments), DL/T 645-2007 (meter data). Pure: bytes and text in, values or clear errors out. */
export * from './dcc/index.ts';
export * from './dlt645/index.ts';
export * from './csv/parse-csv.ts';
