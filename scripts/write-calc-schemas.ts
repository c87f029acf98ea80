/**
 * Writes the JSON Schemas of `jiliang calc emissions` (docs/formats/calc-emissions.{input,output}.schema.json)
 * from the Zod schemas in packages/shared/src/carbon.ts. apps/cli/src/calc-schemas.test.ts fails when the
 * committed files drift from the Zod schemas: run `npx tsx scripts/write-calc-schemas.ts` after changing them.
 * The files are written already formatted by prettier, so `npm run format:check` stays green.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { calcEmissionsJsonSchemas } from '@jiliang/shared';

const schemas = calcEmissionsJsonSchemas();
for (const [name, schema] of Object.entries(schemas)) {
  const file = new URL(`../docs/formats/calc-emissions.${name}.schema.json`, import.meta.url);
  const options = (await resolveConfig(fileURLToPath(file))) ?? {};
  writeFileSync(file, await format(JSON.stringify(schema), { ...options, parser: 'json' }));
  console.log(`wrote ${file.pathname}`);
}
