/**
 * Yearly registers of slips, per agency and form (docs/domain/slips.md): the next number is taken in the
 * transaction that issues the slip, so a slip that is not issued takes no number. (The daily dossier
 * sequence is allocated inside the intake statement.)
 */
import { localDateTimeFromInstant, registerNumber } from '@motcua/core';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../../adapters/db/schema.ts';

/**
 * The number printed on a slip issued at `at` (an instant): the next in the issuing agency's register of the
 * form for that year in Vietnam, with the year in it ('12/2026/HDHS').
 */
export async function allocateRegisterNumber(
  trx: Transaction<Database>,
  agencyCode: string,
  at: string,
  form: Parameters<typeof registerNumber>[0],
): Promise<{ number: string; year: number }> {
  const year = Number(localDateTimeFromInstant(at).date.slice(0, 4));
  return { number: registerNumber(form, await nextRegisterNumber(trx, agencyCode, year, form), year), year };
}

/** The next number in an agency's register of one form for a year (12 in "12/HDHS"). */
export async function nextRegisterNumber(
  trx: Transaction<Database>,
  agencyCode: string,
  year: number,
  form: string,
): Promise<number> {
  const row = await sql<{ lastValue: number }>`
    INSERT INTO slip_sequences (agency_code, year, form, last_value) VALUES (${agencyCode}, ${year}, ${form}, 1)
    ON CONFLICT (agency_code, year, form) DO UPDATE SET last_value = slip_sequences.last_value + 1
    RETURNING last_value`.execute(trx);
  const value = row.rows[0]?.lastValue;
  if (value === undefined) throw new Error('register number allocation returned no row');
  return value;
}
