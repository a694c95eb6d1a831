/**
 * Configuration, read once at boot and validated. Development defaults keep `npm start` working on a fresh
 * clone; production mode (NODE_ENV=production) refuses development secrets and demo data.
 */
import path from 'node:path';

export const DEVELOPMENT_SESSION_SECRET = 'motcua-development-session-secret-do-not-use-in-production';
/** The national portal's token with demo data outside production, so the online queue can be tried. */
export const DEMO_PORTAL_TOKEN = 'motcua-demo-portal-token';

export interface Env {
  port: number;
  host: string;
  isProduction: boolean;
  databaseUrl: string | undefined;
  dataDir: string;
  seed: 'demo' | 'none';
  sessionSecret: string;
  publicBaseUrl: string | undefined;
  webDistDir: string;
  logLevel: string;
  /** Requests per minute per client address on public routes. */
  rateLimitPerMinute: number;
  /** Login attempts per minute per client address and username. */
  loginRateLimitPerMinute: number;
  /**
   * Bearer token of the national public service portal, which submits citizens' online dossiers (status 1);
   * online submission is closed when unset.
   */
  portalToken: string | undefined;
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
  if (isProduction) {
    if (sessionSecret === DEVELOPMENT_SESSION_SECRET) {
      throw new ConfigError(
        'Production mode refuses the development session secret: set MOTCUA_SESSION_SECRET',
      );
    }
    if (seed === 'demo') {
      throw new ConfigError('Production mode refuses demo data: unset MOTCUA_SEED');
    }
  }
  const rateLimitPerMinute = Number(source.MOTCUA_RATE_LIMIT_PER_MINUTE ?? 600);
  if (!Number.isInteger(rateLimitPerMinute) || rateLimitPerMinute < 1) {
    throw new ConfigError('MOTCUA_RATE_LIMIT_PER_MINUTE must be a positive whole number');
  }
  const loginRateLimitPerMinute = Number(source.MOTCUA_LOGIN_RATE_LIMIT_PER_MINUTE ?? 10);
  if (!Number.isInteger(loginRateLimitPerMinute) || loginRateLimitPerMinute < 1) {
    throw new ConfigError('MOTCUA_LOGIN_RATE_LIMIT_PER_MINUTE must be a positive whole number');
  }
  const portalToken = source.MOTCUA_PORTAL_TOKEN || (seed === 'demo' ? DEMO_PORTAL_TOKEN : undefined);
  if (portalToken !== undefined && portalToken.length < 24) {
    throw new ConfigError('MOTCUA_PORTAL_TOKEN must be at least 24 characters');
  }
  const repoRoot = path.resolve(import.meta.dirname, '../../..');
  return {
    port,
    host: source.HOST ?? '0.0.0.0',
    isProduction,
    databaseUrl: source.DATABASE_URL || undefined,
    dataDir: path.resolve(source.MOTCUA_DATA_DIR ?? './data'),
    seed,
    sessionSecret,
    publicBaseUrl: source.MOTCUA_PUBLIC_URL || undefined,
    webDistDir: path.resolve(source.MOTCUA_WEB_DIST ?? path.join(repoRoot, 'packages/web/dist')),
    logLevel: source.LOG_LEVEL ?? (isProduction ? 'info' : 'warn'),
    rateLimitPerMinute,
    loginRateLimitPerMinute,
    portalToken,
  };
}
