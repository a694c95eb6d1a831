/**
 * Sessions live in the database, so a restart does not log staff out and several API nodes can share them.
 * Implements the callback store interface of @fastify/session. Reads are cached for a few seconds (every
 * request reads its session): a logout through this process takes effect at once, through another API node
 * within the cache's TTL.
 */
import type * as Fastify from 'fastify';
import { TtlCache } from '../adapters/cache/ttl-cache.ts';
import type { Db } from '../adapters/db/database.ts';

type Callback = (error?: unknown) => void;
type GetCallback = (error: unknown, session?: Fastify.Session | null) => void;

const DEFAULT_TTL_MS = 8 * 60 * 60 * 1000; // one working day
export const SESSION_CACHE_TTL_MS = 5_000;

export class DbSessionStore {
  readonly #db: Db;
  /** Session id → its stored JSON and expiry (parsed afresh for each request: sessions are mutable). */
  readonly #cache = new TtlCache<string, { data: string; expiresAt: number }>(SESSION_CACHE_TTL_MS);
  constructor(db: Db) {
    this.#db = db;
  }

  set(id: string, session: Fastify.Session, callback: Callback): void {
    const expires = session.cookie?.expires ?? new Date(Date.now() + DEFAULT_TTL_MS);
    const data = JSON.stringify(session);
    this.#cache.delete(id);
    this.#db
      .insertInto('sessions')
      .values({ id, data, expiresAt: expires })
      .onConflict((oc) => oc.column('id').doUpdateSet({ data, expiresAt: expires }))
      .execute()
      .then(() => {
        this.#cache.set(id, { data, expiresAt: new Date(expires).getTime() });
        callback();
      }, callback);
  }

  get(id: string, callback: GetCallback): void {
    const cached = this.#cache.get(id);
    if (cached) {
      callback(null, cached.expiresAt < Date.now() ? null : (JSON.parse(cached.data) as Fastify.Session));
      return;
    }
    this.#db
      .selectFrom('sessions')
      .select(['data', 'expiresAt'])
      .where('id', '=', id)
      .executeTakeFirst()
      .then((row) => {
        if (!row || row.expiresAt.getTime() < Date.now()) return callback(null, null);
        this.#cache.set(id, { data: JSON.stringify(row.data), expiresAt: row.expiresAt.getTime() });
        callback(null, row.data as unknown as Fastify.Session);
      }, callback);
  }

  destroy(id: string, callback: Callback): void {
    this.#cache.delete(id);
    this.#db
      .deleteFrom('sessions')
      .where('id', '=', id)
      .execute()
      .then(() => callback(), callback);
  }
}
