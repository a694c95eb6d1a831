/**
 * How much of a request body is read, and when (issue 9, item 8). Every route reads at most JSON_BODY_LIMIT
 * unless it says otherwise: the uploads (MAX_FILE_BYTES) and the catalogue imports (CATALOGUE_BODY_LIMIT)
 * only, and those check who calls before a byte of the body is read (`beforeBody`, an onRequest hook), so an
 * anonymous 12 MB body is refused at its headers instead of being buffered and parsed first.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The largest JSON body of any route: a year's calendar of 120 days with their sources is well under it. */
export const JSON_BODY_LIMIT = 256 * 1024;

/** A catalogue workbook or its three CSV texts, for a province's 2,000–2,700 procedures. */
export const CATALOGUE_BODY_LIMIT = 25 * 1024 * 1024;

const hasBody = (request: FastifyRequest): boolean =>
  request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;

/**
 * An onRequest hook running `check` (authentication, a role, a limit) before the body is read. A refused
 * request's body is never read: the answer says `Connection: close`, so the server does not wait for or
 * drain the rest of it, as Fastify itself does for a body over the limit.
 */
export const beforeBody =
  (check: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>) =>
  async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    try {
      await check(request, reply);
    } catch (error) {
      if (hasBody(request)) reply.header('connection', 'close');
      throw error;
    }
  };
