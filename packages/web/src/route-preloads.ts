/**
 * What a citizen page needs before it can show anything, for the server to name in the page's HTML
 * (<link rel="modulepreload"> and <link rel="preload" as="fetch">): the browser then fetches the page's chunk
 * and its data while the main script downloads, instead of one after the other once React has run.
 *
 * The build (vite.config.ts) turns each `module` into its chunk files and writes dist/.vite/route-preloads.json;
 * the server reads that file (packages/server/src/http/route-preloads.ts), never this one. `:name` in `data` is
 * the page's path segment of that name, sent encoded as the page's own request sends it (encodeURIComponent);
 * `?name` appends that query parameter of the page's address when it has one. The URLs must be the ones the
 * page's queries ask for, byte for byte, or the browser fetches twice.
 */
export interface RoutePreload {
  /** A route of router.tsx: fixed segments and `:name` segments. */
  path: string;
  /** The page's module, as imported by router.tsx (from packages/web). */
  module?: string;
  /** API addresses the page reads at once. */
  data?: string[];
}

/** Every page's layout reads the site's name and hotline (layout/Layout.tsx). */
export const EVERY_PAGE_DATA = ['/api/site'];

export const routePreloads: RoutePreload[] = [
  // features/catalogue/api.ts: useProcedureFields, useProcedure
  { path: '/', data: ['/api/procedure-fields'] },
  {
    path: '/thu-tuc',
    module: 'src/features/catalogue/pages/ResultsPage.tsx',
    data: ['/api/procedure-fields'],
  },
  {
    path: '/thu-tuc/:code',
    module: 'src/features/catalogue/pages/ProcedurePage.tsx',
    data: ['/api/procedures/:code'],
  },
  // features/tracking/api.ts: usePublicDossier (the code and check code as printed on the receipt's QR)
  { path: '/tra-cuu', module: 'src/features/tracking/pages/TrackingPage.tsx' },
  {
    path: '/tra-cuu/:code',
    module: 'src/features/tracking/pages/TrackingPage.tsx',
    data: ['/api/public/dossiers/:code?check'],
  },
  { path: '/lich-lam-viec', module: 'src/features/calendar/pages/CalendarPage.tsx' },
  // features/ratings: the form needs nothing from the server until it is sent
  { path: '/danh-gia/:code', module: 'src/features/ratings/pages/RatePage.tsx' },
];
