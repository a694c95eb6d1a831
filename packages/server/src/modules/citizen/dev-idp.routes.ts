/**
 * The development IdP (oidc-provider), mounted on this server under /dev-idp when no citizen issuer is
 * configured outside production (env.ts refuses it in production). One port keeps `npm start` one process
 * and one address to open; the IdP's requests are handed to oidc-provider raw, in an onRequest hook, before
 * Fastify parses a body (oidc-provider reads its own). Modelled on VNeID through the national portal's SSO:
 * authorisation code + PKCE, a confidential client, the VNeID claim names and acr LoA1/LoA2 (DOMAIN §10).
 * Not modelled: the portal's WSO2 pages, the VNeID app's QR/push sign-in, refresh tokens, logout at the IdP.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Provider, { type Configuration } from 'oidc-provider';
import { DEV_IDP_PATH, type Env } from '../../env.ts';
import type { AppInstance } from '../../http/server.ts';
import { DEMO_CITIZEN_PASSWORD, findDemoCitizen, vneidClaims } from './dev-idp-citizens.ts';
import { errorPage, STYLE_CSS, signInPage } from './dev-idp-page.ts';
import { developmentJwks, memoryAdapterClass } from './dev-idp-store.ts';

const SCOPE = 'openid profile phone';

const samePassword = (given: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(DEMO_CITIZEN_PASSWORD);
  return a.length === b.length && timingSafeEqual(a, b);
};

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.statusCode = status;
  res.setHeader('content-type', type);
  res.setHeader('cache-control', 'no-store');
  res.end(body);
}

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  let text = '';
  for await (const chunk of req) {
    text += chunk;
    if (text.length > 4096) break;
  }
  return new URLSearchParams(text);
}

export function devIdpProvider(env: Env, redirectUris: string[]): Provider {
  const { issuer, clientId, clientSecret } = env.citizenOidc;
  const configuration: Configuration = {
    adapter: memoryAdapterClass(),
    jwks: developmentJwks(),
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    // Development keys: the IdP forgets its sessions on restart, which a development IdP may.
    cookies: { keys: [env.sessionSecret] },
    pkce: { required: () => true },
    acrValues: ['LoA1', 'LoA2'],
    claims: {
      // oidc-provider's defaults (replaced, not merged): acr carries the account level into the id_token.
      acr: null,
      sid: null,
      auth_time: null,
      iss: null,
      openid: ['sub'],
      profile: [
        'name',
        'preferred_username',
        'birthdate',
        'TechID',
        'LoaiTaiKhoan',
        'HoVaTen',
        'SoDinhDanh',
        'NgayThangNamSinh',
        'loginIdp',
      ],
      phone: ['phone_number'],
    },
    // The claims go into the id_token, as the national portal's SSO puts them (no userinfo round trip).
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `${DEV_IDP_PATH}/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const citizen = findDemoCitizen(sub.replace(/^dev-/, ''));
      if (!citizen) return undefined;
      return { accountId: sub, claims: async () => vneidClaims(citizen) };
    },
    // A first-party client: no consent screen.
    async loadExistingGrant(ctx) {
      const oidc = ctx.oidc;
      const client = oidc.client;
      const accountId = oidc.session?.accountId;
      if (!client || !accountId) return undefined;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(client.clientId);
      if (grantId) return oidc.provider.Grant.find(grantId);
      const grant = new oidc.provider.Grant({ clientId: client.clientId, accountId });
      grant.addOIDCScope(SCOPE);
      await grant.save();
      return grant;
    },
    async renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = errorPage(`${out.error}: ${out.error_description ?? ''}`);
    },
    ttl: {
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
      AuthorizationCode: 60,
      IdToken: 600,
      AccessToken: 600,
    },
  };
  const provider = new Provider(issuer, configuration);
  provider.proxy = env.trustedProxies !== false;
  return provider;
}

/** Serves /dev-idp/*: the sign-in pages here, everything else (discovery, auth, token, jwks) by oidc-provider. */
export function mountDevIdp(app: AppInstance): void {
  const { env } = app.ctx;
  if (!env.citizenOidc.devIdp || env.isProduction) return;
  const own = new URL(env.citizenOidc.issuer).origin;
  const callback = '/api/auth/citizen/callback';
  const origins = [...new Set([own, `http://127.0.0.1:${env.port}`, `http://localhost:${env.port}`])];
  const redirectUris = origins.map((origin) => `${origin}${callback}`);
  // The IdP's own policy: its sign-in form's answer redirects back to the app, which may be on the other
  // loopback name (form-action covers redirects); otherwise as strict as the app's.
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `form-action 'self' ${origins.join(' ')}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
  const provider = devIdpProvider(env, redirectUris);
  const handler = provider.callback();

  async function interaction(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const [uid, step] = path.split('/').slice(2);
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid)
      return send(res, 400, 'text/html; charset=utf-8', errorPage('Phiên đăng nhập không khớp.'));
    const action = `${DEV_IDP_PATH}/interaction/${uid}/login`;
    if (req.method === 'GET' && step === undefined) {
      return send(res, 200, 'text/html; charset=utf-8', signInPage({ action }));
    }
    if (req.method !== 'POST' || step !== 'login') return send(res, 404, 'text/plain', 'Not found');
    const form = await formBody(req);
    const idNumber = (form.get('idNumber') ?? '').replace(/\s+/g, '');
    const citizen = findDemoCitizen(idNumber);
    if (!citizen || !samePassword(form.get('password') ?? '')) {
      const error = 'Số định danh hoặc mật khẩu không đúng. / Wrong ID number or password.';
      return send(res, 401, 'text/html; charset=utf-8', signInPage({ action, idNumber, error }));
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: `dev-${citizen.idNumber}`, acr: citizen.acr } },
      { mergeWithLastSubmission: false },
    );
  }

  app.addHook('onRequest', async (request, reply) => {
    const url = request.raw.url ?? '';
    if (url !== DEV_IDP_PATH && !url.startsWith(`${DEV_IDP_PATH}/`)) return;
    reply.hijack();
    const req = request.raw as IncomingMessage & { originalUrl?: string };
    const res = reply.raw;
    res.setHeader('content-security-policy', policy);
    // helmet's no-referrer makes a browser send `Origin: null` with the sign-in form's POST, which the
    // cross-site guard refuses; same-origin keeps the referrer off other sites all the same.
    res.setHeader('referrer-policy', 'same-origin');
    const path = url.slice(DEV_IDP_PATH.length) || '/';
    try {
      if (path === '/style.css') return send(res, 200, 'text/css; charset=utf-8', STYLE_CSS);
      if (path.startsWith('/interaction/')) return await interaction(req, res, path.split('?')[0] ?? path);
      req.originalUrl = url;
      req.url = path;
      await handler(req, res);
    } catch (error) {
      request.log.warn({ err: error }, 'dev IdP');
      if (!res.headersSent) {
        send(
          res,
          400,
          'text/html; charset=utf-8',
          errorPage('Phiên đăng nhập đã hết hạn, vui lòng thử lại. / The sign-in expired, please try again.'),
        );
      }
    }
  });
}
