/** Pure helpers for the dossier console: labels from @motcua/core, Vietnam time, field errors. */
import { ACTION_LABELS, isActionType, isStatusKey, statusByKey } from '@motcua/core';
import type { FieldError } from '../../lib/api-client';
import { formatPlainDate } from '../../lib/format';

type Lang = 'vi' | 'en';

const instantFormat = {
  vi: new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }),
};

/** An instant shown as Vietnam wall-clock time, "14:05 12/03/2026" in Vietnamese. */
export function formatInstant(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const parts = Object.fromEntries(instantFormat[lang].formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts.hour}:${parts.minute} ${parts.day}/${parts.month}/${parts.year}`;
}

/** A plain date (YYYY-MM-DD) as a date, anything else as a Vietnam-time instant. */
export function formatWhen(value: string | null | undefined, lang: Lang): string {
  if (!value) return '';
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatPlainDate(value, lang, false) : formatInstant(value, lang);
}

/** The due date, with its hour when the limit is counted in working hours (dueAt). */
export function formatDue(
  dueDate: string | null | undefined,
  dueAt: string | null | undefined,
  lang: Lang,
): string {
  if (dueAt) return formatInstant(dueAt, lang);
  return dueDate ? formatPlainDate(dueDate, lang, false) : '';
}

/** The staff label of a status, in the UI language (the server's label when the key is unknown). */
export function statusText(key: string, fallback: string | undefined, lang: Lang): string {
  const s = isStatusKey(key) ? statusByKey(key) : undefined;
  if (!s) return fallback ?? key;
  return lang === 'en' ? s.labelEn : s.label;
}

/** The plain-language label citizens see. */
export function publicStatusText(key: string, fallback: string | undefined, lang: Lang): string {
  const s = isStatusKey(key) ? statusByKey(key) : undefined;
  if (!s) return fallback ?? key;
  return lang === 'en' ? s.publicLabelEn : s.publicLabel;
}

export type StatusTone = 'new' | 'open' | 'waiting' | 'done' | 'closed';

export function statusTone(key: string): StatusTone {
  switch (key) {
    case 'new':
      return 'new';
    case 'received':
    case 'processing':
      return 'open';
    case 'supplement-requested':
    case 'payment-requested':
      return 'waiting';
    case 'finished':
    case 'returned':
      return 'done';
    default:
      return 'closed';
  }
}

export function actionText(action: string, fallback: string | undefined, lang: Lang): string {
  if (isActionType(action)) return ACTION_LABELS[action][lang];
  return fallback ?? action;
}

/** `error.fields` as path → message in the UI language; `components[1].id` style paths are kept as given. */
export function fieldErrorMap(fields: readonly FieldError[], lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) {
    const path = f.path
      .replace(/^\//, '')
      .replace(/\/(\d+)(?=\/|$)/g, '[$1]')
      .replace(/\//g, '.');
    const message = lang === 'en' && f.messageEn ? f.messageEn : f.message;
    out[path] = out[path] ? `${out[path]} ${message}` : message;
  }
  return out;
}

/** Short form of a log hash for the timeline. */
export const shortHash = (hash: string): string => hash.slice(0, 10);
