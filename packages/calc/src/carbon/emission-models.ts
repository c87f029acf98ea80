import { AppError, type CalcEmissionsInput, type EmissionSource, type FieldIssue } from '@jiliang/shared';
import { getGwp } from './gwp.ts';
import {
  readQuantityUnit,
  requireAtLeast,
  resolveOptionalQuantity,
  resolveQuantity,
  type ModelInput,
  type QuantityRule,
} from './quantity-input.ts';
import {
  HOT_WATER_REFERENCE_TEMPERATURE_C,
  STEAM_REFERENCE_ENTHALPY_KJ_PER_KG,
  clinkerModel,
  hotWaterModel,
  productModel,
  steamModel,
  type SourceModel,
} from './source-models.ts';

/**
 * Turn the calculator input into one measurement model per source (GB/T 32150 structure, STANDARDS §1.2).
 * Each kind declares the unit it computes in for each quantity; input in another unit of the same
 * dimension is converted (kWh with kgCO2/kWh → MWh with tCO2/MWh). Every problem is collected with its
 * JSON path and thrown together as VALIDATION_FAILED with FieldIssue[] details.
 */
const FRACTION: QuantityRule = { accepts: { fraction: '1' }, example: "0.93 with unit '1', or 93 with unit '%'", fraction: true };
const MASS: QuantityRule = { accepts: { mass: 't' }, example: 't' };
const ELECTRICITY: QuantityRule = { accepts: { energy: 'MWh' }, example: 'MWh or kWh' };
const ELECTRICITY_FACTOR: QuantityRule = { accepts: { 'co2/energy': 'tCO2/MWh' }, example: 'tCO2/MWh or kgCO2/kWh' };
const HEAT: QuantityRule = { accepts: { energy: 'GJ' }, example: 'GJ' };
const HEAT_FACTOR: QuantityRule = { accepts: { 'co2/energy': 'tCO2/GJ' }, example: 'tCO2/GJ' };
const ENTHALPY: QuantityRule = { accepts: { 'energy/mass': 'kJ/kg' }, example: 'kJ/kg' };
const TEMPERATURE: QuantityRule = { accepts: { temperature: '°C' }, example: '°C' };
const CARBONATE_FACTOR: QuantityRule = { accepts: { 'co2/mass': 'tCO2/t' }, example: 'tCO2/t (CaCO3 0.43971)' };
const GAS_MASS: QuantityRule = { accepts: { mass: 't' }, example: 't or kg of the gas' };
const RECOVERED: QuantityRule = { accepts: { co2: 'tCO2' }, example: 'tCO2' };

/** Fuel amounts: mass, normal volume (gases) or volume (liquids), each with the unit the factors use. */
const FUEL_AMOUNT_UNIT: Record<string, string> = { mass: 't', normal_volume: '10^4Nm3', volume: 'm3' };
const FUEL_QUANTITY: QuantityRule = { accepts: FUEL_AMOUNT_UNIT, example: 't, or 10^4Nm3 for gases' };

const NOT_NEGATIVE = 'amounts and factors are not negative (use an exported_* kind for exports)';
const ONE = { value: 1, unit: '1' };
const ZERO = { value: 0, unit: '1' };

type Build = { path: string; issues: FieldIssue[]; gwpSet: CalcEmissionsInput['gwpSet'] };

const nonNegative = (inputs: (ModelInput | undefined)[], names: string[], b: Build): void =>
  inputs.forEach((input, i) => requireAtLeast(input, 0, `${b.path}.${names[i]}`, NOT_NEGATIVE, b.issues));

const complete = (inputs: (ModelInput | undefined)[]): inputs is ModelInput[] => inputs.every((i) => i !== undefined);

