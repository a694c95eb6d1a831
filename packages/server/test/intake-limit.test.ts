/**
 * Issue 9, item 6: one credential may no longer use up a counter's daily numbers. Intakes are limited per
 * credential (each officer's account, the portal's token), counted before the body is read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

const TOKEN = 'portal-token-for-tests-0123456789';
const COUNTER = 'ninh-binh.phuong-hoa-lu.ttpvhcc';
const PER_MINUTE = 3;
let t: TestApp;
let required: { id: string; quantity: number }[] = [];
beforeAll(async () => {
  t = await createTestApp({
    env: { MOTCUA_PORTAL_TOKEN: TOKEN, MOTCUA_INTAKE_PER_CREDENTIAL_PER_MINUTE: String(PER_MINUTE) },
    clock: () => new Date('2025-03-03T09:00:00+07:00'),
  });
  const procedure = (await t.app.inject('/api/procedures/1.001193')).json();
  required = procedure.cases
    .find((c: { code: string }) => c.code === 'dung-han')
    .components.filter((c: { required: boolean }) => c.required)
    .map((c: { id: string; quantity: number }) => ({ id: c.id, quantity: c.quantity }));
});
afterAll(() => t.close());

const applicant = { fullName: 'Lò Văn Páo', idNumber: '037095001111', phone: '0915222333' };
const body = (channel: 'counter' | 'online') => ({
  procedureCode: '1.001193',
  caseCode: 'dung-han',
  channel,
  ...(channel === 'online' ? { receivingAgencyCode: COUNTER } : {}),
  applicant,
  components: channel === 'online' ? [{ id: 'to-khai', quantity: 1 }] : required,
});
const post = (payload: object, headers: Record<string, string>, url = '/api/dossiers') =>
  t.app.inject({ method: 'POST', url, payload, headers });
const portal = { authorization: `Bearer ${TOKEN}` };
const dossierCount = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('dossiers')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const expectLimited = (res: Awaited<ReturnType<typeof post>>) => {
  expect(res.statusCode, res.body).toBe(429);
  const retryAfter = Number(res.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(res.json()).toEqual({
    error: {
      code: 'RATE_LIMITED',
      message: expect.stringMatching(/^Quá nhiều hồ sơ .*\(tối đa 3 hồ sơ mỗi phút\)/),
      messageEn: expect.stringContaining('at most 3 a minute'),
    },
  });
};

describe('intakes per credential (MOTCUA_INTAKE_PER_CREDENTIAL_PER_MINUTE)', () => {
  it('stops the portal token after its allowance, and the flooded counter still receives walk-ins', async () => {
    for (let i = 0; i < PER_MINUTE; i++) expect((await post(body('online'), portal)).statusCode).toBe(201);
    const before = await dossierCount();
    expectLimited(await post(body('online'), portal));
    // Counted before the body is read: a body that would be refused is refused for the count first.
    expectLimited(await post({ nonsense: true }, portal));
    expect(await dossierCount()).toBe(before);
    const walkIn = await post(body('counter'), { cookie: await t.as('tiepnhan.xa') });
    expect(walkIn.statusCode, walkIn.body).toBe(201);
    expect(walkIn.json().code).toMatch(/-0004$/);
  });

  it('stops one officer after theirs, refusals included, and not another officer', async () => {
    const cookie = await t.as('tiepnhan.xa');
    // One intake above; a refusal at the counter counts too (it numbers a slip).
    const refusal = await post(
      { procedureCode: '1.001193', caseCode: 'dung-han', applicant, reason: 'Không thuộc thẩm quyền.' },
      { cookie },
      '/api/counter-slips/refusals',
    );
    expect(refusal.statusCode, refusal.body).toBe(201);
    expect((await post(body('counter'), { cookie })).statusCode).toBe(201);
    const before = await dossierCount();
    expectLimited(await post(body('counter'), { cookie }));
    expectLimited(
      await post(
        { procedureCode: '1.001193', applicant, reason: 'x' },
        { cookie },
        '/api/counter-slips/refusals',
      ),
    );
    expect(await dossierCount()).toBe(before);
    const other = await post(body('counter'), { cookie: await t.as('tiepnhan.xa2') });
    expect(other.statusCode, other.body).toBe(201);
  });

  it('answers an anonymous or wrong-token caller 401, before counting', async () => {
    for (let i = 0; i < PER_MINUTE + 2; i++) {
      expect((await post(body('counter'), {})).statusCode).toBe(401);
      expect(
        (await post(body('online'), { authorization: 'Bearer not-the-token-not-the-token' })).statusCode,
      ).toBe(401);
    }
  });
});
