import { z } from 'zod';

/**
 * The offline emissions calculator's file formats (`jiliang calc emissions <file.json>`, issue #7),
 * documented in docs/formats/calc-emissions.md. The JSON Schemas in docs/formats/ are generated from
 * these Zod schemas by scripts/write-calc-schemas.ts and checked for drift by a unit test.
 *
 * Zod checks the shape here; the units and their dimensions are checked by packages/calc (carbon/),
 * which owns the unit table, and reported with the same JSON paths.
 *
 * Metadata (ids, descriptions) lives in a registry of its own, not in Zod's global registry: the
 * OpenAPI document picks up every globally registered id, and these are file formats, not API bodies.
 */
export const calcEmissionsRegistry = z.registry<{ id?: string; title?: string; description?: string }>();

const UNCERTAINTY_FIELDS = ['uRel', 'u', 'URel', 'U', 'mpeRel', 'mpe'] as const;

export const UNCERTAINTY_DISTRIBUTIONS = ['normal', 'rectangular'] as const;
export type UncertaintyDistribution = (typeof UNCERTAINTY_DISTRIBUTIONS)[number];

export const measuredQuantitySchema = z
  .strictObject({
    value: z.number(),
    unit: z.string().trim().min(1).max(40),
    uRel: z.number().min(0).optional(),
    u: z.number().min(0).optional(),
    URel: z.number().min(0).optional(),
    U: z.number().min(0).optional(),
    k: z.number().positive().max(10).optional(),
    mpeRel: z.number().min(0).optional(),
    mpe: z.number().min(0).optional(),
    distribution: z.enum(UNCERTAINTY_DISTRIBUTIONS).optional(),
  })
  .superRefine((q, ctx) => {
    const given = UNCERTAINTY_FIELDS.filter((f) => q[f] !== undefined);
    if (given.length > 1)
      ctx.addIssue({
        code: 'custom',
        path: [given[1] ?? 'uRel'],
        message: `give one uncertainty per quantity, not ${given.join(' and ')} (JJF 1059.1-2012 4.3.3: one evaluation per input)`,
      });
    const expanded = q.U !== undefined || q.URel !== undefined;
    if (expanded && q.k === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['k'],
        message: 'U or URel needs the coverage factor k from the certificate (u = U/k, JJF 1059.1-2012 4.3.3)',
      });
    if (!expanded && q.k !== undefined) ctx.addIssue({ code: 'custom', path: ['k'], message: 'k belongs with U or URel only' });
  })
  .register(calcEmissionsRegistry, {
    id: 'MeasuredQuantity',
    description:
      'A value with its unit and at most one uncertainty: uRel (relative standard), u (standard, in unit), URel or U with k (expanded, from a certificate: u = U/k), mpeRel or mpe (maximum permissible error ±a, rectangular: u = a/√3). distribution: normal (default) or rectangular (default for mpe), used by the Monte Carlo.',
  });
export type MeasuredQuantity = z.infer<typeof measuredQuantitySchema>;

const sourceId = z.string().trim().min(1).max(100);
const sourceLabel = z.string().trim().max(200).optional();
const quantity = measuredQuantitySchema;

const source = <K extends string, T extends z.ZodRawShape>(kind: K, shape: T, description: string) =>
  z.strictObject({ kind: z.literal(kind), id: sourceId, label: sourceLabel, ...shape }).register(calcEmissionsRegistry, { description });