const fuelModel = (s: Extract<EmissionSource, { kind: 'fuel_combustion' }>, b: Build): SourceModel | undefined => {
  const head = { id: s.id, kind: s.kind, countedInTotal: s.biomass !== true };
  const quantity = resolveQuantity(s.quantity, `${b.path}.quantity`, 'quantity', FUEL_QUANTITY, b.issues);
  const amountUnit = readQuantityUnit(s.quantity, `${b.path}.quantity`, []);
  const oxidation = resolveQuantity(s.oxidationRate, `${b.path}.oxidationRate`, 'oxidationRate', FRACTION, b.issues);
  if (!quantity || !amountUnit) return undefined;
  const amount = FUEL_AMOUNT_UNIT[amountUnit.dimension] ?? 't';
  // GB/T 32150: CC per unit of heat needs the NCV; carbon measured per amount of fuel (e.g. C_ar, tC/t) does not.
  const carbonDimension = readQuantityUnit(s.carbonContent, `${b.path}.carbonContent`, [])?.dimension;
  const perEnergy = carbonDimension === 'carbon/energy';
  const perAmount = carbonDimension === `carbon/${amountUnit.dimension}`;
  const carbonRule: QuantityRule = {
    accepts: { 'carbon/energy': 'tC/GJ', [`carbon/${amountUnit.dimension}`]: `tC/${amount}` },
    example: `tC/GJ, or tC/${amount} when measured per amount of fuel`,
  };
  const carbon = resolveQuantity(s.carbonContent, `${b.path}.carbonContent`, 'carbonContent', carbonRule, b.issues);
  const ncvRule: QuantityRule = { accepts: { [`energy/${amountUnit.dimension}`]: `GJ/${amount}` }, example: `GJ/${amount}` };
  let ncv: ModelInput | undefined;
  if (perEnergy && s.ncv === undefined)
    b.issues.push({ field: `${b.path}.ncv`, rule: 'required when carbonContent is per energy (tC/GJ)', message: 'missing' });
  else if (perEnergy && s.ncv) ncv = resolveQuantity(s.ncv, `${b.path}.ncv`, 'ncv', ncvRule, b.issues);
  else if (perAmount && s.ncv !== undefined)
    b.issues.push({
      field: `${b.path}.ncv`,
      rule: 'absent when carbonContent is per amount of fuel',
      message: `carbonContent in '${s.carbonContent.unit}' already gives carbon per fuel amount: E = FC × C × OF × 44/12, no NCV`,
    });
  const inputs = perEnergy ? [quantity, ncv, carbon, oxidation] : [quantity, carbon, oxidation];
  nonNegative(inputs, perEnergy ? ['quantity', 'ncv', 'carbonContent'] : ['quantity', 'carbonContent'], b);
  // GB/T 32150 (STANDARDS §1.2): E = FC × NCV × CC × OF × 44/12.
  return complete(inputs) ? productModel(head, inputs, 1, 44, 12) : undefined;
};

const carbonate = (s: Extract<EmissionSource, { kind: 'carbonate' }>, b: Build): SourceModel | undefined => {
  const inputs = [
    resolveQuantity(s.quantity, `${b.path}.quantity`, 'quantity', MASS, b.issues),
    resolveQuantity(s.purity, `${b.path}.purity`, 'purity', FRACTION, b.issues),
    resolveQuantity(s.factor, `${b.path}.factor`, 'factor', CARBONATE_FACTOR, b.issues),
    resolveOptionalQuantity(s.calcinedFraction, `${b.path}.calcinedFraction`, 'calcinedFraction', FRACTION, ONE, b.issues),
  ];
  nonNegative(inputs, ['quantity', 'purity', 'factor'], b);
  // STANDARDS §1.2 (IPCC-style, NDRC guidelines): E = M × PUR × EF × F.
  return complete(inputs) ? productModel({ id: s.id, kind: s.kind, countedInTotal: true }, inputs, 1) : undefined;
};

const clinker = (s: Extract<EmissionSource, { kind: 'clinker' }>, b: Build): SourceModel | undefined => {
  const p = b.path;
  const inputs = [
    resolveQuantity(s.quantity, `${p}.quantity`, 'quantity', MASS, b.issues),
    resolveQuantity(s.caoContent, `${p}.caoContent`, 'caoContent', FRACTION, b.issues),
    resolveOptionalQuantity(s.caoNonCarbonate, `${p}.caoNonCarbonate`, 'caoNonCarbonate', FRACTION, ZERO, b.issues),
    resolveQuantity(s.mgoContent, `${p}.mgoContent`, 'mgoContent', FRACTION, b.issues),
    resolveOptionalQuantity(s.mgoNonCarbonate, `${p}.mgoNonCarbonate`, 'mgoNonCarbonate', FRACTION, ZERO, b.issues),
  ];
  nonNegative(inputs.slice(0, 1), ['quantity'], b);
  const [, cao, caoNc, mgo, mgoNc] = inputs;
  if (cao && caoNc && caoNc.value > cao.value)
    b.issues.push({
      field: `${p}.caoNonCarbonate.value`,
      rule: '≤ caoContent',
      message: 'the non-carbonate CaO cannot exceed the total CaO',
    });
  if (mgo && mgoNc && mgoNc.value > mgo.value)
    b.issues.push({
      field: `${p}.mgoNonCarbonate.value`,
      rule: '≤ mgoContent',
      message: 'the non-carbonate MgO cannot exceed the total MgO',
    });
  return complete(inputs) ? clinkerModel({ id: s.id, kind: s.kind, countedInTotal: true }, inputs) : undefined;
};

type TransferKind = 'electricity' | 'heat' | 'steam' | 'hot_water';
type TransferSource = Exclude<EmissionSource, { kind: 'fuel_combustion' | 'carbonate' | 'clinker' | 'non_co2' | 'co2_recovered' }>;
const transferOf = (kind: string): { direction: 1 | -1; medium: TransferKind } => ({
  direction: kind.startsWith('exported_') ? -1 : 1,
  medium: kind.replace(/^(purchased|exported)_/, '') as TransferKind,
});

