/**
 * A fixed one-minute window of attempts per key, in the process's memory (each API node counts on its own;
 * a restart forgets): failed logins per address (login-limits.ts), intakes per credential (intake-limit.ts).
 */
const WINDOW_MS = 60_000;
/** Keys remembered at most; beyond it the oldest windows are forgotten (an IPv6 sprayer has many). */
const MAX_KEYS = 100_000;

export class WindowLimit {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();
  private readonly max: number;
  private readonly now: () => number;

  constructor(max: number, now: () => number = Date.now) {
    this.max = max;
    this.now = now;
  }

  /**
   * Counts an attempt before the work it guards (a password check, an intake), so concurrent attempts cannot
   * all slip under the limit; `succeeded` takes it back. Returns the seconds until the window ends when the
   * key is over its limit.
   */
  take(key: string): { retryAfterSeconds: number } | undefined {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      this.windows.delete(key);
      this.forgetOldest();
      window = { count: 0, endsAt: now + WINDOW_MS };
      this.windows.set(key, window);
    }
    if (window.count >= this.max) return { retryAfterSeconds: Math.ceil((window.endsAt - now) / 1000) };
    window.count += 1;
    return undefined;
  }

  succeeded(key: string): void {
    const window = this.windows.get(key);
    if (window && window.count > 0) window.count -= 1;
  }

  /** Windows are re-inserted when they restart, so the map's first keys are the oldest. */
  private forgetOldest(): void {
    for (const key of this.windows.keys()) {
      if (this.windows.size < MAX_KEYS) break;
      this.windows.delete(key);
    }
  }
}
