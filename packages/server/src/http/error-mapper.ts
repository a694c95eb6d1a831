/**
 * The edge owns HTTP: domain errors become a status and a message in Vietnamese and English, schema
 * validation failures name each field, anything unknown becomes 500 with a request id and no internals.
 */
import { DomainError, type DomainErrorCode, fieldErrorsFromSchema, type SchemaIssue } from '@motcua/core';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

const STATUS: Record<DomainErrorCode, number> = {
  VALIDATION_FAILED: 400,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  IDEMPOTENCY_MISMATCH: 422,
  RATE_LIMITED: 429,
  IMPORT_FAILED: 422,
};

export function errorBody(error: DomainError) {
  return {
    error: {
      code: error.code,
      message: error.messageVi,
      messageEn: error.messageEn,
      ...(error.fields ? { fields: error.fields } : {}),
      ...(error.details ?? {}),
    },
  };
}

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof DomainError) {
    return reply.status(STATUS[error.code]).send(errorBody(error));
  }
  if (error.validation) {
    const fields = fieldErrorsFromSchema(error.validation as SchemaIssue[], error.validationContext);
    return reply.status(400).send({
      error: {
        code: 'VALIDATION_FAILED',
        message: 'Dữ liệu không hợp lệ.',
        messageEn: 'The request is not valid.',
        fields,
      },
    });
  }
  if (error.statusCode === 429) {
    return reply.status(429).send({
      error: {
        code: 'RATE_LIMITED',
        message: 'Quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.',
        messageEn: 'Too many requests. Please try again in a few minutes.',
      },
    });
  }
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    // Fastify's own client errors (malformed JSON, body too large, unsupported media type).
    return reply.status(error.statusCode).send({
      error: {
        code: error.statusCode === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST',
        message: 'Yêu cầu không hợp lệ.',
        messageEn: error.message,
      },
    });
  }
  request.log.error({ err: error }, 'unhandled error');
  return reply.status(500).send({ error: { code: 'INTERNAL', requestId: request.id } });
}
