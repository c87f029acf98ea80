import { z } from 'zod';
import { PERMISSIONS, ROLES } from './access.ts';
import { ORGANISATION_KINDS } from './organisation.ts';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const usernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[a-z0-9._-]+$/, 'lower-case letters, digits, dot, underscore or hyphen');

export const loginRequestSchema = z
  .object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(256) })
  .meta({ id: 'LoginRequest' });

export const membershipSchema = z
  .object({
    id: z.string().uuid(),
    role: z.enum(ROLES),
    organisation: z.object({
      id: z.string().uuid(),
      kind: z.enum(ORGANISATION_KINDS),
      name: z.string(),
      nameEn: z.string().nullable(),
    }),
  })
  .meta({ id: 'Membership' });
export type Membership = z.infer<typeof membershipSchema>;

/** Who is signed in, the role they act in now, and what that role may do. */
export const meSchema = z
  .object({
    user: z.object({
      id: z.string().uuid(),
      username: z.string(),
      displayName: z.string(),
      locale: z.enum(LOCALES),
    }),
    memberships: z.array(membershipSchema),
    activeMembershipId: z.string().uuid().nullable(),
    permissions: z.array(z.enum(PERMISSIONS)),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof meSchema>;

export const switchMembershipSchema = z.object({ membershipId: z.string().uuid() }).meta({ id: 'SwitchMembership' });

export const userSchema = z
  .object({
    id: z.string().uuid(),
    username: z.string(),
    displayName: z.string(),
    locale: z.enum(LOCALES),
    lockedUntil: z.string().nullable(),
    createdAt: z.string(),
    memberships: z.array(membershipSchema),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;

export const createUserSchema = z
  .object({
    username: usernameSchema,
    displayName: z.string().trim().min(1).max(100),
    password: z.string().min(1).max(256),
    locale: z.enum(LOCALES).default('zh-CN'),
    role: z.enum(ROLES),
    organisationId: z.string().uuid(),
  })
  .meta({ id: 'CreateUser' });
export type CreateUser = z.infer<typeof createUserSchema>;

export const resetPasswordSchema = z.object({ password: z.string().min(1).max(256) }).meta({ id: 'ResetPassword' });

export const apiTokenSchema = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    prefix: z.string(),
    organisationId: z.string().uuid(),
    permissions: z.array(z.enum(PERMISSIONS)),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const createTokenSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    organisationId: z.string().uuid(),
    permissions: z.array(z.enum(PERMISSIONS)).min(1),
  })
  .meta({ id: 'CreateToken' });
export type CreateToken = z.infer<typeof createTokenSchema>;

/** The secret appears in this response only; the store keeps its SHA-256. */
export const createdTokenSchema = z.object({ token: apiTokenSchema, secret: z.string() }).meta({ id: 'CreatedToken' });
