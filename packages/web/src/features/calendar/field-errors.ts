import type { FieldError } from '../../lib/api-client';

export type RowField = 'date' | 'name' | 'nameEn' | 'kind' | 'basis' | 'reference';

export interface ErrorMap {
  rows: Map<number, Partial<Record<RowField | 'row', string>>>;
  source?: string;
  other: string[];
}

const ROW_PATH = /^days\[(\d+)\](?:\.(date|name|nameEn|kind|source(?:\.(?:basis|reference|referenceEn))?))?$/;
const ROW_PATH_SLASH =
  /^\/?days\/(\d+)(?:\/(date|name|nameEn|kind|source(?:\/(?:basis|reference|referenceEn))?))?$/;

/** A day's source fields shown in the row: the basis select and the reference input. */
const rowField = (field: string | undefined): RowField | 'row' => {
  if (field === undefined) return 'row';
  if (/^source[./]basis$/.test(field)) return 'basis';
  if (field.startsWith('source')) return 'reference';
  return field as RowField;
};

/** Maps `error.fields` paths such as `days[2].date` (or `/days/2/date`) onto the rows. */
export function mapFieldErrors(fields: FieldError[], lang: 'vi' | 'en'): ErrorMap {
  const out: ErrorMap = { rows: new Map(), other: [] };
  for (const f of fields) {
    const message = lang === 'en' && f.messageEn ? f.messageEn : f.message;
    const m = ROW_PATH.exec(f.path) ?? ROW_PATH_SLASH.exec(f.path);
    if (m) {
      const index = Number(m[1]);
      const field = rowField(m[2]);
      const entry = out.rows.get(index) ?? {};
      entry[field] = entry[field] ? `${entry[field]} ${message}` : message;
      out.rows.set(index, entry);
    } else if (f.path === 'source' || f.path === '/source') {
      out.source = message;
    } else {
      out.other.push(f.path ? `${f.path}: ${message}` : message);
    }
  }
  return out;
}
