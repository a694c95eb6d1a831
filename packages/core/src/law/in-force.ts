/**
 * Law that changes over time, as data: a rule's value and the later versions that replace it from their
 * effective dates. What applies to a dossier or a case is the version in force on the day it was received,
 * decided then and recorded, so a change never moves what came before it (docs/domain/catalogue.md#limits-that-change).
 */
import type { PlainDate } from '../calendar/index.ts';
import { type FieldError, fieldError } from '../errors.ts';

/** A later version of a rule, in force from `effectiveFrom` (inclusive) under the law `basis`. */
export interface RuleChange<T> {
  effectiveFrom: PlainDate;
  value: T;
  /** The text that makes the change, e.g. "Luật số 136/2025/QH15". */
  basis: string;
}

/** The version in force on `day`: the latest change that took effect on or before it, else the base. */
export function inForceOn<T>(base: T, changes: readonly RuleChange<T>[] | undefined, day: PlainDate): T {
  let value = base;
  for (const c of changes ?? []) if (c.effectiveFrom <= day) value = c.value;
  return value;
}

/** The change in force on `day`, if any (undefined: the base applies). */
export function changeInForceOn<T>(
  changes: readonly RuleChange<T>[] | undefined,
  day: PlainDate,
): RuleChange<T> | undefined {
  let found: RuleChange<T> | undefined;
  for (const c of changes ?? []) if (c.effectiveFrom <= day) found = c;
  return found;
}

/** Changes must be in order of their dates, one per date, each with its legal basis. */
export function ruleChangeErrors(changes: readonly RuleChange<unknown>[], path: string): FieldError[] {
  const errors: FieldError[] = [];
  changes.forEach((c, i) => {
    const previous = changes[i - 1];
    if (previous && c.effectiveFrom <= previous.effectiveFrom) {
      errors.push(
        fieldError(
          `${path}[${i}].effectiveFrom`,
          'Các lần thay đổi phải theo thứ tự ngày hiệu lực, mỗi ngày một lần.',
          'Changes must be in order of their effective dates, one per date.',
        ),
      );
    }
    if (!c.basis.trim()) {
      errors.push(
        fieldError(
          `${path}[${i}].basis`,
          'Cần ghi văn bản quy định thay đổi.',
          'Name the text that makes the change.',
        ),
      );
    }
  });
  return errors;
}
