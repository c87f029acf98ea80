import { ORGANISATION_KINDS, type OrganisationKind } from '@jiliang/shared';

export const readOrganisationKind = (value: string | null): OrganisationKind | undefined =>
  ORGANISATION_KINDS.find((kind) => kind === value);
