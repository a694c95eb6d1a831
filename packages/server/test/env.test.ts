import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  DEMO_PORTAL_TOKEN,
  DEV_IDP_CLIENT_ID,
  DEV_IDP_CLIENT_SECRET,
  DEVELOPMENT_SESSION_SECRET,
  publicUrlWarning,
  readEnv,
} from '../src/env.ts';
import { PRODUCTION_CITIZEN_OIDC } from './citizen-oidc-env.ts';

const secret = randomBytes(32).toString('base64');
const auditKey = randomBytes(32).toString('base64');
const production = {
  NODE_ENV: 'production',
  MOTCUA_SESSION_SECRET: secret,
  MOTCUA_AUDIT_KEY: auditKey,
  MOTCUA_PUBLIC_URL: 'https://motcua.ninhbinh.gov.vn',
  ...PRODUCTION_CITIZEN_OIDC,
};

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
    [{ ...production, MOTCUA_SEED: 'demo' }, /demo/],
    [
      {
        NODE_ENV: 'production',
        MOTCUA_SESSION_SECRET: secret,
        MOTCUA_PUBLIC_URL: 'https://motcua.ninhbinh.gov.vn',
      },
      /MOTCUA_AUDIT_KEY/,
    ],
    [{ ...production, MOTCUA_AUDIT_KEY: 'short' }, /MOTCUA_AUDIT_KEY.*32/],
  ])('refuses %j', (source, message) => {
    expect(() => readEnv(source)).toThrow(ConfigError);
    expect(() => readEnv(source)).toThrow(message);
  });

  it('accepts a production setup with its own secret', () => {
    expect(readEnv(production).isProduction).toBe(true);
  });
});

describe('the deadline jobs', () => {
  it('warns every 15 minutes and refreshes the forecast hourly by default; 0 turns either off; refuses the rest', () => {
    expect(readEnv({})).toMatchObject({
      deadlineWarningsEveryMs: 15 * 60_000,
      forecastRefreshEveryMs: 60 * 60_000,
    });
    expect(
      readEnv({ MOTCUA_DEADLINE_WARNINGS_MINUTES: '0', MOTCUA_FORECAST_REFRESH_MINUTES: '5' }),
    ).toMatchObject({ deadlineWarningsEveryMs: 0, forecastRefreshEveryMs: 5 * 60_000 });
    for (const bad of ['-1', '1.5', 'often']) {
      expect(() => readEnv({ MOTCUA_DEADLINE_WARNINGS_MINUTES: bad })).toThrow(
        /MOTCUA_DEADLINE_WARNINGS_MINUTES/,
      );
    }
  });
});

describe('citizen OpenID Connect', () => {
  it('uses the development IdP on this server outside production', () => {
    expect(readEnv({ PORT: '3207' }).citizenOidc).toMatchObject({
      issuer: 'http://127.0.0.1:3207/dev-idp',
      clientId: DEV_IDP_CLIENT_ID,
      devIdp: true,
    });
  });

  it('takes the configured issuer, which starts no development IdP', () => {
    expect(readEnv({ ...production }).citizenOidc).toMatchObject({
      issuer: PRODUCTION_CITIZEN_OIDC.MOTCUA_CITIZEN_OIDC_ISSUER,
      devIdp: false,
    });
  });

  it.each([
    [{ MOTCUA_CITIZEN_OIDC_ISSUER: undefined }, /requires MOTCUA_CITIZEN_OIDC_ISSUER/],
    [{ MOTCUA_CITIZEN_OIDC_ISSUER: 'https://motcua.ninhbinh.gov.vn/dev-idp' }, /development IdP/],
    [{ MOTCUA_CITIZEN_OIDC_CLIENT_SECRET: DEV_IDP_CLIENT_SECRET }, /development IdP/],
    [{ MOTCUA_CITIZEN_OIDC_ISSUER: 'http://xacthuc.dichvucong.gov.vn' }, /https/],
    [{ MOTCUA_CITIZEN_OIDC_CLIENT_SECRET: 'passwordpasswordpasswordpassword' }, /CLIENT_SECRET/],
    [{ MOTCUA_CITIZEN_OIDC_CLIENT_SECRET: undefined }, /CLIENT_SECRET/],
    [{ MOTCUA_CITIZEN_OIDC_ISSUER: 'not a url' }, /MOTCUA_CITIZEN_OIDC_ISSUER/],
  ])('production refuses %j', (change, message) => {
    expect(() => readEnv({ ...production, ...change })).toThrow(message);
  });
});

