/**
 * Serving the web build and compressing what the server sends.
 *
 * The build writes file.br and file.gz beside each text file (packages/web/vite.config.ts, brotli 11, gzip 9),
 * sent as they are (@fastify/static preCompressed): the best ratio, no CPU per request. Answers made per
 * request (the API's JSON) are compressed here at a cheap level (brotli 4, gzip 6) when they are large
 * enough to gain. Hashed files under /assets/ never change, so browsers keep them a year without asking;
 * index.html and the SPA shell name the current hashes, so they are revalidated on every visit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { preloadLinks, readRoutePreloads, withPreloads } from './route-preloads.ts';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Below this many bytes the compressed answer and its headers are no smaller than the plain one. */
const MIN_BYTES = 1024;
/** Text types worth compressing; event streams are left alone (a compressor would hold their events back). */
const COMPRESSIBLE =
  /^(?:text\/(?!event-stream)|application\/(?:json|javascript|xml|[\w.+-]+\+(?:json|xml))|image\/svg\+xml)/i;

/** The encoding to answer with: brotli if accepted, else gzip, else none (q=0 refuses one). */
export function chooseEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name.trim(), q ? Number(q.slice(2)) || 0 : 1);
  }
  const allows = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (allows('br')) return 'br';
  if (allows('gzip')) return 'gzip';
  return undefined;
}

function compressReply(request: FastifyRequest, reply: FastifyReply, payload: unknown): unknown {
  if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload; // streams: files, PDFs
  if (reply.hasHeader('content-encoding') || reply.statusCode === 204 || reply.statusCode === 206) {
    return payload;
  }
  const type = String(reply.getHeader('content-type') ?? '');
  if (!COMPRESSIBLE.test(type)) return payload;
  // Measured without copying: most answers go out as they are (small, or to a client that takes no encoding).
  if (Buffer.byteLength(payload) < MIN_BYTES) return payload;
  reply.header('vary', appendVary(reply.getHeader('vary')));
  const encoding = chooseEncoding(request.headers['accept-encoding']);
  if (!encoding) return payload;
  const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
  const compressed =
    encoding === 'br'
      ? brotliCompressSync(body, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
        })
      : gzipSync(body, { level: 6 });
  reply.header('content-encoding', encoding);
  reply.header('content-length', compressed.length);
  return compressed;
}

function appendVary(current: unknown): string {
  const values = String(current ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  return values.some((v) => v.toLowerCase() === 'accept-encoding' || v === '*')
    ? values.join(', ')
    : [...values, 'Accept-Encoding'].join(', ');
}

/** Static file extensions: a missing one is a 404, never the SPA shell (a page never loads HTML as a script). */
const FILE_PATH = /\.(js|mjs|css|map|svg|png|jpe?g|ico|webp|woff2?|ttf|txt|json|webmanifest)$/i;

/**
 * Registers the compression of every answer, the web build (when built) and the not-found handler: the API's
 * JSON 404, or the SPA shell for the web app's own routes (/thu-tuc/1.001193, /dang-nhap...).
 */
export async function webAssets(app: FastifyInstance, webDistDir: string): Promise<void> {
  app.addHook('onSend', async (request, reply, payload) => compressReply(request, reply, payload));

  const hasWeb = fs.existsSync(path.join(webDistDir, 'index.html'));
  if (hasWeb) {
    // reply.sendFile only (serve: false): the routes below are declared here, so that they can leave the
    // rate limit out. One page is a dozen chunks, and an office behind one address would spend its API
    // budget on files sent from disk as they are.
    await app.register(fastifyStatic, {
      root: webDistDir,
      serve: false,
      index: false,
      preCompressed: true,
      // The hashes are in the names: cache-control is set here, not from a max-age and a last-modified date.
      cacheControl: false,
      setHeaders(reply, filePath) {
        const relative = path.relative(webDistDir, filePath).split(path.sep).join('/');
        reply.header('cache-control', relative.startsWith('assets/') ? IMMUTABLE : REVALIDATE);
      },
    });
    const route = { config: { rateLimit: false }, schema: { hide: true } } as const;
    // A missing or outside file is the not-found handler's (@fastify/send keeps paths inside the root).
    app.get<{ Params: { '*': string } }>('/assets/*', route, (request, reply) =>
      reply.sendFile(`assets/${request.params['*']}`),
    );
    // The files at the build's top (favicon.svg, index.html), listed at start: a rebuilt web after a restart.
    for (const entry of fs.readdirSync(webDistDir, { withFileTypes: true })) {
      if (!entry.isFile() || /\.(br|gz)$/.test(entry.name)) continue;
      app.get(`/${entry.name}`, route, (_request, reply) => reply.sendFile(entry.name));
    }
  }

  app.setNotFoundHandler(async (request, reply) => {
    const url = request.url.split('?')[0] ?? '/';
    const isRead = request.method === 'GET' || request.method === 'HEAD';
    if (url.startsWith('/api/') || url === '/api' || !isRead || !hasWeb || FILE_PATH.test(url)) {
      return reply.status(404).send({
        error: {
          code: 'NOT_FOUND',
          message: 'Không tìm thấy địa chỉ này.',
          messageEn: 'No such address.',
          fields: [{ path: 'url', message: 'Không tồn tại.', messageEn: 'Does not exist.' }],
        },
      });
    }
    reply.type('text/html').header('cache-control', REVALIDATE);
    // Read at each visit, as sendFile does: a build replaced under a running server names its own chunks.
    const preloads = await readRoutePreloads(webDistDir);
    const links = preloads ? preloadLinks(preloads, request.url) : '';
    if (!links) return reply.sendFile('index.html');
    const html = await fs.promises.readFile(path.join(webDistDir, 'index.html'), 'utf8');
    return reply.type('text/html; charset=utf-8').send(withPreloads(html, links));
  });
}