const transfer = (s: TransferSource, b: Build): SourceModel | undefined => {
  const { direction, medium } = transferOf(s.kind);
  const head = { id: s.id, kind: s.kind, countedInTotal: true };
  const p = b.path;
  const amountRule = medium === 'electricity' ? ELECTRICITY : medium === 'heat' ? HEAT : MASS;
  const quantity = resolveQuantity(s.quantity, `${p}.quantity`, 'quantity', amountRule, b.issues);
  const factorRule = medium === 'electricity' ? ELECTRICITY_FACTOR : HEAT_FACTOR;
  const factor = resolveQuantity(s.factor, `${p}.factor`, 'factor', factorRule, b.issues);
  nonNegative([quantity, factor], ['quantity', 'factor'], b);
  // STANDARDS §1.2: E = AD × EF; exported electricity and heat use the same factors and are subtracted.
  if (medium === 'electricity' || medium === 'heat')
    return quantity && factor ? productModel(head, [quantity, factor], direction) : undefined;
  if ('enthalpy' in s) {
    const enthalpy = resolveQuantity(s.enthalpy, `${p}.enthalpy`, 'enthalpy', ENTHALPY, b.issues);
    const why = `the steam formula counts heat above water at 20 °C (${STEAM_REFERENCE_ENTHALPY_KJ_PER_KG} kJ/kg, STANDARDS §1.2)`;
    const ok = requireAtLeast(enthalpy, STEAM_REFERENCE_ENTHALPY_KJ_PER_KG, `${p}.enthalpy`, why, b.issues, true);
    return quantity && enthalpy && factor && ok ? steamModel(head, [quantity, enthalpy, factor], direction) : undefined;
  }
  if ('temperature' in s) {
    const temperature = resolveQuantity(s.temperature, `${p}.temperature`, 'temperature', TEMPERATURE, b.issues);
    const why = `the hot-water formula counts heat above ${HOT_WATER_REFERENCE_TEMPERATURE_C} °C (STANDARDS §1.2)`;
    const ok = requireAtLeast(temperature, HOT_WATER_REFERENCE_TEMPERATURE_C, `${p}.temperature`, why, b.issues, true);
    return quantity && temperature && factor && ok ? hotWaterModel(head, [quantity, temperature, factor], direction) : undefined;
  }
  return undefined;
};

const nonCo2 = (s: Extract<EmissionSource, { kind: 'non_co2' }>, b: Build): SourceModel | undefined => {
  const mass = resolveQuantity(s.quantity, `${b.path}.quantity`, 'quantity', GAS_MASS, b.issues);
  nonNegative([mass], ['quantity'], b);
  if (!b.gwpSet) return undefined; // reported once, at gwpSet, by buildEmissionModels
  if (b.gwpSet === 'AR6' && s.gas === 'CH4' && s.origin === undefined) {
    b.issues.push({
      field: `${b.path}.origin`,
      rule: 'fossil or non_fossil for CH4 under AR6',
      message: 'AR6 gives CH4 two GWPs (29.8 / 27.0)',
    });
    return undefined;
  }
  // GB/T 32150: non-CO2 gases as CO2e, E = m × GWP (see gwp.ts for the values and their tags).
  return mass ? productModel({ id: s.id, kind: s.kind, countedInTotal: true }, [mass], 1, getGwp(b.gwpSet, s.gas, s.origin)) : undefined;
};

const recovered = (s: Extract<EmissionSource, { kind: 'co2_recovered' }>, b: Build): SourceModel | undefined => {
  const mass = resolveQuantity(s.quantity, `${b.path}.quantity`, 'quantity', RECOVERED, b.issues);
  nonNegative([mass], ['quantity'], b);
  // GB/T 32150 structure (STANDARDS §1.2): − E_recovered.
  return mass ? productModel({ id: s.id, kind: s.kind, countedInTotal: true }, [mass], -1) : undefined;
};

const buildOne = (s: EmissionSource, b: Build): SourceModel | undefined => {
  switch (s.kind) {
    case 'fuel_combustion':
      return fuelModel(s, b);
    case 'carbonate':
      return carbonate(s, b);
    case 'clinker':
      return clinker(s, b);
    case 'non_co2':
      return nonCo2(s, b);
    case 'co2_recovered':
      return recovered(s, b);
    default:
      return transfer(s, b);
  }
};

/** One model per source, in input order; throws VALIDATION_FAILED listing every problem with its JSON path. */
export const buildEmissionModels = (input: CalcEmissionsInput): SourceModel[] => {
  const issues: FieldIssue[] = [];
  if (!input.gwpSet && input.sources.some((s) => s.kind === 'non_co2'))
    issues.push({
      field: 'gwpSet',
      rule: "'AR5' or 'AR6' when a non_co2 source is present",
      message: 'missing: CH4 and N2O need a GWP set',
    });
  const models = input.sources.map((s, i) => buildOne(s, { path: `sources[${i}]`, issues, gwpSet: input.gwpSet }));
  if (issues.length > 0 || models.some((m) => m === undefined)) {
    const summary = issues.map((d) => `${d.field}: ${d.message}`).join('; ');
    throw new AppError('VALIDATION_FAILED', `输入有误 (invalid emissions input): ${summary}`, issues);
  }
  return models as SourceModel[];
};
