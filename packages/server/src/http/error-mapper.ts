/**
 * The edge owns HTTP: domain errors become a status and a message in Vietnamese and English, schema
 * validation failures name each field, anything unknown becomes 500 with a request id and no internals.
 */
import { DomainError, type DomainErrorCode, type FieldError } from '@motcua/core';
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

interface AjvError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** One field error per schema failure, worded for people rather than for JSON Schema readers. */
export function fieldErrorsFromValidation(
  errors: readonly AjvError[],
  context: string | undefined,
): FieldError[] {
  return errors.map((e) => {
    const segments = e.instancePath.split('/').filter(Boolean);
    if (e.keyword === 'required' && typeof e.params.missingProperty === 'string') {
      segments.push(e.params.missingProperty);
    }
    if (e.keyword === 'additionalProperties' && typeof e.params.additionalProperty === 'string') {
      segments.push(e.params.additionalProperty);
    }
    const path =
      segments.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join('') ||
      (context ?? 'body');
    const [message, messageEn] = describe(e);
    return { path, message, messageEn };
  });
}

function describe(e: AjvError): [string, string] {
  const p = e.params;
  switch (e.keyword) {
    case 'required':
      return ['Bắt buộc phải có.', 'Is required.'];
    case 'type':
      return [`Phải là kiểu ${typeVi(String(p.type))}.`, `Must be of type ${String(p.type)}.`];
    case 'minimum':
      return [`Phải lớn hơn hoặc bằng ${String(p.limit)}.`, `Must be at least ${String(p.limit)}.`];
    case 'maximum':
      return [`Phải nhỏ hơn hoặc bằng ${String(p.limit)}.`, `Must be at most ${String(p.limit)}.`];
    case 'minLength':
      return [
        `Phải có ít nhất ${String(p.limit)} ký tự.`,
        `Must have at least ${String(p.limit)} characters.`,
      ];
    case 'maxLength':
      return [`Không được quá ${String(p.limit)} ký tự.`, `Must have at most ${String(p.limit)} characters.`];
    case 'pattern':
    case 'format':
      return ['Sai định dạng.', 'Has the wrong format.'];
    case 'enum':
      return [
        `Chỉ nhận một trong các giá trị: ${(p.allowedValues as unknown[]).join(', ')}.`,
        `Must be one of: ${(p.allowedValues as unknown[]).join(', ')}.`,
      ];
    case 'additionalProperties':
      return ['Trường này không được chấp nhận.', 'This field is not allowed.'];
    case 'minItems':
      return [`Phải có ít nhất ${String(p.limit)} mục.`, `Must have at least ${String(p.limit)} items.`];
    case 'maxItems':
      return [`Không được quá ${String(p.limit)} mục.`, `Must have at most ${String(p.limit)} items.`];
    default:
      return ['Giá trị không hợp lệ.', e.message ?? 'Is not valid.'];
  }
}

function typeVi(type: string): string {
  const names: Record<string, string> = {
    integer: 'số nguyên',
    number: 'số',
    string: 'chuỗi ký tự',
    boolean: 'đúng/sai',
    array: 'danh sách',
    object: 'đối tượng',
  };
  return names[type] ?? type;
}

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
    const fields = fieldErrorsFromValidation(error.validation as AjvError[], error.validationContext);
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
