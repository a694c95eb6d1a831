import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
let communeCounter: string;
beforeAll(async () => {
  t = await createTestApp();
  const cookie = await t.login('tiepnhan.xa');
  communeCounter = (await t.app.inject({ url: '/api/auth/me', headers: { cookie } })).json().user.agency.code;
});
afterAll(() => t.close());

const get = async (url: string) => {
  const res = await t.app.inject(url);
  return { status: res.statusCode, body: res.json() };
};
const q = encodeURIComponent;

describe('same-day procedures', () => {
  it.each([
    ['2025-03-03T14:59:00+07:00', '2025-03-03'], // Monday, before the 15:00 cut-off
    ['2025-03-03T15:00:00+07:00', '2025-03-03'], // at the cut-off
    ['2025-03-03T15:01:00+07:00', '2025-03-04'], // after it: next working day
    ['2025-03-08T09:00:00+07:00', '2025-03-10'], // Saturday counter session: does not advance deadlines
    ['2025-04-25T16:00:00+07:00', '2025-04-26'], // after the cut-off on Friday: Saturday 26/4 is a make-up day
    ['2025-03-03T07:30:00Z', '2025-03-03'], // 14:30 in Vietnam
    ['2025-03-03T08:30:00Z', '2025-03-04'], // 15:30 in Vietnam
  ])('received %s is due %s', async (receivedAt, due) => {
    const { status, body } = await get(`/api/calendar/same-day-due?receivedAt=${q(receivedAt)}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ due, sameDayCutoff: '15:00' });
  });

  it.each(['2025-03-03', '2025-03-03T14:59:00', 'hôm nay', '2025-02-30T10:00:00+07:00'])(
    'refuses receivedAt=%s naming the field',
    async (receivedAt) => {
      const { status, body } = await get(`/api/calendar/same-day-due?receivedAt=${q(receivedAt)}`);
      expect(status).toBe(400);
      expect(body.error.fields[0].path).toBe('receivedAt');
    },
  );
});

describe('procedures measured in working hours', () => {
  it.each([
    ['2025-03-03T07:30:00+07:00', 8, '2025-03-04T07:30:00+07:00'],
    ['2025-03-03T10:30:00+07:00', 2, '2025-03-03T14:30:00+07:00'], // over the lunch break
    ['2025-01-24T16:30:00+07:00', 2, '2025-02-03T08:30:00+07:00'], // over the 2025 Tết break
    ['2025-03-03T00:30:00Z', 4, '2025-03-03T13:30:00+07:00'], // ends at 11:30: work resumes 13:30
    ['2025-03-08T09:00:00+07:00', 1, '2025-03-10T08:30:00+07:00'], // received on a Saturday
  ])('from %s plus %i hours is %s', async (from, hours, due) => {
    const { status, body } = await get(`/api/calendar/working-hours?from=${q(from)}&hours=${hours}`);
    expect(status).toBe(200);
    expect(body.due).toBe(due);
  });

  it('refuses negative or absurd hour counts', async () => {
    expect(
      (await get(`/api/calendar/working-hours?from=${q('2025-03-03T07:30:00+07:00')}&hours=-1`)).status,
    ).toBe(400);
    const absurd = await get(
      `/api/calendar/working-hours?from=${q('2025-03-03T07:30:00+07:00')}&hours=99999999`,
    );
    expect(absurd.status).toBe(400);
    expect(absurd.body.error.fields[0].path).toBe('hours');
  });
});

describe('office hours per centre', () => {
  it('defaults to 07:30–11:30, 13:30–17:30 with a 15:00 cut-off', async () => {
    const { status, body } = await get(`/api/agencies/${communeCounter}/office-hours`);
    expect(status).toBe(200);
    expect(body).toEqual({
      agencyCode: communeCounter,
      sessions: [
        { start: '07:30', end: '11:30' },
        { start: '13:30', end: '17:30' },
      ],
      sameDayCutoff: '15:00',
      saturdayCounter: false,
    });
  });

  it('404s for an unknown agency', async () => {
    expect((await get('/api/agencies/khong-co/office-hours')).status).toBe(404);
  });

  const put = async (body: object, cookie: string, code = communeCounter) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/admin/agencies/${code}/office-hours`,
      payload: body,
      headers: { cookie },
    });
  const later = {
    sessions: [
      { start: '07:00', end: '11:30' },
      { start: '13:00', end: '17:00' },
    ],
    sameDayCutoff: '16:00',
    saturdayCounter: true,
  };

  it('lets an administrator move the cut-off, which then decides same-day deadlines at that centre', async () => {
    const receivedAt = q('2025-03-03T15:30:00+07:00');
    expect(
      (await get(`/api/calendar/same-day-due?receivedAt=${receivedAt}&agency=${communeCounter}`)).body.due,
    ).toBe('2025-03-04');
    const res = await put(later, await t.login('admin'));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ sameDayCutoff: '16:00', saturdayCounter: true });
    expect(
      (await get(`/api/calendar/same-day-due?receivedAt=${receivedAt}&agency=${communeCounter}`)).body.due,
    ).toBe('2025-03-03');
    // Other centres keep the default cut-off.
    expect((await get(`/api/calendar/same-day-due?receivedAt=${receivedAt}`)).body.due).toBe('2025-03-04');
    // A Saturday counter session still does not advance deadlines.
    const saturday = q('2025-03-08T09:00:00+07:00');
    expect(
      (await get(`/api/calendar/same-day-due?receivedAt=${saturday}&agency=${communeCounter}`)).body.due,
    ).toBe('2025-03-10');
    // Hours count in that centre's sessions: 07:00 + 8 h = 07:00 + 4.5 h + 3.5 h → 16:30 the same day.
    const hours = await get(
      `/api/calendar/working-hours?from=${q('2025-03-03T07:00:00+07:00')}&hours=8&agency=${communeCounter}`,
    );
    expect(hours.body.due).toBe('2025-03-03T16:30:00+07:00');
  });

  it('lets a centre supervisor change their own centre’s hours only, and no counter officer', async () => {
    const supervisor = await t.login('giamsat.tinh');
    const own = (await t.app.inject({ url: '/api/auth/me', headers: { cookie: supervisor } })).json().user
      .agency.code;
    expect((await put(later, supervisor, own)).statusCode).toBe(200);
    // Another centre (the commune's): the supervisor sees it but may not change it, and nothing changes.
    const before = (await get(`/api/agencies/${communeCounter}/office-hours`)).body;
    expect((await put({ ...later, sameDayCutoff: '16:30' }, supervisor)).statusCode).toBe(403);
    expect((await get(`/api/agencies/${communeCounter}/office-hours`)).body).toEqual(before);
    expect((await put(later, await t.login('tiepnhan.xa'))).statusCode).toBe(403);
    expect((await put(later, '')).statusCode).toBe(401);
  });

  it.each([
    [{ ...later, sessions: [{ start: '07:00', end: '25:00' }] }, 'sessions[0].end'],
    [{ ...later, sameDayCutoff: '3pm' }, 'sameDayCutoff'],
    [{ ...later, sessions: [{ start: '11:00', end: '09:00' }] }, 'sessions'],
    [
      {
        ...later,
        sessions: [
          { start: '07:00', end: '12:00' },
          { start: '11:00', end: '17:00' },
        ],
      },
      'sessions',
    ],
    [{ ...later, sessions: [] }, 'sessions'],
  ])('refuses %j naming %s', async (body, path) => {
    const admin = await t.login('admin');
    const before = (await get(`/api/agencies/${communeCounter}/office-hours`)).body;
    const res = await put(body, admin);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toContain(path);
    expect((await get(`/api/agencies/${communeCounter}/office-hours`)).body).toEqual(before);
  });
});
