/**
 * Citizen login by OpenID Connect (authorisation code + PKCE S256, state and nonce) with openid-client,
 * against VNeID through the national portal's SSO or, outside production, the development IdP (dev-idp.routes.ts).
 * The callback creates or updates the citizen account keyed by the ID number and opens a citizen session
 * that remembers the provider and assurance level, for the later online dossier's first log entry.
 */
import { DomainError, fieldError, validationError } from '@motcua/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import * as oidc from 'openid-client';
import { Type } from 'typebox';
import { endCitizenSession, requireCitizen, startCitizenSession } from '../../http/citizen-session.ts';
import type { AppInstance } from '../../http/server.ts';
import { identityFromClaims } from './citizen-claims.ts';
import { errorPage } from './dev-idp-page.ts';
import {
  openTransaction,
  safeNext,
  sealTransaction,
  TRANSACTION_COOKIE,
  TRANSACTION_MAX_AGE_S,
  TRANSACTION_PATH,
} from './oidc-transaction.ts';

const CALLBACK = '/api/auth/citizen/callback';
const SCOPE = 'openid profile phone';
/** VNeID account levels (Decree 69/2024), highest first; the id_token's acr is the one the login reached. */
const ACR_VALUES = 'LoA2 LoA1';

const MeSchema = Type.Object({
  idNumber: Type.String(),
  fullName: Type.String(),
  birthDate: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Optional(Type.String()),
  assurance: Type.String(),
  identityProvider: Type.String(),
  nationalEid: Type.Boolean(),
});

const loginFailed = (field: string, message: string, messageEn: string) =>
  validationError([fieldError(field, message, messageEn)]);

const idpUnavailable = () =>
  new DomainError(
    'VALIDATION_FAILED',
    'Không kết nối được với hệ thống định danh điện tử. Vui lòng thử lại sau.',
    'The e-ID provider cannot be reached. Please try again later.',
  );

