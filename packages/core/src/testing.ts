/** Helpers for core's tests (and the server's): a local Vietnam time as an instant, a caught DomainError. */
import { DomainError } from './errors.ts';

/** '2025-07-01 09:00' (Vietnam time) → '2025-07-01T09:00:00+07:00'. */
export const localAt = (local: string): string => `${local.replace(' ', 'T')}:00+07:00`;

/** The DomainError `f` throws (fails the test if it throws nothing or something else). */
export const thrown = (f: () => unknown): DomainError => {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
};
