/**
 * Configuration, read once at boot and validated. Development defaults keep `npm start` working on a fresh
 * clone; production mode (NODE_ENV=production) refuses development secrets and demo data.
 */
import { isIP } from 'node:net';
import path from 'node:path';
import { type NotifyEnv, readNotifyEnv } from './notify-env.ts';
import { type RetentionEnv, readRetentionEnv } from './retention-env.ts';
import { weakSecretReason } from './secret-strength.ts';

export const DEVELOPMENT_SESSION_SECRET = 'motcua-development-session-secret-do-not-use-in-production';
/** Signs the audit checkpoints outside production; a real key lives outside the database (docs/security.md). */
export const DEVELOPMENT_AUDIT_KEY = 'motcua-development-audit-key-do-not-use-in-production';
/** The national portal's token with demo data outside production, so the online queue can be tried. */
export const DEMO_PORTAL_TOKEN = 'motcua-demo-portal-token';

/** The development IdP's client secret (dev-idp.routes.ts); production refuses it. */
export const DEV_IDP_CLIENT_SECRET = 'motcua-dev-idp-client-secret-do-not-use-in-production';
export const DEV_IDP_CLIENT_ID = 'motcua-dev';
export const DEV_IDP_PATH = '/dev-idp';

/** Citizens' OpenID Connect provider (VNeID through the national portal's SSO, or the development IdP). */
export interface CitizenOidcEnv {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The development IdP is mounted under /dev-idp on this server (never in production). */
  devIdp: boolean;
}

