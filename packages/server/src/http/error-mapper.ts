/**
 * The edge owns HTTP: domain errors become a status and a message in Vietnamese and English, schema
 * validation failures name each field, anything unknown becomes 500 with a request id and no internals.
 */

import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
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
    // Fastify's own client errors (malformed JSON, body too large, unsupported media type, bad URL).
    return reply.status(error.statusCode).send(frameworkErrorBody(error.statusCode, error.message));
  }
  request.log.error({ err: error }, 'unhandled error');
  return reply.status(500).send({
    error: {
      code: 'INTERNAL',
      message: 'Lỗi máy chủ. Vui lòng thử lại; nếu vẫn lỗi, báo quản trị viên kèm mã yêu cầu.',
      messageEn: 'Server error. Please retry; if it persists, tell the administrator the request id.',
      requestId: request.id,
    },
  });
}

/** The framework's and the HTTP server's client errors, by status, worded like the domain's. */
const FRAMEWORK: Record<number, [code: string, vi: string, en: string]> = {
  400: ['BAD_REQUEST', 'Yêu cầu không hợp lệ.', 'The request is not valid.'],
  404: ['NOT_FOUND', 'Không tìm thấy địa chỉ này.', 'No such address.'],
  408: ['REQUEST_TIMEOUT', 'Yêu cầu gửi quá chậm.', 'The request took too long to arrive.'],
  413: ['PAYLOAD_TOO_LARGE', 'Dữ liệu gửi lên quá lớn.', 'The request body is too large.'],
  414: ['URI_TOO_LONG', 'Địa chỉ quá dài.', 'The address is too long.'],
  415: ['UNSUPPORTED_MEDIA_TYPE', 'Kiểu dữ liệu không được hỗ trợ.', 'The content type is not supported.'],
  431: ['HEADERS_TOO_LARGE', 'Phần đầu yêu cầu quá lớn.', 'The request headers are too large.'],
};

export function frameworkErrorBody(status: number, detail?: string) {
  const [code, message, messageEn] = FRAMEWORK[status] ?? FRAMEWORK[400]!;
  return {
    error: { code, message, messageEn: detail && status === 400 ? `${messageEn} ${detail}` : messageEn },
  };
}

/**
 * Errors the router answers before any route runs (a malformed percent-encoding, a path parameter longer
 * than the router takes): Fastify's `frameworkErrors`, so they carry the API's shape too.
 */
export function handleFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status =
    error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  // Open311 clients expect the GeoReport v2 error shape (modules/feedback/open311.routes.ts).
  if (request.url.startsWith('/open311/')) {
    return reply
      .status(status)
      .send([{ code: status, description: frameworkErrorBody(status).error.messageEn }]);
  }
  return reply.status(status).send(frameworkErrorBody(status));
}

/**
 * Errors of the HTTP server itself, before Fastify has a request (headers too large, a malformed request
 * line, a client too slow): written on the socket in the API's shape. Fastify's `clientErrorHandler`.
 */
export function handleClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed || !socket.writable) return;
  const status =
    error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const body = JSON.stringify(frameworkErrorBody(status));
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