export const fuelCombustionSourceSchema = source(
  'fuel_combustion',
  { biomass: z.boolean().optional(), quantity, ncv: quantity.optional(), carbonContent: quantity, oxidationRate: quantity },
  'GB/T 32150 fuel combustion: E = FC × NCV × CC × OF × 44/12 (CC per energy, e.g. tC/GJ), or E = FC × C × OF × 44/12 when the carbon content is per mass or volume of fuel (e.g. tC/t; then no ncv). biomass: true reports the CO2 separately, outside the total.',
);
export const carbonateSourceSchema = source(
  'carbonate',
  { quantity, purity: quantity, factor: quantity, calcinedFraction: quantity.optional() },
  'Carbonate decomposition: E = M × PUR × EF × F (F default 1); EF in tCO2/t, e.g. CaCO3 0.43971.',
);
export const clinkerSourceSchema = source(
  'clinker',
  { quantity, caoContent: quantity, caoNonCarbonate: quantity.optional(), mgoContent: quantity, mgoNonCarbonate: quantity.optional() },
  'Cement clinker: E = Q × [(CaO − CaO_nc) × 44/56 + (MgO − MgO_nc) × 44/40]; the non-carbonate parts default to 0.',
);
const transferShape = { quantity, factor: quantity };
export const purchasedElectricitySourceSchema = source('purchased_electricity', transferShape, 'E = AD × EF (e.g. MWh × tCO2/MWh).');
export const exportedElectricitySourceSchema = source('exported_electricity', transferShape, 'E = −AD × EF: subtracted from the total.');
export const purchasedHeatSourceSchema = source('purchased_heat', transferShape, 'E = AD × EF (GJ × tCO2/GJ, e.g. 0.11).');
export const exportedHeatSourceSchema = source('exported_heat', transferShape, 'E = −AD × EF: subtracted from the total.');
const steamShape = { quantity, enthalpy: quantity, factor: quantity };
export const purchasedSteamSourceSchema = source(
  'purchased_steam',
  steamShape,
  'Steam measured by mass: AD = Ma × (En − 83.74) × 10^-3 GJ (Ma in t, En in kJ/kg); E = AD × EF.',
);
export const exportedSteamSourceSchema = source('exported_steam', steamShape, 'As purchased_steam, subtracted from the total.');
const hotWaterShape = { quantity, temperature: quantity, factor: quantity };
export const purchasedHotWaterSourceSchema = source(
  'purchased_hot_water',
  hotWaterShape,
  'Hot water measured by mass: AD = Ma × (T − 20) × 4.1868 × 10^-3 GJ (Ma in t, T in °C); E = AD × EF.',
);
export const exportedHotWaterSourceSchema = source(
  'exported_hot_water',
  hotWaterShape,
  'As purchased_hot_water, subtracted from the total.',
);
export const NON_CO2_GASES = ['CH4', 'N2O'] as const;
export type NonCo2Gas = (typeof NON_CO2_GASES)[number];
export const GWP_SET_NAMES = ['AR5', 'AR6'] as const;
export type GwpSetName = (typeof GWP_SET_NAMES)[number];
export const nonCo2SourceSchema = source(
  'non_co2',
  { gas: z.enum(NON_CO2_GASES), origin: z.enum(['fossil', 'non_fossil']).optional(), quantity },
  'A mass of CH4 or N2O emitted (t or kg), found by the method that has it; E = m × GWP (tCO2e) with the input gwpSet. Under AR6, CH4 needs origin (fossil 29.8, non_fossil 27.0).',
);
export const co2RecoveredSourceSchema = source(
  'co2_recovered',
  { quantity },
  'CO2 recovered and used (tCO2): subtracted from the total (GB/T 32150 structure).',
);

export const emissionSourceSchema = z.discriminatedUnion('kind', [
  fuelCombustionSourceSchema,
  carbonateSourceSchema,
  clinkerSourceSchema,
  purchasedElectricitySourceSchema,
  exportedElectricitySourceSchema,
  purchasedHeatSourceSchema,
  exportedHeatSourceSchema,
  purchasedSteamSourceSchema,
  exportedSteamSourceSchema,
  purchasedHotWaterSourceSchema,
  exportedHotWaterSourceSchema,
  nonCo2SourceSchema,
  co2RecoveredSourceSchema,
]);
export type EmissionSource = z.infer<typeof emissionSourceSchema>;
export type EmissionSourceKind = EmissionSource['kind'];

