/**
 * Core's sequencePlaces in SQL, so the intake's one statement can write the code from the number it takes:
 * built from core's constants, and checked against core for every boundary and a random sample by
 * dossier-sequence.test.ts on both databases.
 */
import { MAX_DIGIT_SEQUENCE, SEQUENCE_ALPHABET, SEQUENCE_LETTERS } from '@motcua/core';
import { type Expression, type RawBuilder, sql } from 'kysely';

export function sequencePlacesSql(n: Expression<number> | RawBuilder<number>): RawBuilder<string> {
  const base = SEQUENCE_ALPHABET.length;
  // The overflow's 0-based index, then one letter and three places of the alphabet (substr counts from 1).
  const m = sql`(${n} - ${sql.lit(MAX_DIGIT_SEQUENCE + 1)})`;
  const place = (divisor: number) =>
    sql`substr(${sql.lit(SEQUENCE_ALPHABET)}, ${m} / ${sql.lit(divisor)} % ${sql.lit(base)} + 1, 1)`;
  return sql<string>`CASE WHEN ${n} <= ${sql.lit(MAX_DIGIT_SEQUENCE)} THEN lpad(${n}::text, 4, '0') ELSE
    substr(${sql.lit(SEQUENCE_LETTERS)}, ${m} / ${sql.lit(base ** 3)} + 1, 1) || ${place(base ** 2)} || ${place(base)} || ${place(1)}
  END`;
}
