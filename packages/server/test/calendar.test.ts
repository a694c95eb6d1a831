import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMigrations } from '../src/adapters/db/migrate.ts';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
let clock = new Date('2026-03-02T09:00:00+07:00');
beforeAll(async () => {
  t = await createTestApp({ clock: () => clock });
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
    // 2026 New Year swap (12729/VPCP-KGVX): Fri 2/1 off, Sat 10/1 worked.
    ['2025-12-31', 1, '2026-01-05'],
    ['2026-01-09', 1, '2026-01-10'],
    // 2026 National Day swap (VPCP, 13/10/2025): Sat 22/8 worked, Mon 31/8 off, 1/9 and 2/9 holidays.
    ['2026-08-21', 1, '2026-08-22'],
    ['2026-08-28', 1, '2026-09-03'],
    // `from` is not counted; zero days on a working day is that day.
    ['2025-03-03', 0, '2025-03-03'],
    ['2025-03-07', 1, '2025-03-10'],
  ])('from %s plus %i working days is %s', async (from, days, due) => {
    const res = await get(`/api/calendar/working-days?from=${from}&days=${days}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ from, days, due, status: 'official', provisionalYears: [] });
  });

  it('says the count is provisional when it crosses a year whose schedule awaits its decision', async () => {
    // 2027's Tết days are estimates until the Prime Minister's decision is entered.
    const res = await get('/api/calendar/working-days?from=2026-12-28&days=10');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'provisional', provisionalYears: [2027] });
    const within = await get('/api/calendar/working-days?from=2026-12-01&days=5');
    expect(within.json()).toMatchObject({ status: 'official', provisionalYears: [] });
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

  it('gives 2026 as officially decided, each day with its source', async () => {
    const body = (await get('/api/calendar/holidays?year=2026')).json();
    expect(body.status).toBe('official');
    const day = (date: string) => body.days.find((d: { date: string }) => d.date === date);
    expect(day('2026-01-02')).toMatchObject({ kind: 'swap-off', source: { basis: 'decision' } });
    expect(day('2026-01-10').source.reference).toContain('12729/VPCP-KGVX ngày 25/12/2025');
    expect(day('2026-08-22')).toMatchObject({ kind: 'swap-work' });
    expect(day('2026-08-31').source.reference).toContain('13/10/2025');
    expect(day('2026-01-01').source).toEqual({
      basis: 'statute',
      reference: 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm a',
      referenceEn: 'Labour Code 2019, Art. 112(1)(a)',
    });
    for (const d of body.days) expect(['statute', 'decision']).toContain(d.source.basis);
    // Vietnam Culture Day is not a holiday until a law is entered (docs/domain/calendar.md).
    expect(day('2026-11-24')).toBeUndefined();
    expect((await get('/api/calendar/working-days?from=2026-11-23&days=1')).json().due).toBe('2026-11-24');
  });

  it('flags a year without a decision as provisional, with Tết from the lunar calendar', async () => {
    const body = (await get('/api/calendar/holidays?year=2030')).json();
    expect(body.status).toBe('provisional');
    const tetEve = body.days.find((d: { date: string }) => d.date === '2030-02-01');
    expect(tetEve.source.basis).toBe('estimate');
    expect(body.days.find((d: { date: string }) => d.date === '2030-04-30').source.basis).toBe('statute');
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
    source: 'Thông báo số 123/TB-BNV ngày 01/12/2026 (ví dụ kiểm thử)',
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
  const put = (body: unknown, cookie?: string, year = 2027) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/admin/calendar/${year}`,
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
    // A day entered without its own source rests on the year's decision.
    expect(holidays.days[1].source).toEqual({
      basis: 'decision',
      reference: schedule2027.source,
      referenceEn: schedule2027.source,
    });
    // Thursday 11/2 is swapped off: the next working day after Wednesday 10/2 is Friday 12/2.
    expect((await get('/api/calendar/working-days?from=2027-02-10&days=1')).json().due).toBe('2027-02-12');
    // Saturday 20/2 is now a make-up working day.
    expect((await get('/api/calendar/working-days?from=2027-02-19&days=1')).json().due).toBe('2027-02-20');
  });

  it('keeps a year provisional, on the page and in the calculator, while its decision has no number or date', async () => {
    const admin = await t.login('admin');
    const day = { date: '2029-02-12', name: 'Tết Nguyên đán', nameEn: 'Lunar New Year', kind: 'holiday' };
    const unnumbered = { source: 'Văn bản của Văn phòng Chính phủ (chờ số)', days: [day] };
    expect((await put(unnumbered, admin, 2029)).json().status).toBe('provisional');
    expect((await get('/api/calendar/holidays?year=2029')).json().status).toBe('provisional');
    expect((await get('/api/calendar/working-days?from=2029-02-09&days=3')).json()).toMatchObject({
      status: 'provisional',
      provisionalYears: [2029],
    });
    const numbered = { source: 'Công văn 99/VPCP-KGVX ngày 01/11/2028 (ví dụ kiểm thử)', days: [day] };
    expect((await put(numbered, admin, 2029)).json().status).toBe('official');
    expect((await get('/api/calendar/working-days?from=2029-02-09&days=3')).json().status).toBe('official');
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

  it('keeps a year with an estimated day provisional, and names a bad source', async () => {
    const admin = await t.login('admin');
    const days = [
      ...schedule2027.days.slice(0, 1),
      {
        ...schedule2027.days[1],
        source: { basis: 'estimate', reference: 'Chờ quyết định của Thủ tướng' },
      },
    ];
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/admin/calendar/2028',
      payload: {
        source: 'Thông báo thử',
        days: days.map((d) => ({ ...d, date: String(d.date).replace('2027', '2028') })),
      },
      headers: { cookie: admin },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('provisional');
    const bad = await t.app.inject({
      method: 'PUT',
      url: '/api/admin/calendar/2028',
      payload: {
        source: 'Thông báo thử',
        days: [
          { ...schedule2027.days[0], date: '2028-01-03', source: { basis: 'decision', reference: ' ' } },
        ],
      },
      headers: { cookie: admin },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path)).toContain(
      'days[0].source.reference',
    );
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

describe('statutory holidays added by a later law', () => {
  // A hypothetical law for the test: Vietnam Culture Day is not a holiday until one is enacted and entered.
  const cultureDay = {
    month: 11,
    day: 24,
    name: 'Ngày Văn hóa Việt Nam',
    nameEn: 'Vietnam Culture Day',
    effectiveFrom: '2027-01-01',
    compensated: true,
    reference: 'Luật sửa đổi, bổ sung Bộ luật Lao động (ví dụ kiểm thử), hiệu lực từ 01/01/2027',
  };
  const post = (body: unknown, cookie?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/admin/calendar/statutory-holidays',
      payload: body as object,
      ...(cookie ? { headers: { cookie } } : {}),
    });
  const due = async (from: string) =>
    (await get(`/api/calendar/working-days?from=${from}&days=1`)).json().due;

  it('is for a signed-in system administrator only', async () => {
    expect((await post(cultureDay)).statusCode).toBe(401);
    expect((await post(cultureDay, await t.as('tiepnhan.tinh'))).statusCode).toBe(403);
    expect((await post(cultureDay, await t.as('lanhdao.xa'))).statusCode).toBe(403);
    expect((await get('/api/calendar/statutory-holidays')).json().items).toEqual([]);
  });

  it.each([
    ['a month out of range', { month: 13 }, 'month'],
    ['29 February', { month: 2, day: 29 }, 'day'],
    ['a Labour Code holiday', { month: 9, day: 2 }, 'day'],
    ['an impossible effective date', { effectiveFrom: '2027-13-01' }, 'effectiveFrom'],
    ['no legal source', { reference: '' }, 'reference'],
    ['no compensation rule', { compensated: undefined }, 'compensated'],
    ['an unknown field', { lunar: true }, 'lunar'],
  ])('refuses %s with 400 naming %s, and stores nothing', async (_label, change, field) => {
    const res = await post({ ...cultureDay, ...change }, await t.as('admin'));
    expect(res.statusCode, res.body).toBe(400);
    expect(JSON.stringify(res.json().error.fields.map((f: { path: string }) => f.path))).toContain(field);
    expect((await get('/api/calendar/statutory-holidays')).json().items).toEqual([]);
  });

  it('counts from its effective date: deadlines in 2026 stay, 2027 ones move; recorded due dates stay', async () => {
    // Received on Tuesday 23/11/2027 with 3 working days to go (the test catalogue's limit).
    clock = new Date('2027-11-23T09:00:00+07:00');
    const applicant = { fullName: 'Lê Thị Văn', idNumber: '037090011111', phone: '0912111222' };
    const first = await t.receive('tiepnhan.xa', '1.001193', 'qua-han', applicant);
    expect(first.dueDate).toBe('2027-11-26');
    expect(await due('2027-11-23')).toBe('2027-11-24');

    const admin = await t.as('admin');
    const res = await post(cultureDay, admin);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      ...cultureDay,
      referenceEn: cultureDay.reference,
      createdBy: 'admin',
    });
    expect((await post(cultureDay, admin)).statusCode).toBe(409);

    expect(await due('2026-11-23')).toBe('2026-11-24'); // before the law: unchanged
    expect(await due('2027-11-23')).toBe('2027-11-25');
    const year = (await get('/api/calendar/holidays?year=2027')).json();
    expect(year.days.find((d: { date: string }) => d.date === '2027-11-24')).toMatchObject({
      kind: 'holiday',
      source: { basis: 'statute', reference: cultureDay.reference },
    });
    expect((await get('/api/calendar/holidays?year=2026')).json().days).not.toContainEqual(
      expect.objectContaining({ date: '2026-11-24' }),
    );
    // 24/11/2029 is a Saturday: made up on Monday 26/11, as this law says.
    expect(await due('2029-11-23')).toBe('2029-11-27');

    // The dossier received before keeps its recorded due date; one received now counts the new day.
    const view = (
      await t.app.inject({ url: `/api/dossiers/${first.code}`, headers: { cookie: admin } })
    ).json();
    expect(view.dueDate).toBe('2027-11-26');
    const second = await t.receive('tiepnhan.xa', '1.001193', 'qua-han', {
      ...applicant,
      idNumber: '037090011112',
    });
    expect(second.dueDate).toBe('2027-11-29'); // 25, 26 and Monday 29/11
    expect((await get('/api/calendar/statutory-holidays')).json().items).toHaveLength(1);
  });
});

describe('migration 0007 (calendar sources)', () => {
  it('gives each day of a year entered before it the year’s source as its decision', async () => {
    const { pool } = t.database;
    const legacy = [
      { date: '2031-01-02', name: 'Hoán đổi ngày nghỉ', nameEn: 'Swapped day off', kind: 'swap-off' },
    ];
    await pool.query(
      "INSERT INTO calendar_years (year, source, days, updated_by) VALUES (2031, 'Thông báo cũ 1/TB', $1, 'admin')",
      [JSON.stringify(legacy)],
    );
    const migration = readMigrations().find((m) => m.version === 7);
    const backfill = migration?.sql
      .split(/;\s*\n/)
      .find((statement) => statement.includes('UPDATE calendar_years'));
    await pool.query(String(backfill));
    t.app.ctx.calendar.invalidate();
    const year = (await get('/api/calendar/holidays?year=2031')).json();
    // Its document has a number but no date: the year is not official until both are entered.
    expect(year.status).toBe('provisional');
    expect(year.days.find((d: { date: string }) => d.date === '2031-01-02')).toEqual({
      ...legacy[0],
      source: { basis: 'decision', reference: 'Thông báo cũ 1/TB', referenceEn: 'Thông báo cũ 1/TB' },
    });
  });
});
