/**
 * Domain errors: a closed union of codes. The HTTP edge (server/src/http/error-mapper.ts) maps each code
 * to a status; messages are worded for people in Vietnamese first, English second.
 */
export type DomainErrorCode =
  | 'VALIDATION_FAILED'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'IDEMPOTENCY_MISMATCH'
  | 'RATE_LIMITED'
  | 'IMPORT_FAILED';

export interface FieldError {
  path: string;
  message: string;
  messageEn: string;
}

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly messageVi: string;
  readonly messageEn: string;
  readonly fields: FieldError[] | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: DomainErrorCode,
    messageVi: string,
    messageEn: string,
    extra: { fields?: FieldError[]; details?: Record<string, unknown> } = {},
  ) {
    super(messageEn);
    this.name = 'DomainError';
    this.code = code;
    this.messageVi = messageVi;
    this.messageEn = messageEn;
    this.fields = extra.fields;
    this.details = extra.details;
  }
}

export const validationError = (fields: FieldError[]): DomainError =>
  new DomainError('VALIDATION_FAILED', 'Dữ liệu không hợp lệ.', 'The request is not valid.', { fields });

export const fieldError = (path: string, message: string, messageEn: string): FieldError => ({
  path,
  message,
  messageEn,
});

export const notFound = (what: string, whatEn: string): DomainError =>
  new DomainError('NOT_FOUND', `Không tìm thấy ${what}.`, `${whatEn} not found.`);

export const forbidden = (): DomainError =>
  new DomainError(
    'FORBIDDEN',
    'Tài khoản của bạn không có quyền thực hiện thao tác này.',
    'Your account is not allowed to do this.',
  );
