/** One interface for every way a message leaves: e-mail, SMS, Zalo (real adapters and demo sinks alike). */
import type { NotificationChannel, NotificationEvent } from '@motcua/core';

export interface OutgoingMessage {
  /** `outbox-{id}-{channel}`: the same for every attempt, so a receiver can drop a resend (idempotency key). */
  key: string;
  channel: NotificationChannel;
  event: NotificationEvent;
  dossierCode: string | null;
  to: string;
  subject: string | null;
  text: string;
  /** Zalo only: the template's parameters (ZNS template_data). */
  params: Record<string, string> | null;
}

export interface Channel {
  send(message: OutgoingMessage): Promise<void>;
  close?(): Promise<void>;
}

export type Channels = Partial<Record<NotificationChannel, Channel>>;

export const messageKey = (outboxId: number | string, channel: NotificationChannel): string =>
  `outbox-${outboxId}-${channel}`;

/** A refusal from a provider (HTTP status, error code), with what it said. */
export class ChannelError extends Error {
  override name = 'ChannelError';
}
