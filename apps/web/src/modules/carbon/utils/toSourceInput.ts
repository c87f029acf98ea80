import { SOURCE_PARAMETERS, type EnterpriseSourceInput, type ParameterBinding } from '@jiliang/shared';
import { shiftDecimal } from './shiftDecimal.ts';
import type { ParameterFormValue, SourceFormValues } from './SourceFormValues.ts';

const toBinding = (parameter: ParameterFormValue | undefined): ParameterBinding | undefined => {
  if (!parameter) return undefined;
  if (parameter.mode === 'factor') return parameter.factor ? { factor: parameter.factor } : undefined;
  const unit = parameter.unit?.trim();
  if (typeof parameter.value !== 'number' || !unit) return undefined;
  return {
    value: parameter.value,
    unit,
    ...(typeof parameter.uRelPercent === 'number' ? { uRel: shiftDecimal(parameter.uRelPercent, -2) } : {}),
  };
};

/**
 * POST /api/organisations/:id/emission-sources from the form (GB/T 32150 structure): only the parameters the kind
 * takes (SOURCE_PARAMETERS), an optional one left out when it is not filled (a required one too, so the server names
 * it: `parameters.carbonContent missing`); uRel typed in % is sent as a fraction; the point only for measured activity;
 * gas and origin only for CH4/N2O, biomass only for fuel combustion.
 */
export const toSourceInput = (values: SourceFormValues): EnterpriseSourceInput => {
  const spec = SOURCE_PARAMETERS[values.kind];
  const parameters: Record<string, ParameterBinding> = {};
  for (const name of [...spec.required, ...spec.optional]) {
    const binding = toBinding(values.parameters?.[name]);
    if (binding) parameters[name] = binding;
  }
  return {
    code: values.code.trim(),
    name: values.name.trim(),
    kind: values.kind,
    subject: values.subject.trim(),
    siteId: values.siteId ?? null,
    pointId: values.activityFrom === 'point' ? (values.pointId ?? null) : null,
    activityUnit: values.activityUnit.trim(),
    parameters,
    ...(values.kind === 'non_co2' ? { gas: values.gas ?? null, origin: values.gas === 'CH4' ? (values.origin ?? null) : null } : {}),
    ...(values.kind === 'fuel_combustion' ? { biomass: Boolean(values.biomass) } : {}),
  };
};
