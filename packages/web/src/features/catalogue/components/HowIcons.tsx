/** Line icons for the "how to submit" cards; decorative (the card heading says it all). */
const common = {
  width: 28,
  height: 28,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.8,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

export function CounterIcon() {
  return (
    <svg {...common} aria-hidden="true" focusable="false">
      <path d="M3 21h18M5 21V10l7-5 7 5v11M9 21v-6h6v6M3 10h18" />
    </svg>
  );
}

export function OnlineIcon() {
  return (
    <svg {...common} aria-hidden="true" focusable="false">
      <rect x="3" y="4" width="18" height="12" rx="1.5" />
      <path d="M8 20h8M12 16v4M8 10l2.5 2.5L16 8" />
    </svg>
  );
}

export function PostalIcon() {
  return (
    <svg {...common} aria-hidden="true" focusable="false">
      <rect x="3" y="5" width="18" height="14" rx="1.5" />
      <path d="M3 7l9 6 9-6" />
    </svg>
  );
}

export function QrIcon() {
  return (
    <svg {...common} aria-hidden="true" focusable="false">
      <rect x="3" y="3" width="7" height="7" />
      <rect x="14" y="3" width="7" height="7" />
      <rect x="3" y="14" width="7" height="7" />
      <path d="M14 14h3v3M21 14v0M14 21h3M20 17v4M17 20h0" />
    </svg>
  );
}
