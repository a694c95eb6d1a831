/** Yearly slip numbers (the daily dossier sequence is allocated inside the intake statement). */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../adapters/db/schema.ts';

/** Yearly number of a slip of one form at one agency (e.g. 12 in "12/HDHS"). */
export async function nextSlipNumber(
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
  if (value === undefined) throw new Error('slip number allocation returned no row');
  return value;
}
