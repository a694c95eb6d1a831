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

export async function storeInSink(db: Db, entry: SinkEntry): Promise<void> {
  await sql`
    INSERT INTO notification_sink (channel, message_key, dossier_code, recipient, subject, body)
    VALUES (${entry.channel}, ${entry.key}, ${entry.dossierCode}, ${entry.to}, ${entry.subject}, ${entry.text})
    ON CONFLICT (channel, message_key) DO UPDATE SET copies = notification_sink.copies + 1`.execute(db);
}

export function demoSinkChannel(db: Db): Channel {
  return {
    send: (m) =>
      storeInSink(db, {
        channel: m.channel,
        key: m.key,
        dossierCode: m.dossierCode,
        to: m.to,
        subject: m.subject,
        text: m.text,
      }),
  };
}
