import type { FieldError } from '../../lib/api-client';

export type RowField = 'date' | 'name' | 'nameEn' | 'kind';

export interface ErrorMap {
  rows: Map<number, Partial<Record<RowField | 'row', string>>>;
  source?: string;
  other: string[];
}

const ROW_PATH = /^days\[(\d+)\](?:\.(date|name|nameEn|kind))?$/;
const ROW_PATH_SLASH = /^\/?days\/(\d+)(?:\/(date|name|nameEn|kind))?$/;

/** Maps `error.fields` paths such as `days[2].date` (or `/days/2/date`) onto the rows. */
export function mapFieldErrors(fields: FieldError[], lang: 'vi' | 'en'): ErrorMap {
  const out: ErrorMap = { rows: new Map(), other: [] };
  for (const f of fields) {
    const message = lang === 'en' && f.messageEn ? f.messageEn : f.message;
    const m = ROW_PATH.exec(f.path) ?? ROW_PATH_SLASH.exec(f.path);
    if (m) {
      const index = Number(m[1]);
      const field = (m[2] as RowField | undefined) ?? 'row';
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
