import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calcEmissionsJsonSchemas } from '@jiliang/shared';

/**
 * Generated artefacts are committed and fail when they drift (STYLE.md "Habits"): the JSON Schemas of
 * `jiliang calc emissions` must equal what the Zod schemas in packages/shared/src/carbon.ts generate.
 * Fix a failure with `npx tsx scripts/write-calc-schemas.ts`.
 */
describe('docs/formats calc-emissions JSON Schemas', () => {
  const schemas = calcEmissionsJsonSchemas();
  it.each(['input', 'output'] as const)(
    'calc-emissions.%s.schema.json matches the Zod schema (run scripts/write-calc-schemas.ts)',
    (name) => {
      const committed = JSON.parse(
        readFileSync(new URL(`../../../docs/formats/calc-emissions.${name}.schema.json`, import.meta.url), 'utf8'),
      );
      expect(committed).toEqual(schemas[name]);
    },
  );
});
