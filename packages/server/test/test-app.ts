/** An app on a fresh test database, driven with `app.inject` (no network). */
import type { LightMyRequestResponse } from 'fastify';
import type { DatabaseHandle } from '../src/adapters/db/database.ts';
import { readEnv } from '../src/env.ts';
import { type AppInstance, buildServer } from '../src/http/server.ts';
import { CalendarService } from '../src/modules/calendar/calendar.service.ts';
import { openTestDatabase } from './test-db.ts';

export interface TestApp {
  app: AppInstance;
  database: DatabaseHandle;
  close(): Promise<void>;
  /** Logs in and returns the session cookie header value. */
  login(username: string, password?: string): Promise<string>;
  /** The session cookie of a demo account, signed in once per test app. */
  as(username: string): Promise<string>;
  /** POST /api/dossiers/{code}/actions as a demo account. */
  act(username: string, code: string, action: string, extra?: object): Promise<LightMyRequestResponse>;
  /** Receives at the counter, as a demo account, a dossier with its case's required components. */
  receive(
    username: string,
    procedureCode: string,
    caseCode: string,
    applicant: { fullName: string; idNumber: string; phone: string },
  ): Promise<{ code: string; dueDate: string }>;
}

export async function createTestApp(
  options: {
    env?: Record<string, string>;
    clock?: () => Date;
    serverClock?: () => Date;
    /** Logs on, at the env's LOG_LEVEL, into this stream (anonymous-reports.test.ts reads them). */
    logStream?: { write(line: string): void };
  } = {},
) {
  const database = await openTestDatabase();
  const env = readEnv({
    MOTCUA_DATA_DIR: '.tmp/unused',
    MOTCUA_RATE_LIMIT_PER_MINUTE: '100000',
    // Tests receive dozens of dossiers a second as one officer; intake-limit.test.ts sets its own.
    MOTCUA_INTAKE_PER_CREDENTIAL_PER_MINUTE: '100000',
    MOTCUA_CITIZEN_SUBMISSIONS_PER_MINUTE: '100000',
    MOTCUA_CITIZEN_UPLOADS_PER_MINUTE: '100000',
    ...options.env,
  });
  const app = await buildServer({
    env,
    db: database.db,
    pool: database.pool,
    databaseKind: database.kind,
    calendar: new CalendarService(database.db),
    logger: options.logStream !== undefined,
    ...(options.logStream ? { logStream: options.logStream } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.serverClock ? { serverClock: options.serverClock } : {}),
  });
  await app.ready();
  const cookies: Record<string, string> = {};
  const testApp: TestApp = {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
    async login(username, password = 'motcua-demo') {
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password },
      });
      if (response.statusCode !== 200) throw new Error(`login ${username} failed: ${response.body}`);
      const cookie = response.cookies.find((c) => c.name === 'motcua.sid');
      if (!cookie) throw new Error('no session cookie');
      return `motcua.sid=${cookie.value}`;
    },
    async as(username) {
      cookies[username] ??= await testApp.login(username);
      return cookies[username];
    },
    async act(username, code, action, extra = {}) {
      return app.inject({
        method: 'POST',
        url: `/api/dossiers/${code}/actions`,
        payload: { action, ...extra },
        headers: { cookie: await testApp.as(username) },
      });
    },
    async receive(username, procedureCode, caseCode, applicant) {
      const procedure = (await app.inject(`/api/procedures/${procedureCode}`)).json();
      const procedureCase = procedure.cases.find((c: { code: string }) => c.code === caseCode);
      const components = (procedureCase.components as { id: string; quantity: number; required: boolean }[])
        .filter((k) => k.required)
        .map((k) => ({ id: k.id, quantity: k.quantity }));
      const res = await app.inject({
        method: 'POST',
        url: '/api/dossiers',
        payload: { procedureCode, caseCode, channel: 'counter', applicant, components },
        headers: { cookie: await testApp.as(username) },
      });
      if (res.statusCode !== 201) throw new Error(`intake ${procedureCode}/${caseCode} failed: ${res.body}`);
      return res.json();
    },
  };
  return testApp;
}
