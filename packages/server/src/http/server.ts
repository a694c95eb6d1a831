/**
 * The Fastify application: security plumbing, sessions, OpenAPI, the feature routes and the web build.
 * Built from an explicit context (no globals) so tests create one per database.
 */
import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import session from '@fastify/session';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyRequest,
  LogController,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import helmet from 'helmet';
import type pg from 'pg';
import type { DatabaseKind, Db } from '../adapters/db/database.ts';
import type { Env } from '../env.ts';
import { authRoutes } from '../modules/auth/auth.routes.ts';
import { calendarRoutes } from '../modules/calendar/calendar.routes.ts';
import type { CalendarService } from '../modules/calendar/calendar.service.ts';
import { counterRoutes } from '../modules/calendar/counters.routes.ts';
import { catalogueRoutes, XLSX_TYPE } from '../modules/catalogue/catalogue.routes.ts';
import { citizenAuthRoutes } from '../modules/citizen/citizen-auth.routes.ts';
import { mountDevIdp } from '../modules/citizen/dev-idp.routes.ts';
import { citizenDossierRoutes } from '../modules/citizen-dossiers/citizen-dossiers.routes.ts';
import { complaintRoutes } from '../modules/complaints/complaints.routes.ts';
import { actionRoutes } from '../modules/dossiers/actions/actions.routes.ts';
import { auditRoutes } from '../modules/dossiers/audit/audit.routes.ts';
import { fileRoutes } from '../modules/dossiers/files/files.routes.ts';
import { heldIntakeRoutes } from '../modules/dossiers/intake/held/held-intakes.routes.ts';
import { intakeRoutes } from '../modules/dossiers/intake/intake.routes.ts';
import { publicLookupRoutes } from '../modules/dossiers/queues/public-lookup.routes.ts';
import { queueRoutes } from '../modules/dossiers/queues/queues.routes.ts';
import { slipRoutes } from '../modules/dossiers/slips/slips.routes.ts';
import { feedbackRoutes, publicFeedbackRoutes } from '../modules/feedback/feedback.routes.ts';
import { open311Routes } from '../modules/feedback/open311.routes.ts';
import { open311KeyRoutes } from '../modules/feedback/open311-keys.routes.ts';
import { healthRoutes } from '../modules/health/health.routes.ts';
import { integrityRoutes } from '../modules/integrity/integrity.routes.ts';
import { noticeRoutes } from '../modules/notices/notices.routes.ts';
import { notificationRoutes } from '../modules/notifications/notifications.routes.ts';
import { preferenceRoutes } from '../modules/notifications/preferences.routes.ts';
import { publicRatingRoutes, ratingRoutes } from '../modules/ratings/ratings.routes.ts';
import { publicReceptionRoutes } from '../modules/reception/public-reception.routes.ts';
import { receptionRoutes } from '../modules/reception/reception.routes.ts';
import { referenceRoutes } from '../modules/reference/reference.routes.ts';
import { ReferenceCache } from '../modules/reference/reference-cache.ts';
import { isUnloggedPath, publicReportRoutes } from '../modules/reports/public-reports.routes.ts';
import { reportRoutes } from '../modules/reports/reports.routes.ts';
import { workflowRoutes } from '../modules/workflows/workflows.routes.ts';
import { VERSION } from '../version.ts';
import { JSON_BODY_LIMIT } from './body-limits.ts';
import { handleClientError, handleError, handleFrameworkError } from './error-mapper.ts';
import { inputGuard } from './input-guard.ts';
import { sameOriginGuard } from './same-origin.ts';
import { DbSessionStore } from './session-store.ts';
import { webAssets } from './web-assets.ts';

export interface AppContext {
  env: Env;
  db: Db;
  pool: pg.Pool;
  databaseKind: DatabaseKind;
  calendar: CalendarService;
  reference: ReferenceCache;
  /** The business time of what happens now; injectable so tests can move a dossier past its due date. */
  clock: () => Date;
  /** The server's own time, recorded beside the business time in each log entry (never moved by tests). */
  serverClock: () => Date;
  /** Absolute public URL of a web path (QR codes): MOTCUA_PUBLIC_URL, else the request's own origin. */
  publicUrl(request: FastifyRequest, pathname: string): string;
}

