import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = (url: string, cookie?: string) =>
  t.app.inject({ method: 'GET', url, ...(cookie ? { headers: { cookie } } : {}) });

describe('GET /api/calendar/working-days', () => {
  it.each([
    // Friday before the 2025 Tết break (25/1–2/2): the next working day is Monday 3/2.
    ['2025-01-24', 1, '2025-02-03'],
    // Make-up Saturday 26/4/2025 is a working day; 30/4–4/5 is off (2/5 swapped).
    ['2025-04-25', 1, '2025-04-26'],
    ['2025-04-26', 1, '2025-04-28'],
    ['2025-04-29', 1, '2025-05-05'],
    // 2024: Saturday 4/5 made up for Monday 29/4.
    ['2024-05-03', 1, '2024-05-04'],
    // 2026: Hùng Kings falls on Sunday 26/4, compensatory Monday 27/4; then 30/4 and 1/5.
    ['2026-04-24', 1, '2026-04-28'],
    ['2026-04-28', 2, '2026-05-04'],
    // `from` is not counted; zero days on a working day is that day.
    ['2025-03-03', 0, '2025-03-03'],
    ['2025-03-07', 1, '2025-03-10'],
  ])('from %s plus %i working days is %s', async (from, days, due) => {
    const res = await get(`/api/calendar/working-days?from=${from}&days=${days}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ from, days, due });
  });

  it.each([
    ['from=2025-01-01&days=-1', 'days'],
    ['from=2025-02-30&days=1', 'from'],
    ['from=2025-2-3&days=1', 'from'],
    ['from=hôm-nay&days=1', 'from'],
    ['from=2025-01-01&days=1000000', 'days'],
    ['from=2025-01-01&days=1.5', 'days'],
    ['from=2025-01-01', 'days'],
    ['days=3', 'from'],
  ])('refuses %s naming %s', async (query, field) => {
    const res = await get(`/api/calendar/working-days?${query}`);
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.any(String),
      messageEn: expect.any(String),
    });
    expect(error.fields.map((f: { path: string }) => f.path)).toContain(field);
  });
});

describe('GET /api/calendar/holidays', () => {
  it('lists the official 2025 schedule', async () => {
    const body = (await get('/api/calendar/holidays?year=2025')).json();
    expect(body.year).toBe(2025);
    expect(body.status).toBe('official');
    const dates = body.days.map((d: { date: string }) => d.date);
    for (const date of [
      '2025-01-01',
      '2025-01-27',
      '2025-01-31',
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-09-02',
    ]) {
      expect(dates).toContain(date);
    }
    expect(body.days).toContainEqual(expect.objectContaining({ date: '2025-04-26', kind: 'swap-work' }));
    expect(body.days).toContainEqual(expect.objectContaining({ date: '2025-05-02', kind: 'swap-off' }));
  });

  it('flags a year without a decision as provisional, with Tết from the lunar calendar', async () => {
    const body = (await get('/api/calendar/holidays?year=2030')).json();
    expect(body.status).toBe('provisional');
    // Tết 2030 is Saturday 2 February in Vietnam (UTC+7), a day before China's.
    const tet = body.days.filter((d: { name: string }) => d.name.startsWith('Tết Nguyên đán'));
    expect(tet.map((d: { date: string }) => d.date)).toContain('2030-02-02');
  });

  it.each(['year=1800', 'year=abc', ''])('refuses %s', async (query) => {
    const res = await get(`/api/calendar/holidays?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('year');
  });
});

describe('PUT /api/admin/calendar/{year}', () => {
  const schedule2027 = {
    source: 'Thông báo số 123/TB-BNV (ví dụ kiểm thử)',
    days: [
      { date: '2027-01-01', name: 'Tết Dương lịch', nameEn: "New Year's Day", kind: 'holiday' },
      { date: '2027-02-04', name: 'Tết Nguyên đán', nameEn: 'Lunar New Year', kind: 'holiday' },
      { date: '2027-02-05', name: 'Tết Nguyên đán', nameEn: 'Lunar New Year', kind: 'holiday' },
      { date: '2027-02-08', name: 'Tết Nguyên đán', nameEn: 'Lunar New Year', kind: 'holiday' },
      { date: '2027-02-09', name: 'Tết Nguyên đán', nameEn: 'Lunar New Year', kind: 'holiday' },
      { date: '2027-02-10', name: 'Tết Nguyên đán', nameEn: 'Lunar New Year', kind: 'holiday' },
      { date: '2027-02-11', name: 'Hoán đổi ngày nghỉ', nameEn: 'Swapped day off', kind: 'swap-off' },
      { date: '2027-02-20', name: 'Làm bù', nameEn: 'Make-up working day', kind: 'swap-work' },
    ],
  };
  const put = (body: unknown, cookie?: string) =>
    t.app.inject({
      method: 'PUT',
      url: '/api/admin/calendar/2027',
      payload: body as object,
      ...(cookie ? { headers: { cookie } } : {}),
    });

  it('requires a signed-in system administrator', async () => {
    expect((await put(schedule2027)).statusCode).toBe(401);
    const counter = await t.login('tiepnhan.tinh');
    expect((await put(schedule2027, counter)).statusCode).toBe(403);
  });

  it('saves an official year that then drives deadlines', async () => {
    const admin = await t.login('admin');
    // Provisional 2027 (no decision yet): Saturday 20/2 is not a working day.
    expect((await get('/api/calendar/working-days?from=2027-02-19&days=1')).json().due).toBe('2027-02-22');
    const res = await put(schedule2027, admin);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ year: 2027, status: 'official', source: schedule2027.source });
    const holidays = (await get('/api/calendar/holidays?year=2027')).json();
    expect(holidays.status).toBe('official');
    expect(holidays.days).toHaveLength(schedule2027.days.length);
    // Thursday 11/2 is swapped off: the next working day after Wednesday 10/2 is Friday 12/2.
    expect((await get('/api/calendar/working-days?from=2027-02-10&days=1')).json().due).toBe('2027-02-12');
    // Saturday 20/2 is now a make-up working day.
    expect((await get('/api/calendar/working-days?from=2027-02-19&days=1')).json().due).toBe('2027-02-20');
  });

  it('refuses an invalid schedule naming the row and leaves the stored year unchanged', async () => {
    const admin = await t.login('admin');
    const before = (await get('/api/calendar/holidays?year=2027')).json();
    const res = await put(
      {
        source: 'sai',
        days: [
          { date: '2027-02-30', name: 'Sai ngày', nameEn: 'Bad date', kind: 'holiday' },
          { date: '2027-03-01', name: 'Làm bù', nameEn: 'Make-up', kind: 'swap-work' },
        ],
      },
      admin,
    );
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['days[0].date', 'days[1].kind']));
    expect((await get('/api/calendar/holidays?year=2027')).json()).toEqual(before);
  });

  it('refuses an unknown kind through the schema', async () => {
    const admin = await t.login('admin');
    const res = await put(
      { source: 'x', days: [{ date: '2027-05-03', name: 'x', nameEn: 'x', kind: 'party' }] },
      admin,
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toMatch(/^days\[0\]\.kind/);
  });
});