export function citizenAuthRoutes(app: AppInstance): void {
  const { env, db } = app.ctx;
  const { issuer, clientId, clientSecret, devIdp } = env.citizenOidc;
  let discovered: Promise<oidc.Configuration> | undefined;
  // Discovered on first use (the development IdP is this very server, listening only after boot); a failed
  // discovery is forgotten so the next login tries again.
  const configuration = () => {
    discovered ??= oidc
      .discovery(
        new URL(issuer),
        clientId,
        undefined,
        oidc.ClientSecretBasic(clientSecret),
        devIdp ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  };
  const origin = (request: FastifyRequest) => env.publicBaseUrl ?? `${request.protocol}://${request.host}`;

  // The callback is a browser's navigation: a failed login is shown as a page (still 400), other callers
  // get the API's JSON error.
  const failPage = (request: FastifyRequest, reply: FastifyReply, error: DomainError) => {
    if (!(request.headers.accept ?? '').includes('text/html')) throw error;
    const reason = error.fields?.[0] ?? error;
    return reply
      .status(400)
      .type('text/html; charset=utf-8')
      .send(errorPage(`${reason.message} / ${reason.messageEn}`));
  };

  // Per address, before anything else: the login and the callback each cost the IdP a request.
  const perAddress = {
    rateLimit: { max: app.ctx.env.citizenLoginPerAddressPerMinute, timeWindow: '1 minute' },
  };

  app.get(
    '/api/auth/citizen/login',
    {
      config: perAddress,
      schema: {
        tags: ['citizen'],
        summary: 'Citizen login: redirect to the national e-ID (VNeID) provider',
        querystring: Type.Object({ next: Type.Optional(Type.String({ maxLength: 300 })) }),
        response: { 302: Type.Null() },
      },
    },
    async (request, reply) => {
      const config = await configuration().catch(() => {
        throw idpUnavailable();
      });
      const codeVerifier = oidc.randomPKCECodeVerifier();
      const transaction = {
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        codeVerifier,
        next: safeNext(request.query.next),
        startedAt: Date.now(),
      };
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: `${origin(request)}${CALLBACK}`,
        scope: SCOPE,
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state: transaction.state,
        nonce: transaction.nonce,
        // As the national portal's relying parties ask (DOMAIN §10): the IdP then says the account's level.
        acr_values: ACR_VALUES,
      });
      reply.setCookie(TRANSACTION_COOKIE, sealTransaction(env.sessionSecret, transaction), {
        httpOnly: true,
        sameSite: 'lax',
        secure: env.isProduction,
        path: TRANSACTION_PATH,
        maxAge: TRANSACTION_MAX_AGE_S,
      });
      return reply.redirect(url.href, 302);
    },
  );

  app.get(
    CALLBACK,
    {
      config: perAddress,
      schema: {
        tags: ['citizen'],
        summary: 'Citizen login: the e-ID provider returns here with a code',
        querystring: Type.Object(
          {
            code: Type.Optional(Type.String({ maxLength: 2000 })),
            state: Type.Optional(Type.String({ maxLength: 500 })),
            error: Type.Optional(Type.String({ maxLength: 200 })),
            error_description: Type.Optional(Type.String({ maxLength: 1000 })),
            iss: Type.Optional(Type.String({ maxLength: 500 })),
          },
          { additionalProperties: true },
        ),
        response: { 302: Type.Null() },
      },
    },
    async (request, reply) => {
      const transaction = openTransaction(env.sessionSecret, request.cookies[TRANSACTION_COOKIE], Date.now());
      reply.clearCookie(TRANSACTION_COOKIE, { path: TRANSACTION_PATH });
      if (!transaction) {
        return failPage(
          request,
          reply,
          loginFailed(
            'cookies.motcua.citizen.login',
            'Phiên đăng nhập đã hết hạn hoặc không hợp lệ. Vui lòng đăng nhập lại.',
            'The sign-in expired or is not valid. Please sign in again.',
          ),
        );
      }
      const { code, state, error } = request.query;
      if (error || !code || !state || state !== transaction.state) {
        const field = error ? 'query.error' : !code ? 'query.code' : 'query.state';
        return failPage(
          request,
          reply,
          loginFailed(
            field,
            error ? 'Hệ thống định danh đã từ chối đăng nhập.' : 'Thiếu hoặc sai tham số đăng nhập.',
            error ? 'The e-ID provider refused the sign-in.' : 'A sign-in parameter is missing or wrong.',
          ),
        );
      }
      let claims: Record<string, unknown>;
      try {
        const config = await configuration();
        const current = new URL(request.url, origin(request));
        const tokens = await oidc.authorizationCodeGrant(config, current, {
          pkceCodeVerifier: transaction.codeVerifier,
          expectedState: transaction.state,
          expectedNonce: transaction.nonce,
          idTokenExpected: true,
        });
        claims = { ...(tokens.claims() ?? {}) };
      } catch (cause) {
        request.log.warn({ err: cause }, 'citizen login: code exchange refused');
        return failPage(
          request,
          reply,
          loginFailed(
            'query.code',
            'Không xác thực được với hệ thống định danh điện tử. Vui lòng đăng nhập lại.',
            'The e-ID provider did not confirm the sign-in. Please sign in again.',
          ),
        );
      }
      const identity = identityFromClaims(claims);
      if ('field' in identity) {
        return failPage(request, reply, loginFailed(identity.field, identity.message, identity.messageEn));
      }
      const now = app.ctx.serverClock();
      const account = {
        fullName: identity.fullName,
        birthDate: identity.birthDate,
        phone: identity.phone,
        identityProvider: issuer,
        subject: identity.subject,
        assurance: identity.assurance,
        nationalEid: identity.nationalEid,
        lastLoginAt: now,
      };
      await db
        .insertInto('citizenAccounts')
        .values({ idNumber: identity.idNumber, firstLoginAt: now, ...account })
        .onConflict((oc) => oc.column('idNumber').doUpdateSet(account))
        .execute();
      await startCitizenSession(
        db,
        reply,
        { ...identity, identityProvider: issuer },
        { now, secure: env.isProduction },
      );
      request.log.info({ assurance: identity.assurance }, 'citizen login');
      return reply.redirect(transaction.next, 302);
    },
  );

  app.post(
    '/api/auth/citizen/logout',
    { schema: { tags: ['citizen'], summary: 'Citizen logout' } },
    async (request, reply) => {
      await endCitizenSession(db, request, reply);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/citizen/me',
    {
      schema: {
        tags: ['citizen'],
        summary: 'The signed-in citizen, with the assurance level of this login',
        response: { 200: MeSchema },
      },
    },
    async (request) => {
      const citizen = await requireCitizen(db, request);
      return {
        idNumber: citizen.idNumber,
        fullName: citizen.fullName,
        birthDate: citizen.birthDate,
        ...(citizen.phone ? { phone: citizen.phone } : {}),
        assurance: citizen.assurance,
        identityProvider: citizen.identityProvider,
        nationalEid: citizen.nationalEid,
      };
    },
  );
}
