/**
 * Sessions live in the database, so a restart does not log staff out and several API nodes can share them.
 * Implements the callback store interface of @fastify/session.
 */
import type * as Fastify from 'fastify';
import type { Db } from '../adapters/db/database.ts';

type Callback = (error?: unknown) => void;
type GetCallback = (error: unknown, session?: Fastify.Session | null) => void;

const DEFAULT_TTL_MS = 8 * 60 * 60 * 1000; // one working day

export class DbSessionStore {
  readonly #db: Db;
  constructor(db: Db) {
    this.#db = db;
  }

  set(id: string, session: Fastify.Session, callback: Callback): void {
    const expires = session.cookie?.expires ?? new Date(Date.now() + DEFAULT_TTL_MS);
    this.#db
      .insertInto('sessions')
      .values({ id, data: JSON.stringify(session), expiresAt: expires })
      .onConflict((oc) => oc.column('id').doUpdateSet({ data: JSON.stringify(session), expiresAt: expires }))
      .execute()
      .then(() => callback(), callback);
  }

  get(id: string, callback: GetCallback): void {
    this.#db
      .selectFrom('sessions')
      .select(['data', 'expiresAt'])
      .where('id', '=', id)
      .executeTakeFirst()
      .then((row) => {
        if (!row || row.expiresAt.getTime() < Date.now()) return callback(null, null);
        callback(null, row.data as unknown as Fastify.Session);
      }, callback);
  }

  destroy(id: string, callback: Callback): void {
    this.#db
      .deleteFrom('sessions')
      .where('id', '=', id)
      .execute()
      .then(() => callback(), callback);
  }
}
