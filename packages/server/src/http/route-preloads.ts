/**
 * The links a citizen page's HTML carries so that the browser fetches the page's chunk and its data while the
 * main script downloads (a phone on a slow network saves a round trip or two before the page shows). The
 * web build lists them per route in .vite/route-preloads.json (packages/web/src/route-preloads.ts); a build
 * without the file, or a route it does not name, gets index.html as it is.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface RoutePreloads {
  routes: Array<{ path: string; modules: string[]; data: string[] }>;
}

export async function readRoutePreloads(webDistDir: string): Promise<RoutePreloads | undefined> {
  try {
    const file = path.join(webDistDir, '.vite/route-preloads.json');
    const parsed = JSON.parse(await fs.promises.readFile(file, 'utf8'));
    return Array.isArray(parsed?.routes) ? (parsed as RoutePreloads) : undefined;
  } catch {
    return undefined;
  }
}

/** The route's `:name` segments of a path, or undefined when the path is not that route. */
function matchRoute(pattern: string, pathname: string): Record<string, string> | undefined {
  const want = pattern.split('/').filter(Boolean);
  const got = pathname.split('/').filter(Boolean);
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, segment] of want.entries()) {
    const value = got[i] ?? '';
    if (segment.startsWith(':')) {
      try {
        params[segment.slice(1)] = decodeURIComponent(value);
      } catch {
        return undefined; // malformed percent-encoding: the page will show its own not-found
      }
    } else if (segment !== value) return undefined;
  }
  return params;
}

/**
 * An address of the route's data with the page's values in it, encoded as the page's fetch encodes them
 * (encodeURIComponent), so the browser's preload and the page's request are one and the same.
 */
function fillData(template: string, params: Record<string, string>, search: URLSearchParams): string {
  const [pathPart = '', queryName] = template.split('?');
  const filled = pathPart.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  const value = queryName ? search.get(queryName) : null;
  return value ? `${filled}?${queryName}=${encodeURIComponent(value)}` : filled;
}

/** The <link> tags for a page's address (path and query), or '' when its route asks for none. */
export function preloadLinks(preloads: RoutePreloads, url: string): string {
  const [pathname = '/', query = ''] = url.split('?');
  for (const route of preloads.routes) {
    const params = matchRoute(route.path, pathname);
    if (!params) continue;
    const search = new URLSearchParams(query);
    // Every value is encodeURIComponent'd or comes from the build: no quote or angle bracket can get in.
    return [
      ...route.modules.map((href) => `<link rel="modulepreload" crossorigin href="${href}">`),
      ...route.data.map(
        (href) => `<link rel="preload" as="fetch" crossorigin href="${fillData(href, params, search)}">`,
      ),
    ].join('\n    ');
  }
  return '';
}

/** index.html with the links at the end of its head. */
export function withPreloads(html: string, links: string): string {
  return links ? html.replace('</head>', `  ${links}\n  </head>`) : html;
}
