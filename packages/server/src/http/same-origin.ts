/**
 * Cross-site request forgery: a state-changing request (anything but GET, HEAD, OPTIONS) that a browser
 * says comes from another site is refused with 403 before its body is read. The session cookie is already
 * SameSite=Lax; this also covers a sibling subdomain (same site, other origin) and older browsers.
 * - `Origin` present: it must be the API's own origin — the host the request was sent to (scheme aside, as a
 *   TLS proxy may not say it forwarded https) or MOTCUA_PUBLIC_URL's origin. `Origin: null` (a sandboxed
 *   frame, a redirect across sites) is refused.
 * - No `Origin`: a browser's `Sec-Fetch-Site` other than same-origin/none is refused; without either header
 *   the caller is not a browser (curl, the national portal, scripts), which cannot ride on an officer's
 *   cookies, and is let through.
 */
import { DomainError, fieldError } from '@motcua/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const crossSite = (header: string) =>
  new DomainError(
    'FORBIDDEN',
    'Yêu cầu từ trang web khác bị từ chối.',
    'A request from another site is refused.',
    { fields: [fieldError(header, 'Không phải địa chỉ của hệ thống.', 'Not this service’s own origin.')] },
  );

const hostOf = (origin: string): string | undefined => {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
};

export function isSameOrigin(request: FastifyRequest, publicBaseUrl: string | undefined): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) {
    const site = request.headers['sec-fetch-site'];
    return site === undefined || site === 'same-origin' || site === 'none';
  }
  if (origin === 'null') return false;
  if (publicBaseUrl !== undefined && new URL(publicBaseUrl).origin === origin) return true;
  const host = hostOf(origin);
  return host !== undefined && host === hostOf(`${request.protocol}://${request.host}`);
}

export function sameOriginGuard(app: FastifyInstance, publicBaseUrl: string | undefined): void {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    if (!isSameOrigin(request, publicBaseUrl)) {
      throw crossSite(request.headers.origin === undefined ? 'headers.sec-fetch-site' : 'headers.origin');
    }
  });
}
