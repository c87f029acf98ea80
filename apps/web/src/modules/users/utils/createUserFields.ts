import type { CreateUser } from '@jiliang/shared';

/** The form's fields, for placing the server's VALIDATION_FAILED details. */
export const CREATE_USER_FIELDS: readonly (keyof CreateUser)[] = [
  'username',
  'displayName',
  'password',
  'locale',
  'role',
  'organisationId',
];