export type AppInstance = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
> & { ctx: AppContext };

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
}

export interface BuildOptions {
  env: Env;
  db: Db;
  /** The pool under `db`, for the few statements worth preparing by name (the public lookup). */
  pool: pg.Pool;
  databaseKind: DatabaseKind;
  calendar: CalendarService;
  logger?: boolean;
  /** Where the log's lines go (default stdout): tests read what the server logs. */
  logStream?: { write(line: string): void };
  clock?: () => Date;
  serverClock?: () => Date;
}

/**
 * A hop count as a trust function: the socket's peer and the next hops-1 addresses of X-Forwarded-For are
 * the proxies, the one before them is the client. (Fastify 5 answers a bare number by trusting nobody.)
 */
const trustProxyOption = (trusted: Env['trustedProxies']) =>
  typeof trusted === 'number' ? (_address: string, hop: number) => hop < trusted : trusted;

export async function buildServer(options: BuildOptions): Promise<AppInstance> {
  const { env } = options;
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: env.logLevel,
            redact: [
              'req.headers.cookie',
              'req.headers.authorization',
              '*.password',
              '*.idNumber',
              '*.phone',
              '*.email',
            ],
            ...(options.logStream ? { stream: options.logStream } : {}),
          },
    genReqId: () => randomUUID(),
    // The anonymous report form's requests are not logged: their lines' instants beside the same visitor's
    // other lines would name the sender (modules/reports/public-reports.routes.ts). Their errors still are,
    // without the client.
    logController: new LogController({ disableRequestLogging: (request) => isUnloggedPath(request.url) }),
    // X-Forwarded-For is believed only from the proxies named in MOTCUA_TRUSTED_PROXIES (default: none),
    // or any client could choose the address every per-address limit counts.
    trustProxy: trustProxyOption(env.trustedProxies),
    // Small for every route; the uploads and catalogue imports raise it for themselves, checking who calls
    // before reading (body-limits.ts).
    bodyLimit: JSON_BODY_LIMIT,
    ajv: {
      // discriminator: an action's body is checked against its own branch only (ActionBodySchema).
      customOptions: {
        coerceTypes: 'array',
        useDefaults: true,
        removeAdditional: false,
        allErrors: true,
        discriminator: true,
      },
    },
    frameworkErrors: handleFrameworkError,
    clientErrorHandler: handleClientError,
  }).withTypeProvider<TypeBoxTypeProvider>() as unknown as AppInstance;

  app.decorate('ctx', {
    env,
    db: options.db,
    pool: options.pool,
    databaseKind: options.databaseKind,
    calendar: options.calendar,
    reference: new ReferenceCache(options.db),
    clock: options.clock ?? (() => new Date()),
    serverClock: options.serverClock ?? (() => new Date()),
    publicUrl(request: FastifyRequest, pathname: string) {
      const origin = env.publicBaseUrl ?? `${request.protocol}://${request.host}`;
      return new URL(pathname, origin).toString();
    },
  } satisfies AppContext);

  app.setErrorHandler(handleError);
  sameOriginGuard(app, env.publicBaseUrl);
  inputGuard(app);
  // The API's answers carry personal data (dossiers, slips as PDF, applicants' names): no browser or shared
  // cache keeps them unless a route says otherwise (the catalogue's QR code).
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'no-store');
    }
  });

  // Security headers from helmet, built once: @fastify/helmet 13 builds the middleware (and parses the CSP)
  // again on every request, a measurable share of the CPU under load.
  const policy = (styleSrc: string[]) =>
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          styleSrc,
          scriptSrc: ["'self'"],
          upgradeInsecureRequests: env.isProduction ? [] : null,
        },
      },
    });
  // No 'unsafe-inline' styles: the app sets styles through the DOM (React's style prop), never in markup.
  // Only the API's reference page (Swagger UI, no personal data) needs them: its bundle injects a <style>.
  const securityHeaders = policy(["'self'"]);
  const apiDocsHeaders = policy(["'self'", "'unsafe-inline'"]);
  app.addHook('onRequest', (request, reply, done) =>
    (request.url.startsWith('/api/docs') ? apiDocsHeaders : securityHeaders)(
      request.raw,
      reply.raw,
      (error?: unknown) => done(error instanceof Error ? error : undefined),
    ),
  );
  await app.register(rateLimit, {
    global: true,
    max: env.rateLimitPerMinute,
    timeWindow: '1 minute',
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      message: `Rate limit exceeded, retry in ${context.after}`,
    }),
  });
  await app.register(cookie);
  app.addContentTypeParser(XLSX_TYPE, { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'MotCua API',
        description:
          'Thủ tục hành chính một cửa — one-stop administrative procedures. Errors: {"error": {code, message, messageEn, fields}}.',
        version: VERSION,
      },
      tags: [
        { name: 'health' },
        { name: 'catalogue', description: 'Danh mục thủ tục hành chính' },
        { name: 'calendar', description: 'Lịch làm việc, ngày nghỉ lễ, Tết' },
        { name: 'auth', description: 'Đăng nhập cán bộ' },
        {
          name: 'citizen',
          description:
            'Công dân: đăng nhập bằng định danh điện tử (VNeID), nộp hồ sơ trực tuyến, hồ sơ của tôi',
        },
        { name: 'dossiers', description: 'Hồ sơ: tiếp nhận, xử lý, trả kết quả' },
        { name: 'public', description: 'Tra cứu công khai' },
        { name: 'notices', description: 'Thông báo cho cán bộ: cảnh báo sắp đến hạn, đến hạn' },
        { name: 'feedback', description: 'Phản ánh, kiến nghị (PAKN): hộp thư, xử lý, trả lời' },
        { name: 'reports', description: 'Phản ánh tiêu cực, nhũng nhiễu (ẩn danh): Thanh tra tỉnh xử lý' },
        { name: 'reception', description: 'Tiếp công dân, đối thoại, đường dây nóng' },
        { name: 'admin' },
      ],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  // Routes that never read a staff session stay outside the session's scope (health, the public lookup, the
  // web's files): @fastify/session mints, signs and hashes a session for every request that comes without
  // its cookie, about a sixth of the public lookup's cost (bench/README.md, public lookup).
  healthRoutes(app);
  publicLookupRoutes(app);
  publicRatingRoutes(app);
  // Anonymous reports: no session, no cookie, nothing of the client in the logs or the limiter's state.
  publicReportRoutes(app);
  // Feedback and petitions (PAKN): the public form and the sender's follow-up need no staff session.
  publicFeedbackRoutes(app);
  // Open311 GeoReport v2 (integrators), answering in the spec's own shapes.
  await open311Routes(app);
  // Citizen reception, dialogues and contacts: public reads and two rate-limited forms, no session.
  publicReceptionRoutes(app);
  // The development IdP under /dev-idp (outside production, when no citizen issuer is configured).
  mountDevIdp(app);
  await app.register(async (scope: AppInstance) => {
    await scope.register(session, {
      secret: env.sessionSecret,
      cookieName: 'motcua.sid',
      saveUninitialized: false,
      // Not rolling: a rolling session is written back on every request (one more database write per call);
      // a staff session lasts one working day from login instead.
      rolling: false,
      store: new DbSessionStore(options.db),
      cookie: {
        httpOnly: true,
        sameSite: 'lax',
        secure: env.isProduction,
        path: '/',
        maxAge: 8 * 60 * 60 * 1000,
      },
    });
    catalogueRoutes(scope);
    referenceRoutes(scope);
    calendarRoutes(scope);
    counterRoutes(scope);
    authRoutes(scope);
    citizenAuthRoutes(scope);
    intakeRoutes(scope);
    heldIntakeRoutes(scope);
    queueRoutes(scope);
    actionRoutes(scope);
    slipRoutes(scope);
    fileRoutes(scope);
    citizenDossierRoutes(scope);
    auditRoutes(scope);
    workflowRoutes(scope);
    noticeRoutes(scope);
    notificationRoutes(scope);
    preferenceRoutes(scope);
    reportRoutes(scope);
    complaintRoutes(scope);
    ratingRoutes(scope);
    integrityRoutes(scope);
    feedbackRoutes(scope);
    open311KeyRoutes(scope);
    receptionRoutes(scope);
  });

  // The web build (compressed, cached by hash), compression of every answer and the not-found handler.
  await webAssets(app, env.webDistDir);

  return app;
}