export const calcEmissionsInputSchema = z
  .strictObject({
    $schema: z.string().optional(),
    gwpSet: z.enum(GWP_SET_NAMES).optional(),
    sources: z.array(emissionSourceSchema).min(1).max(10_000),
  })
  .superRefine((input, ctx) => {
    const seen = new Map<string, number>();
    input.sources.forEach((s, i) => {
      const first = seen.get(s.id);
      if (first !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['sources', i, 'id'],
          message: `'${s.id}' is already the id of sources[${first}]: ids are unique`,
        });
      else seen.set(s.id, i);
    });
  })
  .register(calcEmissionsRegistry, {
    title: 'jiliang calc emissions: input',
    description: 'Emission sources in the GB/T 32150 structure. gwpSet is required when a non_co2 source is present.',
  });
export type CalcEmissionsInput = z.infer<typeof calcEmissionsInputSchema>;

const interval = z.tuple([z.number(), z.number()]);

export const sourceResultSchema = z
  .strictObject({
    id: z.string(),
    kind: z.string(),
    tco2: z.number(),
    uTco2: z.number(),
    uRel: z.number().nullable(),
    countedInTotal: z.boolean(),
  })
  .register(calcEmissionsRegistry, {
    id: 'SourceResult',
    description:
      'tco2 in tCO2 (tCO2e for non_co2), negative for exported and recovered; uTco2 its combined standard uncertainty; uRel = uTco2/|tco2| (null when tco2 is 0). countedInTotal is false for biomass CO2.',
  });
export type SourceResult = z.infer<typeof sourceResultSchema>;

export const emissionsUncertaintySchema = z
  .strictObject({
    uTco2: z.number(),
    uRel: z.number().nullable(),
    k: z.literal(2),
    UTco2: z.number(),
    URel: z.number().nullable(),
    interval95: interval,
  })
  .register(calcEmissionsRegistry, {
    id: 'EmissionsUncertainty',
    description: 'GUM (JJF 1059.1-2012) / IPCC 2006 Vol.1 Eq. 3.2 for the sum: U = k·u with k = 2; interval95 = total ± U.',
  });

export const monteCarloResultSchema = z
  .strictObject({
    iterations: z.number().int(),
    seed: z.number().int(),
    meanTco2: z.number(),
    standardDeviationTco2: z.number(),
    interval95: interval,
  })
  .register(calcEmissionsRegistry, {
    id: 'MonteCarloResult',
    description: 'JCGM 101:2008 / JJF 1059.2-2012: the probabilistically symmetric 95 % coverage interval (2.5 % and 97.5 % quantiles).',
  });
export type MonteCarloResult = z.infer<typeof monteCarloResultSchema>;

export const calcEmissionsOutputSchema = z
  .strictObject({
    totalTco2: z.number(),
    biomassTco2: z.number(),
    gwpSet: z.enum(GWP_SET_NAMES).nullable(),
    sources: z.array(sourceResultSchema),
    uncertainty: emissionsUncertaintySchema,
    monteCarlo: monteCarloResultSchema.optional(),
  })
  .register(calcEmissionsRegistry, {
    title: 'jiliang calc emissions: output',
    description:
      'Unrounded numbers: rounding happens only in reports. biomassTco2 is reported separately and not in totalTco2 (GB/T 32150).',
  });
export type CalcEmissionsOutput = z.infer<typeof calcEmissionsOutputSchema>;

/** The JSON Schemas committed in docs/formats/ (scripts/write-calc-schemas.ts writes them). */
export const calcEmissionsJsonSchemas = () => ({
  input: z.toJSONSchema(calcEmissionsInputSchema, { metadata: calcEmissionsRegistry, io: 'input' }),
  output: z.toJSONSchema(calcEmissionsOutputSchema, { metadata: calcEmissionsRegistry, io: 'output' }),
});
