/**
 * Idempotency-Key for writes that create things (API.md): the same key and body return the stored answer;
 * the same key with another body is refused (422); a key whose first request has not finished is 409.
 * The key row is written in the use case's own transaction, so an answer is stored only if the change
 * committed, and a failed attempt leaves the key free for a retry. Without a key the use case runs on the
 * database handle and opens a transaction only where it writes more than one statement (a counter intake
 * is one statement: two round trips fewer).
 */
import { createHash } from 'node:crypto';
import { DomainError } from '@motcua/core';
import type { Kysely, Transaction } from 'kysely';
import type { Db } from '../../../adapters/db/database.ts';
import type { Database } from '../../../adapters/db/schema.ts';
import { canonicalJson } from '../audit/audit-chain.ts';

export interface Answer<T> {
  status: number;
  body: T;
}

export const MAX_KEY_LENGTH = 200;

export async function runIdempotent<T>(
  db: Db,
  scope: { owner: string; key: string | undefined; request: unknown },
  work: (executor: Kysely<Database> | Transaction<Database>) => Promise<Answer<T>>,
): Promise<Answer<T> & { replayed: boolean }> {
  const { owner, key } = scope;
  if (key === undefined) return { ...(await work(db)), replayed: false };
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
    throw new DomainError('VALIDATION_FAILED', 'Idempotency-Key không hợp lệ.', 'Invalid Idempotency-Key.', {
      fields: [
        {
          path: 'Idempotency-Key',
          message: `Từ 1 đến ${MAX_KEY_LENGTH} ký tự.`,
          messageEn: `1 to ${MAX_KEY_LENGTH} characters.`,
        },
      ],
    });
  }
  const requestHash = createHash('sha256').update(canonicalJson(scope.request)).digest('hex');
  return db.transaction().execute(async (trx) => {
    const claimed = await trx
      .insertInto('idempotencyKeys')
      .values({ owner, key, requestHash, status: 0, response: 'null' })
      .onConflict((oc) => oc.columns(['owner', 'key']).doNothing())
      .returning('key')
      .executeTakeFirst();
    if (!claimed) {
      const stored = await trx
        .selectFrom('idempotencyKeys')
        .select(['requestHash', 'status', 'response'])
        .where('owner', '=', owner)
        .where('key', '=', key)
        .executeTakeFirstOrThrow();
      if (stored.requestHash !== requestHash) {
        throw new DomainError(
          'IDEMPOTENCY_MISMATCH',
          'Idempotency-Key này đã được dùng cho một yêu cầu khác.',
          'This Idempotency-Key was already used with a different request.',
        );
      }
      if (stored.status === 0) {
        throw new DomainError(
          'CONFLICT',
          'Yêu cầu này đang được xử lý.',
          'This request is still being processed.',
        );
      }
      return { status: stored.status, body: stored.response as T, replayed: true };
    }
    const answer = await work(trx);
    await trx
      .updateTable('idempotencyKeys')
      .set({ status: answer.status, response: JSON.stringify(answer.body) })
      .where('owner', '=', owner)
      .where('key', '=', key)
      .execute();
    return { ...answer, replayed: false };
  });
}
