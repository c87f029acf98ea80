import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { ERROR_STATUS, isAppError, type ErrorBody, type FieldIssue } from '@jiliang/shared';

/** The one place that maps error codes to HTTP status and the `{code, message, details}` body. */
export const registerErrorHandler = (app: FastifyInstance): void => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const requestId = request.id;
    if (isAppError(error)) {
      const status = ERROR_STATUS[error.code];
      if (status >= 500) request.log.error({ err: error }, error.message);
      const body: ErrorBody = { code: error.code, message: error.message, details: error.details, requestId };
      return reply.status(status).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const details: FieldIssue[] = error.validation.map((issue) => {
        const path = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
        return { field: path || where, rule: issue.keyword, message: issue.message ?? 'invalid' };
      });
      const summary = details.map((d) => `${d.field}: ${d.message}`).join('; ');
      const body: ErrorBody = { code: 'VALIDATION_FAILED', message: `输入有误 (invalid ${where}): ${summary}`, details, requestId };
      return reply.status(400).send(body);
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema');
      return reply.status(500).send({ code: 'INTERNAL', message: '服务器内部错误 (internal error)', requestId } satisfies ErrorBody);
    }
    if (error.statusCode === 429) {
      return reply.status(429).send({
        code: 'RATE_LIMITED',
        message: `请求过于频繁，请稍后再试 (too many requests: ${error.message})`,
        requestId,
      } satisfies ErrorBody);
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Fastify's own client errors: malformed JSON, wrong content type, body too large.
      const code = error.statusCode === 404 ? 'NOT_FOUND' : 'VALIDATION_FAILED';
      return reply
        .status(error.statusCode)
        .send({ code, message: error.message, details: { fastifyCode: error.code }, requestId } satisfies ErrorBody);
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ code: 'INTERNAL', message: '服务器内部错误 (internal error)', requestId } satisfies ErrorBody);
  });
};
