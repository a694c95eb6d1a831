/**
 * Input no route can store or compute with, refused at the edge with the field's name (400), whatever the
 * route's schema says:
 * - NUL characters: PostgreSQL's text and jsonb cannot hold them (the insert would fail with a 500);
 * - lone UTF-16 surrogates (JSON's "\ud800"): not encodable as UTF-8, refused by the database as well;
 * - numbers that are not finite: JSON's 1e309 parses to Infinity, a query's "Infinity" is coerced to it, and
 *   ajv's integer check lets Infinity through;
 * - strings shaped as an ISO instant that name no real time (2026-02-30T08:00, 25:00, +99:00): JavaScript's
 *   Date.parse rolls 30 February over to 2 March, so a route's own check lets it through and the calendar
 *   throws further in. (Dates without a time are the routes' to check: they name the rule that failed.)
 * Runs after the schema (preHandler), so it sees coerced query values; keys of objects are checked too.
 *
 * Before the schema (preValidation), every string of the path, query and body (keys included) is composed to
 * Unicode NFC in place: Vietnamese keyboards and some phones send 'ễ' as e + two combining marks (NFD), which
 * compares unequal to the composed name, counts as more characters against a maxLength and prints as loose
 * marks on the slips. One spelling from the edge on, so nothing further in has to think about it.
 */
import { type FieldError, fieldError, pathOf, validationError } from '@motcua/core';
import type { FastifyInstance } from 'fastify';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))?$/i;

function stringProblem(value: string): [string, string] | undefined {
  if (value.includes('\u0000')) return ['Không được chứa ký tự NUL.', 'Must not contain NUL characters.'];
  if (LONE_SURROGATE.test(value)) {
    return ['Chứa ký tự Unicode không hợp lệ.', 'Contains an invalid Unicode character (a lone surrogate).'];
  }
  const iso = INSTANT.exec(value);
  if (iso && !isRealDateTime(iso)) return ['Ngày giờ không có thật.', 'Not a real date or time.'];
  return undefined;
}

function isRealDateTime(match: RegExpExecArray): boolean {
  const [year, month, day, hour = 0, minute = 0, second = 0, offsetHours = 0, offsetMinutes = 0] = match
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part))) as number[];
  const daysInMonth = new Date(Date.UTC(year as number, month as number, 0)).getUTCDate();
  return (
    (month as number) >= 1 &&
    (month as number) <= 12 &&
    (day as number) >= 1 &&
    (day as number) <= daysInMonth &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 14 &&
    offsetMinutes <= 59
  );
}

/** The first problem in a parsed request part, with the segments of its path. */
export function findBadInput(
  value: unknown,
  segments: string[] = [],
  depth = 0,
): { segments: string[]; message: [string, string] } | undefined {
  if (typeof value === 'string') {
    const message = stringProblem(value);
    return message ? { segments, message } : undefined;
  }
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? undefined
      : { segments, message: ['Phải là một số hữu hạn.', 'Must be a finite number.'] };
  }
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value) || depth > 64) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const keyProblem = stringProblem(key);
    if (keyProblem) return { segments: [...segments, key], message: keyProblem };
    const found = findBadInput(item, [...segments, key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** A key that is itself the problem, named so that the answer can be printed. */
const printable = (key: string) => JSON.stringify(key).slice(1, -1);

/**
 * The value with every string composed to NFC, changed in place where it is an object or array (the same
 * object the handler will see); a key is replaced by its composed spelling. Buffers (uploads) are left alone.
 */
export function composeInPlace(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value) || depth > 64) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = composeInPlace(value[i], depth + 1);
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const item = composeInPlace(record[key], depth + 1);
    const composedKey = key.normalize('NFC');
    if (composedKey !== key) delete record[key];
    record[composedKey] = item;
  }
  return value;
}

export function inputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    request.params = composeInPlace(request.params);
    request.query = composeInPlace(request.query);
    if (request.body !== undefined) request.body = composeInPlace(request.body);
  });
  app.addHook('preHandler', async (request) => {
    const fields: FieldError[] = [];
    const parts = { params: request.params, query: request.query, body: request.body };
    for (const [name, part] of Object.entries(parts)) {
      const found = findBadInput(part);
      if (found) fields.push(fieldError(pathOf(found.segments.map(printable), name), ...found.message));
    }
    if (fields.length > 0) throw validationError(fields);
  });
}
