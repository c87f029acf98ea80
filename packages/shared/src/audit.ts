import { z } from 'zod';

export const auditEntrySchema = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actorUserId: z.string().uuid().nullable(),
    actorTokenId: z.string().uuid().nullable(),
    actorLabel: z.string(),
    organisationId: z.string().uuid().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    beforeDigest: z.string().nullable(),
    afterDigest: z.string().nullable(),
    prevHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditVerificationSchema = z
  .object({
    ok: z.boolean(),
    checked: z.number().int(),
    firstBroken: z
      .object({ seq: z.number().int(), reason: z.enum(['hash_mismatch', 'link_broken', 'sequence_gap']), message: z.string() })
      .nullable(),
  })
  .meta({ id: 'AuditVerification' });
export type AuditVerification = z.infer<typeof auditVerificationSchema>;
