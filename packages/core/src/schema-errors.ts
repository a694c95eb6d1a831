/**
 * JSON Schema validation failures as field errors worded for people, one rule for the server's request
 * validation (ajv, through Fastify) and core's own checks of the same schemas (TypeBox's Value), so the
 * console and the API say the same thing about the same mistake.
 */
import { type FieldError, fieldError } from './errors.ts';

/** The shape both ajv and TypeBox report (TypeBox names missing and extra properties in arrays). */
export interface SchemaIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

const names = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];

/** `/data/missing/0/name` → `data.missing[0].name`. */
export const pathOf = (segments: readonly string[], fallback = 'body'): string =>
  segments.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join('') || fallback;

/** One field error per failure (and per missing or extra property), without repeats. */
export function fieldErrorsFromSchema(issues: readonly SchemaIssue[], fallback = 'body'): FieldError[] {
  const out: FieldError[] = [];
  const seen = new Set<string>();
  const push = (segments: string[], vi: string, en: string) => {
    const path = pathOf(segments, fallback);
    if (seen.has(path)) return;
    seen.add(path);
    out.push(fieldError(path, vi, en));
  };
  for (const e of issues) {
    const segments = e.instancePath.split('/').filter(Boolean);
    // TypeBox also reports each extra property as a failed `false` schema at its own path.
    if (e.keyword === 'boolean' || e.keyword === 'additionalProperties') {
      const extra = names(e.params.additionalProperty ?? e.params.additionalProperties);
      if (e.keyword === 'boolean') push(segments, ...NOT_ALLOWED);
      for (const name of extra) push([...segments, name], ...NOT_ALLOWED);
      continue;
    }
    if (e.keyword === 'required') {
      for (const name of names(e.params.missingProperty ?? e.params.requiredProperties)) {
        push([...segments, name], 'Bắt buộc phải có.', 'Is required.');
      }
      continue;
    }
    if (e.keyword === 'discriminator') {
      const known = e.params.error === 'mapping';
      push(
        [...segments, String(e.params.tag ?? 'action')],
        known ? 'Giá trị không được hỗ trợ.' : 'Bắt buộc phải có.',
        known ? 'Is not a supported value.' : 'Is required.',
      );
      continue;
    }
    push(segments, ...describe(e));
  }
  return out;
}

const NOT_ALLOWED: [string, string] = ['Trường này không được chấp nhận.', 'This field is not allowed.'];

function describe(e: SchemaIssue): [string, string] {
  const p = e.params;
  switch (e.keyword) {
    case 'type':
      return [`Phải là kiểu ${typeVi(String(p.type))}.`, `Must be of type ${String(p.type)}.`];
    case 'minimum':
      return [`Phải lớn hơn hoặc bằng ${String(p.limit)}.`, `Must be at least ${String(p.limit)}.`];
    case 'maximum':
      return [`Phải nhỏ hơn hoặc bằng ${String(p.limit)}.`, `Must be at most ${String(p.limit)}.`];
    case 'minLength':
      return Number(p.limit) === 1
        ? ['Không được để trống.', 'Must not be empty.']
        : [`Phải có ít nhất ${String(p.limit)} ký tự.`, `Must have at least ${String(p.limit)} characters.`];
    case 'maxLength':
      return [`Không được quá ${String(p.limit)} ký tự.`, `Must have at most ${String(p.limit)} characters.`];
    case 'pattern':
    case 'format':
      return ['Sai định dạng.', 'Has the wrong format.'];
    case 'const':
      return [`Chỉ nhận giá trị ${String(p.allowedValue)}.`, `Must be ${String(p.allowedValue)}.`];
    case 'enum': {
      const allowed = names(p.allowedValues).join(', ');
      return [`Chỉ nhận một trong các giá trị: ${allowed}.`, `Must be one of: ${allowed}.`];
    }
    case 'minItems':
      return [`Phải có ít nhất ${String(p.limit)} mục.`, `Must have at least ${String(p.limit)} items.`];
    case 'maxItems':
      return [`Không được quá ${String(p.limit)} mục.`, `Must have at most ${String(p.limit)} items.`];
    default:
      return ['Giá trị không hợp lệ.', e.message ?? 'Is not valid.'];
  }
}

function typeVi(type: string): string {
  const vi: Record<string, string> = {
    integer: 'số nguyên',
    number: 'số',
    string: 'chuỗi ký tự',
    boolean: 'đúng/sai',
    array: 'danh sách',
    object: 'đối tượng',
  };
  return vi[type] ?? type;
}
