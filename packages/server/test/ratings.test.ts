/**
 * The rating of a handled dossier (issue 13, item 1): one per dossier, online with the receipt's check code or
 * from a paper form, only once processing has ended, counted for the officers its log names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const ok = (res: { statusCode: number; body: string }) => expect(res.statusCode, res.body).toBe(200);

async function received(): Promise<string> {
  const { code } = await t.receive('tiepnhan.xa', '1.001193', 'dung-han', {
    fullName: 'Lò Thị Mai',
    idNumber: '037190006543',
    phone: '0912333444',
  });
  return code;
}

async function finishedAndReturned(): Promise<string> {
  const code = await received();
  ok(await t.act('tiepnhan.xa', code, 'transfer'));
  ok(await t.act('lanhdao.xa', code, 'assign', { data: { assignee: 'chuyenvien.xa' } }));
  ok(await t.act('chuyenvien.xa', code, 'submit-for-approval'));
  ok(await t.act('lanhdao.xa', code, 'approve'));
  ok(await t.act('vanthu.xa', code, 'issue-result', { data: { number: '7/2025' } }));
  ok(
    await t.act('tiepnhan.xa', code, 'return-result', {
      data: {
        method: 'counter',
        collector: { fullName: 'Lò Thị Mai', idNumber: '037190006543', relation: 'self' },
      },
    }),
  );
  return code;
}

const checkCodeOf = async (code: string): Promise<string> => {
  const res = await t.app.inject({
    url: `/api/dossiers/${code}`,
    headers: { cookie: await t.as('tiepnhan.xa') },
  });
  ok(res);
  return res.json().checkCode;
};

const rateOnline = (body: object) =>
  t.app.inject({ method: 'POST', url: '/api/public/ratings', payload: body });
const rateOnPaper = async (username: string, code: string, body: object) =>
  t.app.inject({
    method: 'POST',
    url: `/api/dossiers/${encodeURIComponent(code)}/rating`,
    payload: body,
    headers: { cookie: await t.as(username) },
  });

describe('rating a dossier', () => {
  it('takes one online rating with the receipt’s check code, freezing the scores and whom it counts for', async () => {
    const code = await finishedAndReturned();
    const token = await checkCodeOf(code);
    const wrong = await rateOnline({
      code,
      token: token === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA',
      satisfaction: 'satisfied',
    });
    expect(wrong.statusCode).toBe(404);

    const first = await rateOnline({
      code,
      token: token.toLowerCase(),
      satisfaction: 'very-satisfied',
      indicators: { 7: 'very-satisfied', 9: 'dissatisfied' },
      comment: '  Cán bộ tận tình <script>alert(1)</script>  ',
    });
    expect(first.statusCode, first.body).toBe(201);
    const view = first.json();
    expect(view).toMatchObject({ code, satisfaction: 'very-satisfied', channel: 'online' });
    const points = Object.fromEntries(
      view.scores.map((s: { n: number; points: number | null }) => [s.n, s.points]),
    );
    expect(points).toMatchObject({ 3: 2, 4: 2, 6: null, 7: 2, 9: 0 });

    const again = await rateOnline({ code, token, satisfaction: 'dissatisfied' });
    expect(again.statusCode).toBe(409);
    expect((await rateOnPaper('tiepnhan.xa', code, { satisfaction: 'dissatisfied' })).statusCode).toBe(409);

    const row = await t.database.db
      .selectFrom('dossierRatings')
      .innerJoin('dossiers', 'dossiers.id', 'dossierRatings.dossierId')
      .select(['officers', 'returnedBy', 'comment', 'enteredBy', 'agencyCodes', 'satisfaction'])
      .where('dossiers.code', '=', code)
      .executeTakeFirstOrThrow();
    expect(row.satisfaction).toBe('very-satisfied');
    expect(row.comment).toBe('Cán bộ tận tình <script>alert(1)</script>');
    expect(row.enteredBy).toBeNull();
    const names = row.officers.map((o) => o.name).sort();
    expect(names).toHaveLength(4);
    expect(row.returnedBy?.name).toBeDefined();
    expect(row.officers.map((o) => o.id)).toContain(row.returnedBy?.id);
  });

  it('refuses to rate a dossier still being processed, and writes nothing', async () => {
    const code = await received();
    const res = await rateOnPaper('tiepnhan.xa', code, { satisfaction: 'satisfied' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.reason).toBe('not-finished');
    const got = await t.app.inject({
      url: `/api/dossiers/${code}/rating`,
      headers: { cookie: await t.as('tiepnhan.xa') },
    });
    expect(got.json()).toBeNull();
  });

  it('lets staff in scope enter a paper form, and answers others as for an unknown dossier', async () => {
    const code = await finishedAndReturned();
    expect((await rateOnPaper('tiepnhan.xa2', code, { satisfaction: 'satisfied' })).statusCode).toBe(404);
    const res = await rateOnPaper('tiepnhan.xa', code, { satisfaction: 'dissatisfied', comment: 'Chờ lâu' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().channel).toBe('paper');
    const got = await t.app.inject({
      url: `/api/dossiers/${code}/rating`,
      headers: { cookie: await t.as('lanhdao.xa') },
    });
    expect(got.json()).toMatchObject({ satisfaction: 'dissatisfied', channel: 'paper' });
  });

  it('sums ratings per officer and agency for the leaders and the supervisor, within their scope', async () => {
    const summary = async (who: string, query = 'from=2020-01-01&to=2020-12-31') =>
      t.app.inject({ url: `/api/ratings/summary?${query}`, headers: { cookie: await t.as(who) } });
    const year = new Date().getFullYear();
    const res = await summary('lanhdao.xa', `from=${year}-01-01&to=${year}-12-31`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const officer = body.officers.find((o: { name: string; n: number }) => o.n > 0);
    expect(officer.levels).toBeDefined();
    expect(body.agencies.length).toBeGreaterThan(0);
    const everyone = await summary('giamsat.tinh', `from=${year}-01-01&to=${year}-12-31`);
    expect(everyone.json().officers.length).toBeGreaterThanOrEqual(body.officers.length);
    // A provincial department's leader sees none of the commune's officers; a specialist sees no summary.
    const department = (await summary('lanhdao.tuphap', `from=${year}-01-01&to=${year}-12-31`)).json();
    const communeOfficers = new Set(body.officers.map((o: { id: string }) => o.id));
    expect(department.officers.filter((o: { id: string }) => communeOfficers.has(o.id))).toEqual([]);
    expect((await summary('chuyenvien.xa')).statusCode).toBe(403);
    expect((await summary('lanhdao.xa', 'from=2020-01-01&to=2022-01-01')).statusCode).toBe(400);
  });

  it('takes exactly one of two ratings sent at the same moment', async () => {
    const code = await finishedAndReturned();
    const token = await checkCodeOf(code);
    const answers = await Promise.all([
      rateOnline({ code, token, satisfaction: 'satisfied' }),
      rateOnline({ code, token, satisfaction: 'dissatisfied' }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
  });

  it('names the field of a bad rating', async () => {
    const code = await finishedAndReturned();
    const token = await checkCodeOf(code);
    for (const [body, path] of [
      [{ code, token, satisfaction: 'great' }, 'satisfaction'],
      [{ code, token, satisfaction: 'satisfied', comment: 'x'.repeat(2001) }, 'comment'],
      [{ code, token, satisfaction: 'satisfied', indicators: { 1: 'satisfied' } }, 'indicators'],
      [{ code, satisfaction: 'satisfied' }, 'token'],
    ] as const) {
      const res = await rateOnline(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(res.json().error.fields)).toContain(path);
    }
  });
});

describe('the counter’s rating tablet', () => {
  const kioskGet = (key?: string) =>
    t.app.inject({ url: '/api/kiosk/invitation', headers: key ? { 'x-kiosk-key': key } : {} });
  const kioskRate = (key: string, code: string, body: object) =>
    t.app.inject({
      method: 'POST',
      url: `/api/dossiers/${encodeURIComponent(code)}/rating`,
      payload: body,
      headers: { 'x-kiosk-key': key },
    });
  const invite = async (username: string, code: string, kioskId: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/dossiers/${encodeURIComponent(code)}/rating-invitation`,
      payload: { kioskId },
      headers: { cookie: await t.as(username) },
    });

  it('rates the dossier its officer invited, once, crediting the tablet and that officer', async () => {
    const paired = await t.app.inject({
      method: 'POST',
      url: '/api/rating-kiosks',
      payload: { name: 'Quầy 1' },
      headers: { cookie: await t.as('tiepnhan.xa') },
    });
    expect(paired.statusCode, paired.body).toBe(201);
    const { id, key } = paired.json();
    expect((await kioskGet()).statusCode).toBe(401);
    expect((await kioskGet('not-a-key')).statusCode).toBe(401);
    expect((await kioskGet(key)).json()).toBeNull();

    const running = await received();
    expect((await invite('tiepnhan.xa', running, id)).statusCode).toBe(409);
    const code = await finishedAndReturned();
    expect((await invite('lanhdao.xa', code, id)).statusCode).toBe(403);
    expect((await invite('tiepnhan.xa2', code, id)).statusCode).toBe(404);
    const invited = await invite('tiepnhan.xa', code, id);
    expect(invited.statusCode, invited.body).toBe(201);

    const shown = (await kioskGet(key)).json();
    expect(shown).toMatchObject({ code, procedureName: expect.any(String), officerName: expect.any(String) });
    expect(JSON.stringify(shown)).not.toContain('Lò Thị Mai');
    // Not the dossier it was invited for: answered as unknown.
    const wrongDossier = await kioskRate(key, running, { satisfaction: 'satisfied' });
    expect(wrongDossier.statusCode, wrongDossier.body).toBe(404);

    const rated = await kioskRate(key, code, {
      satisfaction: 'very-satisfied',
      indicators: { 7: 'very-satisfied' },
    });
    expect(rated.statusCode, rated.body).toBe(201);
    expect(rated.json().channel).toBe('kiosk');
    expect((await kioskGet(key)).json()).toBeNull();
    expect((await kioskRate(key, code, { satisfaction: 'satisfied' })).statusCode).toBe(404);
    const row = await t.database.db
      .selectFrom('dossierRatings')
      .innerJoin('dossiers', 'dossiers.id', 'dossierRatings.dossierId')
      .select(['kioskId', 'invitedBy', 'dossierRatings.channel'])
      .where('dossiers.code', '=', code)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ kioskId: id, channel: 'kiosk' });
    expect(row.invitedBy?.name).toBeTruthy();
    // Rated: a new invitation is refused.
    expect((await invite('tiepnhan.xa', code, id)).statusCode).toBe(409);
  });

  it('lets an invitation lapse', async () => {
    const paired = await t.app.inject({
      method: 'POST',
      url: '/api/rating-kiosks',
      payload: { name: 'Quầy 2' },
      headers: { cookie: await t.as('tiepnhan.xa') },
    });
    const { id, key } = paired.json();
    const code = await finishedAndReturned();
    expect((await invite('tiepnhan.xa', code, id)).statusCode).toBe(201);
    await t.database.db
      .updateTable('ratingInvitations')
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where('kioskId', '=', id)
      .execute();
    expect((await kioskGet(key)).json()).toBeNull();
    expect((await kioskRate(key, code, { satisfaction: 'satisfied' })).statusCode).toBe(404);
  });
});
