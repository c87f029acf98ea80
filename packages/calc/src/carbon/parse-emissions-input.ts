import { AppError, calcEmissionsInputSchema, emissionSourceSchema, type CalcEmissionsInput, type FieldIssue } from '@jiliang/shared';

/** `sources[2].ncv.unit`: the JSON path as a person reads it. */
export const formatJsonPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');

const KINDS = emissionSourceSchema.options.map((o) => o.shape.kind.value);

/** A Zod issue, typed through the schema so that calc needs no direct dependency on zod. */
type SchemaIssue = NonNullable<ReturnType<typeof calcEmissionsInputSchema.safeParse>['error']>['issues'][number];

const toFieldIssue = (issue: SchemaIssue): FieldIssue => {
  const field = formatJsonPath(issue.path) || '(file)';
  if (issue.code === 'invalid_union' && issue.path.at(-1) === 'kind')
    return { field, rule: `one of ${KINDS.join(', ')}`, message: 'unknown or missing kind' };
  if (issue.code === 'unrecognized_keys')
    return {
      field,
      rule: 'only the documented fields (docs/formats/calc-emissions.md)',
      message: `unknown field(s): ${issue.keys.join(', ')}`,
    };
  // Zod's own message states the rule (e.g. "Too small: expected number to be >=0"), so it serves as both.
  return { field, rule: issue.message, message: issue.message };
};

/**
 * Check a parsed JSON document against the calculator's input schema; throws VALIDATION_FAILED with one
 * FieldIssue per problem, each naming its JSON path (units are checked later, by computeEmissions).
 */
export const parseEmissionsInput = (raw: unknown): CalcEmissionsInput => {
  const result = calcEmissionsInputSchema.safeParse(raw);
  if (result.success) return result.data;
  const issues = result.error.issues.map(toFieldIssue);
  const summary = issues.map((d) => `${d.field}: ${d.message}`).join('; ');
  throw new AppError('VALIDATION_FAILED', `输入有误 (invalid emissions input): ${summary}`, issues);
};
