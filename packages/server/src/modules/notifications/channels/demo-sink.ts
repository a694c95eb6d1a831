/**
 * Demo mode: what would have been sent, stored in notification_sink to be listed (never in production).
 * A message key already there counts one more copy and is not stored twice, as a provider honouring the
 * idempotency key would (the resend after a crash between sending and recording, ADR 0003).
 */
import { sql } from 'kysely';
import type { Db } from '../../../adapters/db/database.ts';
import type { Channel } from './channel.ts';

export interface SinkEntry {
  channel: string;
  key: string;
  dossierCode: string | null;
  to: string;
  subject: string | null;
  text: string;
}

/** Stores entries in one statement; a key twice in one batch counts its copies too. */
export async function storeInSink(db: Db, entries: SinkEntry[]): Promise<void> {
  const byKey = new Map<string, SinkEntry & { copies: number }>();
  for (const e of entries) {
    const k = `${e.channel}/${e.key}`;
    const seen = byKey.get(k);
    if (seen) seen.copies++;
    else byKey.set(k, { ...e, copies: 1 });
  }
  if (byKey.size === 0) return;
  const rows = [...byKey.values()].map(
    (e) =>
      sql`(${e.channel}, ${e.key}, ${e.dossierCode}, ${e.to}, ${e.subject}, ${e.text}, ${e.copies}::int)`,
  );
  await sql`
    INSERT INTO notification_sink (channel, message_key, dossier_code, recipient, subject, body, copies)
    VALUES ${sql.join(rows)}
    ON CONFLICT (channel, message_key) DO UPDATE SET copies = notification_sink.copies + EXCLUDED.copies`.execute(
    db,
  );
}

/**
 * Gathers what arrives within a few milliseconds into one statement (PGlite runs one statement at a time);
 * each caller's promise settles when its entry is stored.
 */
export function sinkWriter(db: Db, delayMs = 5): (entry: SinkEntry) => Promise<void> {
  let pending: { entry: SinkEntry; done: (error?: unknown) => void }[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const batch = pending;
    pending = [];
    storeInSink(
      db,
      batch.map((p) => p.entry),
    ).then(
      () => {
        for (const p of batch) p.done();
      },
      (error) => {
        for (const p of batch) p.done(error);
      },
    );
  };
  return (entry) =>
    new Promise<void>((resolve, reject) => {
      pending.push({ entry, done: (error) => (error ? reject(error) : resolve()) });
      if (!scheduled) {
        scheduled = true;
        setTimeout(flush, delayMs);
      }
    });
}

export function demoSinkChannel(db: Db): Channel {
  const store = sinkWriter(db);
  return {
    send: (m) =>
      store({
        channel: m.channel,
        key: m.key,
        dossierCode: m.dossierCode,
        to: m.to,
        subject: m.subject,
        text: m.text,
      }),
  };
}
