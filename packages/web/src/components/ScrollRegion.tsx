import type { ReactNode } from 'react';

/**
 * Wide tables scroll sideways on small screens; the scrolling box is a named region that keyboard users
 * can focus and scroll (WCAG 2.1.1).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