describe('production secrets', () => {
  it.each([
    ['MOTCUA_PORTAL_TOKEN', DEMO_PORTAL_TOKEN, /published demo portal token/],
    ['MOTCUA_SESSION_SECRET', 'a'.repeat(64), /MOTCUA_SESSION_SECRET.*different characters/],
    ['MOTCUA_SESSION_SECRET', 'passwordpasswordpasswordpassword', /MOTCUA_SESSION_SECRET/],
    ['MOTCUA_SESSION_SECRET', 'abcdefghijklmnopqrstuvwxyz0123456789', /MOTCUA_SESSION_SECRET.*predictable/],
    ['MOTCUA_SESSION_SECRET', '01234567890123456789012345678901234567', /MOTCUA_SESSION_SECRET/],
    ['MOTCUA_SESSION_SECRET', 'Tr0ub4dor&3-Tr0ub4dor&3-Tr0ub4dor&3', /MOTCUA_SESSION_SECRET.*repeats/],
    ['MOTCUA_PORTAL_TOKEN', 'portal-portal-portal-portal-portal', /MOTCUA_PORTAL_TOKEN/],
    ['MOTCUA_AUDIT_KEY', 'passwordpasswordpasswordpassword', /MOTCUA_AUDIT_KEY/],
    [
      'MOTCUA_PORTAL_TOKEN',
      randomBytes(18).toString('hex').slice(0, 28),
      /MOTCUA_PORTAL_TOKEN.*32 characters/,
    ],
  ])('refuses %s=%s', (name, value, message) => {
    const source = { ...production, [name]: value };
    expect(() => readEnv(source)).toThrow(ConfigError);
    expect(() => readEnv(source)).toThrow(message);
  });

  it('accepts generated secrets of 32 characters or more, every time', () => {
    for (let i = 0; i < 2000; i++) {
      for (const value of [
        randomBytes(16).toString('hex'),
        randomBytes(24).toString('base64'),
        randomBytes(32).toString('base64url'),
      ]) {
        expect(() =>
          readEnv({ ...production, MOTCUA_SESSION_SECRET: value, MOTCUA_PORTAL_TOKEN: value }),
        ).not.toThrow();
      }
    }
  });

  it('keeps the demo token and short development tokens outside production', () => {
    expect(readEnv({ MOTCUA_SEED: 'demo' }).portalToken).toBe(DEMO_PORTAL_TOKEN);
    expect(readEnv({ MOTCUA_PORTAL_TOKEN: 'portal-token-for-tests-01' }).portalToken).toBe(
      'portal-token-for-tests-01',
    );
  });
});

describe('MOTCUA_TRUSTED_PROXIES', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['0', false],
    ['1', 1],
    ['2', 2],
    ['10.0.0.1', ['10.0.0.1']],
    [' 10.0.0.0/8, 192.168.1.10 ,fd00::/8', ['10.0.0.0/8', '192.168.1.10', 'fd00::/8']],
    ['loopback, uniquelocal', ['loopback', 'uniquelocal']],
  ])('reads %j as %j', (value, expected) => {
    expect(readEnv(value === undefined ? {} : { MOTCUA_TRUSTED_PROXIES: value }).trustedProxies).toEqual(
      expected,
    );
  });

  it.each([
    'true',
    '*',
    '-1',
    '1.5',
    'proxy.local',
    '10.0.0.0/33',
    '10.0.0.1/',
    '::1/129',
    '10.0.0.1,,10.0.0.2',
    '10.0.0.1/8/8',
  ])('refuses %j at startup, naming the variable', (value) => {
    expect(() => readEnv({ MOTCUA_TRUSTED_PROXIES: value })).toThrow(ConfigError);
    expect(() => readEnv({ MOTCUA_TRUSTED_PROXIES: value })).toThrow(/MOTCUA_TRUSTED_PROXIES/);
  });
});

describe('login limits', () => {
  it('reads the per-username and per-address limits', () => {
    expect(readEnv({})).toMatchObject({ loginRateLimitPerMinute: 10, loginFailuresPerAddressPerMinute: 20 });
    expect(
      readEnv({
        MOTCUA_LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
        MOTCUA_LOGIN_FAILURES_PER_ADDRESS_PER_MINUTE: '500',
      }),
    ).toMatchObject({ loginRateLimitPerMinute: 1000, loginFailuresPerAddressPerMinute: 500 });
    expect(() => readEnv({ MOTCUA_LOGIN_FAILURES_PER_ADDRESS_PER_MINUTE: '0' })).toThrow(
      /MOTCUA_LOGIN_FAILURES_PER_ADDRESS_PER_MINUTE/,
    );
  });
});

