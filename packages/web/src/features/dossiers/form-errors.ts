/**
 * Field errors as the API words them (`{path, message, messageEn}`, from core's checks or the server's
 * answer) placed in a react-hook-form form: at the field when the form has one, else listed in the form's
 * alert, so the console says exactly what the server says and never drops a message.
 */
import { type FieldErrors, type FieldValues, get, set, type UseFormSetError } from 'react-hook-form';
import type { FieldError } from '../../lib/api-client';
import { fieldErrorMap } from './dossier-format';

type Lang = 'vi' | 'en';

/** `data.missing[0].name` → `data.missing.0.name`, react-hook-form's name of the same field. */
export const formName = (path: string): string => path.replace(/\[(\d+)\]/g, '.$1');

export interface PlacedErrors {
  /** Form name → message, for the fields the form shows. */
  inline: [name: string, message: string][];
  /** Messages for fields the form has no place for. */
  other: string[];
}

export function placeErrors(
  fields: readonly FieldError[],
  lang: Lang,
  nameOf: (path: string) => string | undefined,
): PlacedErrors {
  const placed: PlacedErrors = { inline: [], other: [] };
  for (const [path, message] of Object.entries(fieldErrorMap(fields, lang))) {
    const name = nameOf(path);
    if (name) placed.inline.push([name, message]);
    else placed.other.push(message);
  }
  return placed;
}

/** As a resolver's answer: each at its field, the others under `root`, one per line. */
export function resolverErrors<T extends FieldValues>(placed: PlacedErrors): FieldErrors<T> {
  const errors = {};
  for (const [name, message] of placed.inline) set(errors, name, { type: 'validate', message });
  if (placed.other.length > 0) set(errors, 'root', { type: 'other', message: placed.other.join('\n') });
  return errors as FieldErrors<T>;
}

/** The server's answer set on the form (it replaces nothing the officer typed). */
export function setServerErrors<T extends FieldValues>(setError: UseFormSetError<T>, placed: PlacedErrors) {
  for (const [name, message] of placed.inline) setError(name as Parameters<typeof setError>[0], { message });
  if (placed.other.length > 0) setError('root', { type: 'server', message: placed.other.join('\n') });
}

export const errorAt = (errors: FieldErrors, name: string): string | undefined => {
  const message = (get(errors, name) as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' && message ? message : undefined;
};

export const otherErrors = (errors: FieldErrors): string[] =>
  errors.root?.message ? errors.root.message.split('\n') : [];
