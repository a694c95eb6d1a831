-- The retention purge deletes the demo catcher's and sinks' copies by their age (jobs/purge-expired.ts).
CREATE INDEX notification_sink_received_at_idx ON notification_sink (received_at);
