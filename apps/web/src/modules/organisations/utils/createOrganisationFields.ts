import type { CreateOrganisationFormValues } from './toCreateOrganisation.ts';

/** The form's fields, for placing the server's VALIDATION_FAILED details. */
export const CREATE_ORGANISATION_FIELDS: readonly (keyof CreateOrganisationFormValues)[] = [
  'kind',
  'name',
  'nameEn',
  'creditCode',
  'divisionCode',
  'parentId',
  'institutionType',
  'industry',
];