export interface Env extends RetentionEnv, NotifyEnv {
  port: number;
  host: string;
  isProduction: boolean;
  databaseUrl: string | undefined;
  dataDir: string;
  seed: 'demo' | 'none';
  sessionSecret: string;
  /** HMAC-SHA256 key of the audit checkpoints (MOTCUA_AUDIT_KEY), never stored in the database. */
  auditKey: string;
  publicBaseUrl: string | undefined;
  webDistDir: string;
  logLevel: string;
  /** Requests per minute per client address on public routes. */
  rateLimitPerMinute: number;
  /** Login attempts per minute per client address and username. */
  loginRateLimitPerMinute: number;
  /** Failed logins per minute per client address, whatever the username (password spraying). */
  loginFailuresPerAddressPerMinute: number;
  /**
   * Citizen logins started, and e-ID callbacks, per minute per client address: each callback makes the server
   * call the IdP's token endpoint, so an unlimited callback would let one address make us flood the IdP.
   */
  citizenLoginPerAddressPerMinute: number;
  /**
   * Intakes (POST /api/dossiers, refusals at the counter) per minute per credential: each officer's account,
   * and the national portal's token, so no one credential can flood a counter's daily numbers.
   */
  intakePerCredentialPerMinute: number;
  /** A citizen's submissions, supplement answers and withdrawals per minute (issue 11 item 6). */
  citizenWritesPerMinute: number;
  /** A citizen's file uploads (to drafts and supplement answers) per minute. */
  citizenUploadsPerMinute: number;
  /** Public lookups (GET /api/public/dossiers/{code}) per minute per client address. */
  lookupPerAddressPerMinute: number;
  /**
   * Public lookups per minute of codes sharing a prefix (one counter's day), from all addresses together, so a
   * day's sequential codes cannot be walked through; a lookup with the right check code is not counted.
   */
  lookupPerCodePrefixPerMinute: number;
  /**
   * Anonymous reports (POST /api/public/reports) and their lookups by receipt per minute per client, counted
   * by a keyed hash of the address that rotates daily (modules/reports/address-key.ts), never the address.
   */
  reportsPerAddressPerMinute: number;
  /** Public PAKN form submissions per client address a minute (counted by a daily-keyed HMAC). */
  feedbackPerAddressPerMinute: number;
  reportLookupsPerAddressPerMinute: number;
  /** Public reception posts (a registration, a dialogue question) per client per minute (keyed hash). */
  receptionPostsPerAddressPerMinute: number;
  /**
   * Fastify's trustProxy: whom to believe about the client's address (X-Forwarded-For). `false` (default):
   * nobody, the socket's peer is the client; a hop count; or the proxies' addresses and CIDRs.
   */
  trustedProxies: false | number | string[];
  /**
   * Bearer token of the national public service portal, which submits citizens' online dossiers (status 1);
   * online submission is closed when unset.
   */
  portalToken: string | undefined;
  citizenOidc: CitizenOidcEnv;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const isProduction = source.NODE_ENV === 'production';
  const port = Number(source.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a port number, got "${source.PORT}"`);
  }
  const seed = source.MOTCUA_SEED ?? 'none';
  if (seed !== 'demo' && seed !== 'none') {
    throw new ConfigError(`MOTCUA_SEED must be "demo" or "none", got "${seed}"`);
  }
  const sessionSecret = source.MOTCUA_SESSION_SECRET ?? DEVELOPMENT_SESSION_SECRET;
  if (sessionSecret.length < 32) {
    throw new ConfigError('MOTCUA_SESSION_SECRET must be at least 32 characters');
  }
  const auditKey = source.MOTCUA_AUDIT_KEY || DEVELOPMENT_AUDIT_KEY;
  if (auditKey.length < 32) {
    throw new ConfigError('MOTCUA_AUDIT_KEY must be at least 32 characters');
  }
  if (isProduction) {
    if (sessionSecret === DEVELOPMENT_SESSION_SECRET) {
      throw new ConfigError(
        'Production mode refuses the development session secret: set MOTCUA_SESSION_SECRET',
      );
    }
    refuseWeakSecret('MOTCUA_SESSION_SECRET', sessionSecret);
    if (auditKey === DEVELOPMENT_AUDIT_KEY) {
      throw new ConfigError('Production mode refuses the development audit key: set MOTCUA_AUDIT_KEY');
    }
    refuseWeakSecret('MOTCUA_AUDIT_KEY', auditKey);
    if (seed === 'demo') {
      throw new ConfigError('Production mode refuses demo data: unset MOTCUA_SEED');
    }
  }
  const rateLimitPerMinute = positiveInteger(source, 'MOTCUA_RATE_LIMIT_PER_MINUTE', 600);
  const loginRateLimitPerMinute = positiveInteger(source, 'MOTCUA_LOGIN_RATE_LIMIT_PER_MINUTE', 10);
  const loginFailuresPerAddressPerMinute = positiveInteger(
    source,
    'MOTCUA_LOGIN_FAILURES_PER_ADDRESS_PER_MINUTE',
    20,
  );
  const citizenLoginPerAddressPerMinute = positiveInteger(
    source,
    'MOTCUA_CITIZEN_LOGIN_PER_ADDRESS_PER_MINUTE',
    30,
  );
  const intakePerCredentialPerMinute = positiveInteger(source, 'MOTCUA_INTAKE_PER_CREDENTIAL_PER_MINUTE', 60);
  const lookupPerAddressPerMinute = positiveInteger(source, 'MOTCUA_LOOKUP_PER_ADDRESS_PER_MINUTE', 60);
  const reportsPerAddressPerMinute = positiveInteger(source, 'MOTCUA_REPORTS_PER_ADDRESS_PER_MINUTE', 5);
  const feedbackPerAddressPerMinute = positiveInteger(source, 'MOTCUA_FEEDBACK_PER_ADDRESS_PER_MINUTE', 5);
  const reportLookupsPerAddressPerMinute = positiveInteger(
    source,
    'MOTCUA_REPORT_LOOKUPS_PER_ADDRESS_PER_MINUTE',
    30,
  );
  const receptionPostsPerAddressPerMinute = positiveInteger(
    source,
    'MOTCUA_RECEPTION_POSTS_PER_ADDRESS_PER_MINUTE',
    10,
  );
  const citizenWritesPerMinute = positiveInteger(source, 'MOTCUA_CITIZEN_SUBMISSIONS_PER_MINUTE', 10);
  const citizenUploadsPerMinute = positiveInteger(source, 'MOTCUA_CITIZEN_UPLOADS_PER_MINUTE', 30);
  const lookupPerCodePrefixPerMinute = positiveInteger(
    source,
    'MOTCUA_LOOKUP_PER_CODE_PREFIX_PER_MINUTE',
    30,
  );
  const portalToken = source.MOTCUA_PORTAL_TOKEN || (seed === 'demo' ? DEMO_PORTAL_TOKEN : undefined);
  if (portalToken !== undefined && portalToken.length < 24) {
    throw new ConfigError('MOTCUA_PORTAL_TOKEN must be at least 24 characters');
  }
  if (isProduction && portalToken !== undefined) {
    if (portalToken === DEMO_PORTAL_TOKEN) {
      throw new ConfigError(
        'Production mode refuses the published demo portal token: set MOTCUA_PORTAL_TOKEN to your own',
      );
    }
    refuseWeakSecret('MOTCUA_PORTAL_TOKEN', portalToken);
  }
  const publicBaseUrl = readPublicUrl(source.MOTCUA_PUBLIC_URL, isProduction);
  const citizenOidc = readCitizenOidc(source, isProduction, publicBaseUrl ?? `http://127.0.0.1:${port}`);
  const repoRoot = path.resolve(import.meta.dirname, '../../..');
  return {
    port,
    // This machine only unless HOST says otherwise (0.0.0.0 behind a proxy or in a container).
    host: source.HOST || '127.0.0.1',
    isProduction,
    databaseUrl: source.DATABASE_URL || undefined,
    dataDir: path.resolve(source.MOTCUA_DATA_DIR ?? './data'),
    seed,
    sessionSecret,
    auditKey,
    publicBaseUrl,
    webDistDir: path.resolve(source.MOTCUA_WEB_DIST ?? path.join(repoRoot, 'packages/web/dist')),
    logLevel: source.LOG_LEVEL ?? (isProduction ? 'info' : 'warn'),
    rateLimitPerMinute,
    loginRateLimitPerMinute,
    loginFailuresPerAddressPerMinute,
    citizenLoginPerAddressPerMinute,
    intakePerCredentialPerMinute,
    citizenWritesPerMinute,
    citizenUploadsPerMinute,
    lookupPerAddressPerMinute,
    lookupPerCodePrefixPerMinute,
    reportsPerAddressPerMinute,
    feedbackPerAddressPerMinute,
    reportLookupsPerAddressPerMinute,
    receptionPostsPerAddressPerMinute,
    trustedProxies: readTrustedProxies(source.MOTCUA_TRUSTED_PROXIES),
    portalToken,
    citizenOidc,
    ...readRetentionEnv(source, (message) => new ConfigError(message)),
    ...readNotifyEnv(source, isProduction, (message) => new ConfigError(message)),
  };
}

/**
 * MOTCUA_PUBLIC_URL: the address citizens reach the service at, printed in QR codes and tracking links.
 * Required in production, where a link built from the request's Host header would follow whatever a client
 * or a misconfigured proxy sends; outside production the request's address is used (publicUrlWarning).
 */
function readPublicUrl(value: string | undefined, isProduction: boolean): string | undefined {
  if (!value) {
    if (isProduction) {
      throw new ConfigError(
        'Production mode requires MOTCUA_PUBLIC_URL, the public address printed in QR codes and tracking ' +
          'links (e.g. https://motcua.example.gov.vn); it is never taken from a request’s Host header',
      );
    }
    return undefined;
  }
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {}
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash || url.username) {
    throw new ConfigError(
      `MOTCUA_PUBLIC_URL must be an http(s) address without query or credentials, e.g. https://motcua.example.gov.vn, got "${value}"`,
    );
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}

/**
 * MOTCUA_CITIZEN_OIDC_ISSUER, _CLIENT_ID, _CLIENT_SECRET. Outside production, unset means the development IdP
 * on this server under /dev-idp. Production requires all three, an https issuer that is not a development
 * IdP, and a generated secret.
 */
function readCitizenOidc(
  source: Record<string, string | undefined>,
  isProduction: boolean,
  ownOrigin: string,
): CitizenOidcEnv {
  const issuer = source.MOTCUA_CITIZEN_OIDC_ISSUER?.trim() || undefined;
  const clientId = source.MOTCUA_CITIZEN_OIDC_CLIENT_ID?.trim() || undefined;
  const clientSecret = source.MOTCUA_CITIZEN_OIDC_CLIENT_SECRET || undefined;
  if (!issuer) {
    if (isProduction) {
      throw new ConfigError(
        'Production mode requires MOTCUA_CITIZEN_OIDC_ISSUER, _CLIENT_ID and _CLIENT_SECRET (the national ' +
          'e-ID login of citizens); the development IdP is never started in production',
      );
    }
    return {
      issuer: `${ownOrigin}${DEV_IDP_PATH}`,
      clientId: clientId ?? DEV_IDP_CLIENT_ID,
      clientSecret: clientSecret ?? DEV_IDP_CLIENT_SECRET,
      devIdp: true,
    };
  }
  let url: URL | undefined;
  try {
    url = new URL(issuer);
  } catch {}
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash || url.username) {
    throw new ConfigError(`MOTCUA_CITIZEN_OIDC_ISSUER must be an http(s) address, got "${issuer}"`);
  }
  if (!clientId || !clientSecret) {
    throw new ConfigError(
      'MOTCUA_CITIZEN_OIDC_ISSUER needs MOTCUA_CITIZEN_OIDC_CLIENT_ID and MOTCUA_CITIZEN_OIDC_CLIENT_SECRET',
    );
  }
  if (isProduction) {
    if (url.protocol !== 'https:') {
      throw new ConfigError('Production mode requires an https MOTCUA_CITIZEN_OIDC_ISSUER');
    }
    if (url.pathname.replace(/\/+$/, '').endsWith(DEV_IDP_PATH) || clientSecret === DEV_IDP_CLIENT_SECRET) {
      throw new ConfigError('Production mode refuses the development IdP: set the national e-ID issuer');
    }
    refuseWeakSecret('MOTCUA_CITIZEN_OIDC_CLIENT_SECRET', clientSecret);
  }
  return { issuer: url.href.replace(/\/+$/, ''), clientId, clientSecret, devIdp: false };
}