describe('intake limit per credential (issue 9, item 6)', () => {
  it('reads MOTCUA_INTAKE_PER_CREDENTIAL_PER_MINUTE, 60 by default', () => {
    expect(readEnv({}).intakePerCredentialPerMinute).toBe(60);
    expect(readEnv({ MOTCUA_INTAKE_PER_CREDENTIAL_PER_MINUTE: '200' }).intakePerCredentialPerMinute).toBe(
      200,
    );
  });

  it.each(['0', '-1', '1.5', 'many', '1e309'])('refuses %j at startup, naming the variable', (value) => {
    expect(() => readEnv({ MOTCUA_INTAKE_PER_CREDENTIAL_PER_MINUTE: value })).toThrow(ConfigError);
    expect(() => readEnv({ MOTCUA_INTAKE_PER_CREDENTIAL_PER_MINUTE: value })).toThrow(
      /MOTCUA_INTAKE_PER_CREDENTIAL_PER_MINUTE/,
    );
  });
});

describe('citizen login limit (issue 11, item 6)', () => {
  it('reads the per-address limit of citizen logins and e-ID callbacks, 30 by default', () => {
    expect(readEnv({}).citizenLoginPerAddressPerMinute).toBe(30);
    expect(
      readEnv({ MOTCUA_CITIZEN_LOGIN_PER_ADDRESS_PER_MINUTE: '5' }).citizenLoginPerAddressPerMinute,
    ).toBe(5);
    expect(() => readEnv({ MOTCUA_CITIZEN_LOGIN_PER_ADDRESS_PER_MINUTE: '0' })).toThrow(
      /MOTCUA_CITIZEN_LOGIN_PER_ADDRESS_PER_MINUTE/,
    );
  });
});

describe('public lookup limits (issue 9, item 10)', () => {
  it('reads the per-address and per-code-prefix limits, 60 and 30 by default', () => {
    expect(readEnv({}).lookupPerAddressPerMinute).toBe(60);
    expect(readEnv({}).lookupPerCodePrefixPerMinute).toBe(30);
    const env = readEnv({
      MOTCUA_LOOKUP_PER_ADDRESS_PER_MINUTE: '120',
      MOTCUA_LOOKUP_PER_CODE_PREFIX_PER_MINUTE: '45',
    });
    expect([env.lookupPerAddressPerMinute, env.lookupPerCodePrefixPerMinute]).toEqual([120, 45]);
  });

  it.each([
    ['MOTCUA_LOOKUP_PER_ADDRESS_PER_MINUTE', '0'],
    ['MOTCUA_LOOKUP_PER_ADDRESS_PER_MINUTE', '2.5'],
    ['MOTCUA_LOOKUP_PER_CODE_PREFIX_PER_MINUTE', '-3'],
    ['MOTCUA_LOOKUP_PER_CODE_PREFIX_PER_MINUTE', 'thirty'],
  ])('refuses %s=%j at startup, naming the variable', (name, value) => {
    expect(() => readEnv({ [name]: value })).toThrow(ConfigError);
    expect(() => readEnv({ [name]: value })).toThrow(new RegExp(name));
  });
});

describe('MOTCUA_PUBLIC_URL', () => {
  const { MOTCUA_PUBLIC_URL: _url, ...withoutUrl } = production;

  it('is required in production, so that no printed QR code follows a request’s Host header', () => {
    expect(() => readEnv(withoutUrl)).toThrow(ConfigError);
    expect(() => readEnv(withoutUrl)).toThrow(/MOTCUA_PUBLIC_URL/);
    expect(readEnv(production).publicBaseUrl).toBe('https://motcua.ninhbinh.gov.vn');
  });

  it.each(['motcua.ninhbinh.gov.vn', 'ftp://motcua.ninhbinh.gov.vn', 'https://', 'https://x.vn/?a=1'])(
    'refuses %j, naming the variable',
    (value) => {
      expect(() => readEnv({ MOTCUA_PUBLIC_URL: value })).toThrow(/MOTCUA_PUBLIC_URL/);
    },
  );

  it('warns in development, once at start, that QR codes follow the request’s address', () => {
    expect(publicUrlWarning(readEnv({}))).toMatch(/MOTCUA_PUBLIC_URL/);
    expect(publicUrlWarning(readEnv({ MOTCUA_PUBLIC_URL: 'http://192.168.1.5:3000' }))).toBeUndefined();
  });
});
