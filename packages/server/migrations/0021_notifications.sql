-- Issue 11, item 3: notifications (docs/adr/0003-job-queue.md). The worker moves committed outbox rows into
-- pg-boss (its own schema `pgboss`, installed by pg-boss at start) and delivers one message per (outbox row,
-- channel). A delivery row is written in the same transaction as the pg-boss job that sends it, and its key
-- is (outbox_id, channel), so a row handed out twice still gives one message per channel.
CREATE TABLE notification_deliveries (
  id bigserial PRIMARY KEY,
  outbox_id bigint NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
  channel text NOT NULL CHECK (channel IN ('email', 'sms', 'zalo')),
  event text NOT NULL,
  dossier_code text,
  recipient text NOT NULL,
  subject text,
  body text NOT NULL,
  -- Zalo's template parameters (ZNS template_data); null for the other channels.
  params jsonb,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  UNIQUE (outbox_id, channel)
);
CREATE INDEX notification_deliveries_dossier_idx ON notification_deliveries (dossier_code);
CREATE INDEX notification_deliveries_failed_idx ON notification_deliveries (id) WHERE status = 'failed';

-- What the outbox row came to: 'sent' (deliveries made), 'no-message' (a topic without a notification, or
-- no reachable recipient), 'skipped' (triaged: written before the worker existed, or too old to be news).
ALTER TABLE outbox ADD COLUMN outcome text;
-- Triage of the backlog (ADR 0003): rows written before this migration are not blasted out days late.
UPDATE outbox SET delivered_at = now(), outcome = 'skipped' WHERE delivered_at IS NULL;

-- Administrators' wording of each (event, channel); without a row the default in core applies.
CREATE TABLE notification_templates (
  event text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('email', 'sms', 'zalo')),
  subject text,
  body text NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by text NOT NULL,
  PRIMARY KEY (event, channel)
);

-- A citizen's channels, keyed by the 12-digit ID number (their account's key). Without a row: SMS to the
-- dossier's phone, e-mail when one was given, no Zalo.
CREATE TABLE notification_preferences (
  id_number text PRIMARY KEY CHECK (id_number ~ '^[0-9]{12}$'),
  sms boolean NOT NULL,
  email boolean NOT NULL,
  zalo boolean NOT NULL,
  updated_at timestamptz NOT NULL
);

-- Demo mode only: what the local SMTP catcher received and what the SMS and Zalo sinks would have sent.
-- The key (channel, message_key) makes a resent message land once, as a real provider's idempotency key would.
CREATE TABLE notification_sink (
  id bigserial PRIMARY KEY,
  channel text NOT NULL,
  message_key text NOT NULL,
  dossier_code text,
  recipient text NOT NULL,
  subject text,
  body text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  copies integer NOT NULL DEFAULT 1,
  UNIQUE (channel, message_key)
);
CREATE INDEX notification_sink_dossier_idx ON notification_sink (dossier_code);