/** Said once at start when QR codes and tracking links follow the address each request was sent to. */
export function publicUrlWarning(env: Env): string | undefined {
  if (env.publicBaseUrl) return undefined;
  return (
    'MOTCUA_PUBLIC_URL chưa đặt: mã QR và đường dẫn tra cứu lấy theo địa chỉ của từng yêu cầu. / ' +
    'MOTCUA_PUBLIC_URL is not set: QR codes and tracking links follow the address each request was sent to.'
  );
}

function positiveInteger(source: Record<string, string | undefined>, name: string, fallback: number): number {
  const value = Number(source[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) {
    throw new ConfigError(`${name} must be a positive whole number, got "${source[name]}"`);
  }
  return value;
}

/** Production secrets are generated, not typed: at least 32 characters that do not look like a pattern. */
function refuseWeakSecret(name: string, secret: string): void {
  const reason = secret.length < 32 ? 'is shorter than 32 characters' : weakSecretReason(secret);
  if (reason) {
    throw new ConfigError(
      `Production mode refuses ${name}: it ${reason}. Generate one, e.g. \`openssl rand -base64 32\``,
    );
  }
}

/** proxy-addr's names for address ranges, accepted by Fastify's trustProxy besides addresses and CIDRs. */
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * MOTCUA_TRUSTED_PROXIES: unset or empty → trust none; a whole number → that many hops (1: the one proxy in
 * front); else a comma-separated list of addresses, CIDRs or range names. Trusting every peer (`true`, `*`)
 * is not offered: it would let any client choose its address.
 */
export function readTrustedProxies(value: string | undefined): false | number | string[] {
  const text = value?.trim() ?? '';
  if (text === '' || text === '0') return false;
  if (/^\d+$/.test(text)) return Number(text);
  const entries = text.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    if (!isProxyEntry(entry)) {
      throw new ConfigError(
        'MOTCUA_TRUSTED_PROXIES must be a hop count or a comma-separated list of proxy addresses or CIDRs ' +
          `(e.g. "1" or "10.0.0.0/8, 192.168.1.10"), got "${entry}"`,
      );
    }
  }
  return entries;
}

function isProxyEntry(entry: string): boolean {
  if (RANGE_NAMES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}
