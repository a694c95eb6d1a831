/**
 * Staff login with a session cookie; limited per client address and username, and in failures per address
 * (login-limits.ts).
 */
import { DomainError, ROLE_LABELS } from '@motcua/core';
import { Type } from 'typebox';
import { findActor, type StaffUser, unauthenticated } from '../../http/auth.ts';
import type { AppInstance } from '../../http/server.ts';
import { FailureLimit, normaliseUsername } from './login-limits.ts';
import { dummyPasswordHash, verifyPassword } from './passwords.ts';

const LoginBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 100 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);

const UserSchema = Type.Object({
  user: Type.Object({
    id: Type.String(),
    username: Type.String(),
    fullName: Type.String(),
    roles: Type.Array(Type.String()),
    roleLabels: Type.Array(Type.Object({ vi: Type.String(), en: Type.String() })),
    agency: Type.Object({ code: Type.String(), name: Type.String(), nameEn: Type.String() }),
  }),
});

const present = (user: StaffUser) => ({
  user: {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    roles: [...user.roles],
    roleLabels: user.roles.map((r) => ROLE_LABELS[r]),
    agency: user.agency,
  },
});

const tooManyFailures = () =>
  new DomainError(
    'RATE_LIMITED',
    'Quá nhiều lần đăng nhập sai từ địa chỉ này. Vui lòng thử lại sau ít phút.',
    'Too many failed logins from this address. Please try again in a few minutes.',
  );

export function authRoutes(app: AppInstance): void {
  const { db } = app.ctx;
  const failuresPerAddress = new FailureLimit(app.ctx.env.loginFailuresPerAddressPerMinute);

  app.post(
    '/api/auth/login',
    {
      config: {
        rateLimit: {
          max: app.ctx.env.loginRateLimitPerMinute,
          timeWindow: '1 minute',
          // After body parsing, so the key can include the username being tried.
          hook: 'preHandler',
          keyGenerator: (request) => {
            const body = request.body as { username?: unknown } | undefined;
            const username = typeof body?.username === 'string' ? normaliseUsername(body.username) : '';
            return `${request.ip}|${username}`;
          },
        },
      },
      schema: { tags: ['auth'], summary: 'Staff login', body: LoginBody, response: { 200: UserSchema } },
    },
    async (request, reply) => {
      const blocked = failuresPerAddress.take(request.ip);
      if (blocked) {
        reply.header('retry-after', String(blocked.retryAfterSeconds));
        throw tooManyFailures();
      }
      const username = normaliseUsername(request.body.username);
      const account = await db
        .selectFrom('staffAccounts')
        .select(['id', 'passwordHash', 'disabledAt', 'isDemo'])
        .where('username', '=', username)
        .executeTakeFirst();
      const passwordHash = account?.passwordHash ?? (await dummyPasswordHash());
      const isValid = await verifyPassword(passwordHash, request.body.password);
      const refusesDemo = app.ctx.env.isProduction && account?.isDemo;
      if (!account || !isValid || account.disabledAt || refusesDemo) {
        throw new DomainError(
          'UNAUTHENTICATED',
          'Tên đăng nhập hoặc mật khẩu không đúng.',
          'Wrong username or password.',
        );
      }
      failuresPerAddress.succeeded(request.ip);
      await request.session.regenerate();
      request.session.accountId = account.id;
      const user = await findActor(db, request);
      if (!user) throw unauthenticated();
      request.log.info({ username }, 'staff login');
      return present(user);
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'Staff logout' } },
    async (request, reply) => {
      await request.session.destroy();
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/auth/me',
    { schema: { tags: ['auth'], summary: 'The signed-in staff member', response: { 200: UserSchema } } },
    async (request) => {
      const user = await findActor(db, request);
      if (!user) throw unauthenticated();
      return present(user);
    },
  );
}
