/** Thin fetch wrapper for the MotCua API: JSON in, JSON out, and the team's error shape turned into ApiError. */

export interface FieldError {
  path: string;
  message: string;
  messageEn?: string;
}

interface ErrorBody {
  error?: {
    code?: string;
    message?: string;
    messageEn?: string;
    requestId?: string;
    fields?: FieldError[];
    /** Why a conflict (409) arose, where the server names it (e.g. 'already-rated'). */
    reason?: string;
  };
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messageVi: string | undefined;
  readonly messageEn: string | undefined;
  readonly requestId: string | undefined;
  readonly fields: FieldError[];
  readonly reason: string | undefined;

  constructor(status: number, body: ErrorBody | undefined) {
    const err = body?.error;
    super(err?.message ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = err?.code ?? (status >= 500 ? 'INTERNAL' : 'HTTP_ERROR');
    this.messageVi = err?.message;
    this.messageEn = err?.messageEn;
    this.requestId = err?.requestId;
    this.fields = Array.isArray(err?.fields) ? err.fields : [];
    this.reason = typeof err?.reason === 'string' ? err.reason : undefined;
  }
}

/** Network failure (server down, offline): distinct from an answer with an error status. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network error', { cause });
    this.name = 'NetworkError';
  }
}

export type QueryValue = string | number | boolean | undefined | null;

export function buildQuery(params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON; a Blob (a chosen file) is sent as it is, with its own type. */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  const init: RequestInit = {
    method: options.method ?? 'GET',
    headers,
    credentials: 'same-origin',
    signal: options.signal ?? null,
  };
  if (options.body instanceof Blob) {
    headers['Content-Type'] = options.body.type || 'application/octet-stream';
    init.body = options.body;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new NetworkError(e);
  }
  const text = await res.text();
  let data: unknown;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!res.ok) throw new ApiError(res.status, data as ErrorBody | undefined);
  return data as T;
}

export function isApiError(e: unknown, status?: number): e is ApiError {
  return e instanceof ApiError && (status === undefined || e.status === status);
}

/** A "who am I" answer: null when there is no session (401), the error otherwise. */
export async function nullIfSignedOut<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}
