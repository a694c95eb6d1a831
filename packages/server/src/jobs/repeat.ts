/**
 * Runs a job now and then every `everyMs` (0: never) until stopped; a run still going when the next is due
 * is not doubled, the timer does not keep the process alive, and failures are reported, not thrown.
 */
export function repeatJob<T>(
  everyMs: number,
  run: () => Promise<T>,
  report: (outcome: T | Error) => void,
): { stop(): Promise<void> } {
  if (everyMs === 0) return { stop: async () => {} };
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running) return;
    running = run()
      .then(report, (error: unknown) => report(error instanceof Error ? error : new Error(String(error))))
      .finally(() => {
        running = undefined;
      });
  };
  tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
