import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION, isDueForPurge, purgeCutoffs } from './purge-rule.ts';

const DAY = 86_400_000;
const now = new Date('2026-12-02T03:00:00Z');

describe('what is due for purging at a time', () => {
  it('sessions once expired, keys after 7 days, delivered outbox rows after 30 days', () => {
    const c = purgeCutoffs(now);
    expect(isDueForPurge.session({ expiresAt: new Date(now.getTime() - 1) }, c)).toBe(true);
    expect(isDueForPurge.session({ expiresAt: now }, c)).toBe(false);
    expect(isDueForPurge.idempotencyKey({ createdAt: new Date(now.getTime() - 7 * DAY - 1) }, c)).toBe(true);
    expect(isDueForPurge.idempotencyKey({ createdAt: new Date(now.getTime() - 7 * DAY) }, c)).toBe(false);
    expect(isDueForPurge.outbox({ deliveredAt: new Date(now.getTime() - 31 * DAY) }, c)).toBe(true);
    expect(isDueForPurge.outbox({ deliveredAt: new Date(now.getTime() - 29 * DAY) }, c)).toBe(false);
    expect(isDueForPurge.outbox({ deliveredAt: null }, c)).toBe(false);
  });

  const instant = fc.integer({ min: 0, max: 4_102_444_800_000 }).map((ms) => new Date(ms));
  const periods = fc.record({
    sessionGraceMs: fc.integer({ min: 0, max: 365 * DAY }),
    idempotencyKeyMs: fc.integer({ min: 0, max: 365 * DAY }),
    deliveredOutboxMs: fc.integer({ min: 0, max: 365 * DAY }),
  });

  it('never purges what is younger than its period, nor an undelivered outbox row', () => {
    fc.assert(
      fc.property(instant, instant, periods, (t, at, p) => {
        const c = purgeCutoffs(t, p);
        const age = t.getTime() - at.getTime();
        expect(isDueForPurge.session({ expiresAt: at }, c)).toBe(age > p.sessionGraceMs);
        expect(isDueForPurge.idempotencyKey({ createdAt: at }, c)).toBe(age > p.idempotencyKeyMs);
        expect(isDueForPurge.outbox({ deliveredAt: at }, c)).toBe(age > p.deliveredOutboxMs);
        expect(isDueForPurge.outbox({ deliveredAt: null }, c)).toBe(false);
        expect(isDueForPurge.demoSinkCopy({ receivedAt: at }, c)).toBe(age > p.deliveredOutboxMs);
      }),
    );
  });

  it('once due, stays due later (purging is monotone in time)', () => {
    fc.assert(
      fc.property(instant, instant, fc.integer({ min: 0, max: 100 * DAY }), (t, at, later) => {
        const before = purgeCutoffs(t, DEFAULT_RETENTION);
        const after = purgeCutoffs(new Date(t.getTime() + later), DEFAULT_RETENTION);
        if (isDueForPurge.session({ expiresAt: at }, before))
          expect(isDueForPurge.session({ expiresAt: at }, after)).toBe(true);
        if (isDueForPurge.idempotencyKey({ createdAt: at }, before))
          expect(isDueForPurge.idempotencyKey({ createdAt: at }, after)).toBe(true);
      }),
    );
  });
});
