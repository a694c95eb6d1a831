/** Retention: what is purged when (sessions, idempotency keys, delivered outbox rows). */
export * from './purge-rule.ts';
