/**
 * Retention (issue 9, finding 14): what is kept only as long as it serves, and is then purged. Sessions hold
 * who is signed in, idempotency keys hold a dossier's first answer (with the applicant's data) for replays,
 * and delivered outbox rows hold the notification texts; none is the record (that is the dossier and its
 * hash-chained log, never purged here). The periods are named here, overridable by the environment.
 */

export interface RetentionPeriods {
  /** A session is purged this long after it expired (its cookie is refused from the moment it expires). */
  sessionGraceMs: number;
  /** An Idempotency-Key is kept this long after its first request: retries within it get the same answer. */
  idempotencyKeyMs: number;
  /** An outbox row is kept this long after it was delivered (to show what was sent); undelivered ones stay. */
  deliveredOutboxMs: number;
}

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

export const DEFAULT_RETENTION: RetentionPeriods = {
  sessionGraceMs: 0,
  // A client retries within minutes or hours; a week also covers the national portal resending its queue
  // after an outage over a weekend or a holiday (Stripe keeps keys 24 hours). A key is written only with the
  // answer it stores (one transaction), so a committed key is always a used one.
  idempotencyKeyMs: 7 * DAY,
  deliveredOutboxMs: 30 * DAY,
};

/** How often the server purges, and how many rows one statement deletes (short locks, bounded work). */
export const PURGE_INTERVAL_MS = HOUR;
export const PURGE_BATCH_SIZE = 1_000;

/** Cut-off instants at `now`: rows strictly before them are due for purging. */
export interface PurgeCutoffs {
  /** Sessions whose expiry is before this. */
  sessionsExpiredBefore: Date;
  /** Idempotency keys created before this. */
  idempotencyKeysCreatedBefore: Date;
  /** Outbox rows delivered before this (never an undelivered one). */
  outboxDeliveredBefore: Date;
  /** Citizens' drafts whose expiry (online-draft.ts: draftExpiry, set with each change) is before this. */
  draftsExpiredBefore: Date;
  /**
   * The demo catcher's and sinks' copies received before this: what delivered outbox rows sent, kept as long
   * as those rows are (they hold the same texts, phones and addresses).
   */
  demoSinkReceivedBefore: Date;
}

export function purgeCutoffs(now: Date, periods: RetentionPeriods = DEFAULT_RETENTION): PurgeCutoffs {
  const at = (ms: number) => new Date(now.getTime() - ms);
  return {
    sessionsExpiredBefore: at(periods.sessionGraceMs),
    idempotencyKeysCreatedBefore: at(periods.idempotencyKeyMs),
    outboxDeliveredBefore: at(periods.deliveredOutboxMs),
    draftsExpiredBefore: now,
    demoSinkReceivedBefore: at(periods.deliveredOutboxMs),
  };
}

/** The rule the cut-offs implement, one row at a time (the SQL deletes exactly these; tests compare). */
export const isDueForPurge = {
  session: (row: { expiresAt: Date }, c: PurgeCutoffs) => row.expiresAt < c.sessionsExpiredBefore,
  idempotencyKey: (row: { createdAt: Date }, c: PurgeCutoffs) =>
    row.createdAt < c.idempotencyKeysCreatedBefore,
  outbox: (row: { deliveredAt: Date | null }, c: PurgeCutoffs) =>
    row.deliveredAt !== null && row.deliveredAt < c.outboxDeliveredBefore,
  draft: (row: { expiresAt: Date }, c: PurgeCutoffs) => row.expiresAt < c.draftsExpiredBefore,
  demoSinkCopy: (row: { receivedAt: Date }, c: PurgeCutoffs) => row.receivedAt < c.demoSinkReceivedBefore,
};
