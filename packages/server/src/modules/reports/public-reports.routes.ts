/**
 * The anonymous report form's two public routes (issue 12, item 3). Registered outside the staff session's
 * scope (http/server.ts), so no session cookie is read or minted for them. What identifies the client is
 * kept nowhere:
 * - the database stores the report and its date only (reports.repo.ts);
 * - the log lines of these routes carry the method, the route's pattern (not the URL: it holds the receipt)
 *   and the status — not the address, port, host or any header (logSerializers below);
 * - the per-address limit counts by an HMAC of the address with a key kept in memory and replaced every day
 *   (address-key.ts), so the limiter's state holds no address.
 */
import {
  PublicReportSchema,
  ReceiptBodySchema,
  ReceiptParams,
  ReportBodySchema,
  ReportReceiptSchema,
  withErrors,
} from '@motcua/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppInstance } from '../../http/server.ts';
import { RotatingAddressKey } from './address-key.ts';
import { findPublicReport, submitReport } from './reports.repo.ts';

/**
 * Paths whose requests are not logged at all (Fastify's disableRequestLogging, http/server.ts): these routes
 * and the public page of the form. Each log line has its instant; a report's line next to the lines of the
 * same visitor's other requests (which carry the address) would give the sender away by time.
 */
export const UNLOGGED_PATH_PREFIXES = [
  '/api/public/reports',
  '/phan-anh-tieu-cuc',
  // The web build's chunks that only the report pages load (packages/web: Vite names a chunk after its
  // module): who opened the form leaves no line either. A rename there must be followed here.
  '/assets/AnonymousReportPage-',
  '/assets/FollowReportPage-',
  '/assets/reports-',
  '/assets/kinds-',
] as const;
export const isUnloggedPath = (url: string): boolean => UNLOGGED_PATH_PREFIXES.some((p) => url.startsWith(p));

/** The only fields of a request and a reply these routes' log lines (their errors) may carry. */
export const anonymousLogSerializers = {
  req: (request: FastifyRequest) => ({ method: request.method, url: request.routeOptions.url }),
  res: (reply: FastifyReply) => ({ statusCode: reply.statusCode }),
};

export function publicReportRoutes(app: AppInstance): void {
  const { db, reference, env } = app.ctx;
  const addressKey = new RotatingAddressKey(() => app.ctx.serverClock());
  const limit = (max: number) => ({
    rateLimit: {
      max,
      timeWindow: '1 minute',
      keyGenerator: (request: FastifyRequest) => addressKey.digest(request.ip),
    },
  });

  app.post(
    '/api/public/reports',
    {
      config: limit(env.reportsPerAddressPerMinute),
      logSerializers: anonymousLogSerializers,
      schema: {
        tags: ['public'],
        summary:
          'Anonymous report of bribery or unlawful demands (phản ánh tiêu cực, nhũng nhiễu): nothing identifying ' +
          'the sender is stored; answers the receipt code to follow it by, once',
        body: ReportBodySchema,
        response: withErrors({ 201: ReportReceiptSchema }),
      },
    },
    async (request, reply) => {
      const answer = await submitReport(db, reference, request.body, app.ctx.clock());
      return reply.status(201).send(answer);
    },
  );

  app.get(
    '/api/public/reports/:receipt',
    {
      config: limit(env.reportLookupsPerAddressPerMinute),
      logSerializers: anonymousLogSerializers,
      schema: {
        tags: ['public'],
        summary: 'The status of an anonymous report and its published answer, by its receipt code',
        params: ReceiptParams,
        response: withErrors({ 200: PublicReportSchema }),
      },
    },
    async (request) => findPublicReport(db, reference, request.params.receipt),
  );

  // The same lookup with the receipt in the body, which the web page uses: a URL is written in every proxy's
  // access log beside the client's address, a body is not.
  app.post(
    '/api/public/reports/lookup',
    {
      config: limit(env.reportLookupsPerAddressPerMinute),
      logSerializers: anonymousLogSerializers,
      schema: {
        tags: ['public'],
        summary:
          'The status of an anonymous report and its published answer, by its receipt code sent in the body ' +
          '(kept out of URLs, so out of proxies’ access logs)',
        body: ReceiptBodySchema,
        response: withErrors({ 200: PublicReportSchema }),
      },
    },
    async (request) => findPublicReport(db, reference, request.body.receipt),
  );
}
