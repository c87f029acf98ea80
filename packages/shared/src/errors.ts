import { z } from 'zod';

/**
 * Error codes are for programs; messages are for people. One list, one HTTP status per code
 * (ARCHITECTURE rule 6). The server's error handler is the only place that maps them.
 */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  AUTH_REQUIRED: 401,
  AUTH_INVALID_CREDENTIALS: 401,
  AUTH_TOKEN_REVOKED: 401,
  AUTH_LOCKED: 423,
  CSRF_FAILED: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  WEAK_PASSWORD: 400,
  INVALID_CREDIT_CODE: 400,
  RATE_LIMITED: 429,
  /** The lifecycle table has no such step from the current state. */
  LIFECYCLE_NOT_ALLOWED: 409,
  /** The step exists but a rule of the Measures refuses it (the article is in details). */
  LIFECYCLE_RULE: 422,
  STORE_LOCKED: 503,
  NOT_READY: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const errorBodySchema = z
  .object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
    requestId: z.string().optional(),
  })
  .meta({ id: 'ErrorBody' });
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** One error type (ARCHITECTURE rule 6): services throw it, the HTTP layer maps `code` to a status. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

/** One field-level problem: which field, which rule, and what the person should do. */
export type FieldIssue = { field: string; rule: string; message: string };
