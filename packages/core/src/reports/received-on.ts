/**
 * When a report came in is kept as its date only, in Vietnamese time — never the instant. A proxy or a
 * network operator keeps access logs with addresses and instants; an instant stored beside the report would
 * let anyone holding both find the sender's address by its time. A day holds too many requests for that.
 * (docs/domain/anonymous-reports.md, "What is kept".)
 */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000; // UTC+7, no daylight saving

/** The date (YYYY-MM-DD) of an instant in Vietnamese time, whatever the machine's time zone. */
export const vietnamDateOf = (instant: Date): string =>
  new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
