import { describe, expect, it } from 'vitest';
import { ConfigError, DEVELOPMENT_SESSION_SECRET, readEnv } from '../src/env.ts';

const secret = 'a-production-secret-with-more-than-32-chars';

describe('configuration', () => {
  it('has development defaults', () => {
    const env = readEnv({});
    expect(env).toMatchObject({ port: 3000, isProduction: false, databaseUrl: undefined, seed: 'none' });
    expect(env.dataDir).toMatch(/data$/);
    expect(env.sessionSecret).toBe(DEVELOPMENT_SESSION_SECRET);
  });

  it('reads PORT, DATABASE_URL and MOTCUA_DATA_DIR', () => {
    const env = readEnv({ PORT: '8080', DATABASE_URL: 'postgres://x@h/db', MOTCUA_DATA_DIR: '/srv/motcua' });
    expect(env).toMatchObject({ port: 8080, databaseUrl: 'postgres://x@h/db', dataDir: '/srv/motcua' });
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ MOTCUA_SEED: 'all' }, /MOTCUA_SEED/],
    [{ MOTCUA_SESSION_SECRET: 'short' }, /32/],
    [{ NODE_ENV: 'production' }, /session secret/],
    [{ NODE_ENV: 'production', MOTCUA_SESSION_SECRET: secret, MOTCUA_SEED: 'demo' }, /demo/],
  ])('refuses %j', (source, message) => {
    expect(() => readEnv(source)).toThrow(ConfigError);
    expect(() => readEnv(source)).toThrow(message);
  });

  it('accepts a production setup with its own secret', () => {
    expect(readEnv({ NODE_ENV: 'production', MOTCUA_SESSION_SECRET: secret }).isProduction).toBe(true);
  });
});
