/**
 * Citizen reception, dialogues and contacts (issue 12, item 4): the published schedule and its sessions,
 * registration within capacity and follow-up by code, the record of a reception accepted as a complaint
 * (the case opens, in the same transaction), the head's minimum-frequency gaps (none in the Tết week),
 * dialogues with questions, minutes and commitments, published contacts, scope, and the hash-chained log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyReceptionChains } from '../src/modules/reception/reception.repo.ts';
import { createTestApp, type TestApp } from './test-app.ts';

const XA = 'ninh-binh.phuong-hoa-lu.ubnd';
let now = new Date('2026-03-02T09:00:00+07:00'); // a Monday
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    clock: () => now,
    env: { MOTCUA_RECEPTION_POSTS_PER_ADDRESS_PER_MINUTE: '25' },
  });
});
afterAll(() => t.close());

const call = async (who: string | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({
    method,
    url,
    ...(payload ? { payload } : {}),
    headers: who ? { cookie: await t.as(who) } : {},
  });

const schedule = {
  entries: [
    {
      id: 'thu5',
      receiverRole: 'head',
      receiverName: 'Ông Đỗ Quang Hải, Chủ tịch UBND phường',
      recurrence: { kind: 'weekly', weekday: 4 },
      session: 'morning',
      place: 'Phòng tiếp công dân, trụ sở UBND phường',
      capacity: 2,
      validFrom: '2026-03-01',
    },
    {
      id: 'pct',
      receiverRole: 'deputy',
      receiverName: 'Bà Phó Chủ tịch',
      recurrence: { kind: 'weekly', weekday: 2 },
      session: 'afternoon',
      place: 'Phòng tiếp công dân',
      capacity: 5,
      validFrom: '2026-01-01',
    },
  ],
};
const registration = (extra: object = {}) => ({
  agencyCode: XA,
  entryId: 'thu5',
  date: '2026-03-05',
  session: 'morning',
  fullName: 'Nguyễn Văn An',
  phone: '0912 345 678',
  subject: 'Đề nghị xem xét quyết định thu hồi đất <script>alert(1)</script>',
  ...extra,
});

describe('the schedule', () => {
  it('is set by the commune leader, not by a specialist nor another agency’s leader', async () => {
    expect(
      (await call('chuyenvien.xa', 'PUT', `/api/reception/agencies/${XA}/schedule`, schedule)).statusCode,
    ).toBe(403);
    expect(
      (await call('lanhdao.tuphap', 'PUT', `/api/reception/agencies/${XA}/schedule`, schedule)).statusCode,
    ).toBe(403);
    expect((await call(null, 'PUT', `/api/reception/agencies/${XA}/schedule`, schedule)).statusCode).toBe(
      401,
    );
    const res = await call('lanhdao.xa', 'PUT', `/api/reception/agencies/${XA}/schedule`, schedule);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().entries).toHaveLength(2);
  });
  it('refuses a bad entry naming the field', async () => {
    const bad = { entries: [{ ...schedule.entries[0], validTo: '2026-01-01' }] };
    const res = await call('lanhdao.xa', 'PUT', `/api/reception/agencies/${XA}/schedule`, bad);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('entries[0].validTo');
  });
  it('is public with its dated sessions and places left', async () => {
    const res = await call(null, 'GET', `/api/public/reception/agencies/${XA}/schedule`);
    expect(res.statusCode, res.body).toBe(200);
    const first = res.json().sessions.find((s: { entryId: string }) => s.entryId === 'thu5');
    expect(first).toMatchObject({ date: '2026-03-05', placesLeft: 2, session: 'morning' });
    expect(res.headers['set-cookie']).toBeUndefined();
    const agencies = (await call(null, 'GET', '/api/public/reception/agencies')).json().items;
    expect(agencies.find((a: { code: string }) => a.code === XA)).toMatchObject({
      hasSchedule: true,
      duty: 'commune-chairman',
    });
  });
  it('shows the weeks short of the chairman’s weekly session, except the Tết week', async () => {
    const res = await call(
      'chuyenvien.xa',
      'GET',
      `/api/reception/agencies/${XA}?from=2026-02-02&to=2026-03-15`,
    );
    expect(res.statusCode, res.body).toBe(200);
    // Thursdays from 1/3 only: February's weeks are short, but 16–22/2 (Tết) has no working day.
    expect(res.json().gaps.map((g: { start: string }) => g.start)).toEqual([
      '2026-02-02',
      '2026-02-09',
      '2026-02-23',
    ]);
    expect((await call('tiepnhan.xa2', 'GET', `/api/reception/agencies/${XA}`)).statusCode).toBe(403);
  });
});

describe('registration and the record of the reception', () => {
  const codes: string[] = [];
  it('takes a session up to its capacity, then 409', async () => {
    for (const name of ['Nguyễn Văn An', 'Lê Thị Bình']) {
      const res = await call(
        null,
        'POST',
        '/api/public/reception/registrations',
        registration({ fullName: name }),
      );
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().code).toMatch(/^TCD-[A-Z2-9]{5}-[A-Z2-9]{5}$/);
      codes.push(res.json().code);
    }
    const full = await call(null, 'POST', '/api/public/reception/registrations', registration());
    expect(full.statusCode).toBe(409);
    const none = await call(
      null,
      'POST',
      '/api/public/reception/registrations',
      registration({ date: '2026-03-04' }),
    );
    expect(none.statusCode).toBe(400);
    expect(none.json().error.fields[0].path).toBe('entryId');
  });
  it('takes no more than the capacity when many register at once', async () => {
    const many = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        call(
          null,
          'POST',
          '/api/public/reception/registrations',
          registration({ date: '2026-03-12', fullName: `Người ${i}` }),
        ),
      ),
    );
    const statuses = many.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([201, 201, 409, 409, 409, 409]);
  });
  it('is followed by its code, the phone masked', async () => {
    const res = await call(null, 'POST', '/api/public/reception/registrations/lookup', {
      code: codes[0]?.toLowerCase(),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'registered', phone: '*******678', date: '2026-03-05' });
    expect((await call(null, 'GET', '/api/public/reception/registrations/TCD-22222-22222')).statusCode).toBe(
      404,
    );
  });
  it('the reception accepted as a complaint opens the case, and the registration shows it', async () => {
    now = new Date('2026-03-05T10:00:00+07:00');
    const record = {
      date: '2026-03-05',
      session: 'morning',
      receiverRole: 'head',
      receiverName: 'Đỗ Quang Hải',
      visitors: [{ fullName: 'Nguyễn Văn An', idNumber: '037190001234' }],
      content: 'Khiếu nại quyết định thu hồi đất số 12/QĐ-UBND',
      outcome: 'complaint',
      registrationCode: codes[0],
      phone: '0912345678',
    };
    expect(
      (await call('vanthu.xa', 'POST', `/api/reception/agencies/${XA}/records`, record)).statusCode,
    ).toBe(403);
    const res = await call('tiepnhan.xa', 'POST', `/api/reception/agencies/${XA}/records`, record);
    expect(res.statusCode, res.body).toBe(201);
    const followUp = res.json().followUp;
    expect(followUp.kind).toBe('complaint');
    expect(followUp.code).toMatch(/^KN-2026-\d{6}$/);
    const kase = await call('lanhdao.xa', 'GET', `/api/complaints/${followUp.code}`);
    expect(kase.statusCode, kase.body).toBe(200);
    expect(kase.json()).toMatchObject({ kind: 'complaint', channel: 'in-person', receivedOn: '2026-03-05' });
    const follow = (await call(null, 'GET', `/api/public/reception/registrations/${codes[0]}`)).json();
    expect(follow).toMatchObject({ status: 'received', outcome: 'complaint', followUp });
    // The same registration twice: 409, and nothing half-written.
    const again = await call('tiepnhan.xa', 'POST', `/api/reception/agencies/${XA}/records`, record);
    expect(again.statusCode).toBe(409);
  });
  it('a refusal needs a ground; a PAKN is kept with no code yet', async () => {
    const base = {
      date: '2026-03-05',
      session: 'morning',
      receiverRole: 'head',
      receiverName: 'Đỗ Quang Hải',
      visitors: [{ fullName: 'Trần Văn C' }],
      content: 'Phản ánh đường làng xuống cấp',
    };
    const refused = await call('tiepnhan.xa', 'POST', `/api/reception/agencies/${XA}/records`, {
      ...base,
      outcome: 'refused',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields[0].path).toBe('refusalGround');
    const pakn = await call('tiepnhan.xa', 'POST', `/api/reception/agencies/${XA}/records`, {
      ...base,
      outcome: 'feedback',
      feedbackKind: 'regulation',
    });
    expect(pakn.statusCode, pakn.body).toBe(201);
    // Accepted as a PAKN: the case is opened in the same transaction, at the agency, heard in person.
    const followUp = pakn.json().followUp;
    expect(followUp).toMatchObject({ kind: 'feedback', code: expect.stringMatching(/^PA-/) });
    const opened = await call('lanhdao.xa', 'GET', `/api/feedback/${followUp.code}`);
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json()).toMatchObject({ kind: 'regulation', channel: 'in-person', title: base.content });
  });
});

describe('dialogues and contacts', () => {
  let id: number;
  it('a dialogue is scheduled, takes questions until the day before, then publishes minutes and commitments', async () => {
    now = new Date('2026-03-05T10:00:00+07:00');
    const body = {
      date: '2026-03-20',
      time: '08:00',
      leaderName: 'Đỗ Quang Hải',
      leaderTitle: 'Chủ tịch UBND phường',
      topic: 'Giải phóng mặt bằng dự án đường vành đai',
      place: 'Hội trường UBND phường',
    };
    expect(
      (await call('chuyenvien.xa', 'POST', `/api/reception/agencies/${XA}/dialogues`, body)).statusCode,
    ).toBe(403);
    const res = await call('lanhdao.xa', 'POST', `/api/reception/agencies/${XA}/dialogues`, body);
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    const q = await call(null, 'POST', `/api/public/dialogues/${id}/questions`, {
      question: 'Mức bồi thường là bao nhiêu?',
    });
    expect(q.statusCode, q.body).toBe(201);
    const empty = await call(null, 'POST', `/api/public/dialogues/${id}/questions`, { question: '' });
    expect(empty.statusCode).toBe(400);
    now = new Date('2026-03-20T15:00:00+07:00');
    expect(
      (await call(null, 'POST', `/api/public/dialogues/${id}/questions`, { question: 'Muộn rồi?' }))
        .statusCode,
    ).toBe(409);
    const noMinutes = await call('lanhdao.xa', 'PUT', `/api/reception/dialogues/${id}`, {
      ...body,
      minutesPublished: true,
    });
    expect(noMinutes.statusCode).toBe(400);
    const published = await call('lanhdao.xa', 'PUT', `/api/reception/dialogues/${id}`, {
      ...body,
      minutes: 'Biên bản đối thoại: 35 hộ dân tham dự…',
      minutesPublished: true,
    });
    expect(published.statusCode, published.body).toBe(200);
    const commitments = await call('lanhdao.xa', 'PUT', `/api/reception/dialogues/${id}/commitments`, {
      commitments: [
        { text: 'Công khai phương án bồi thường', responsible: 'Phòng Kinh tế', dueDate: '2026-03-31' },
        {
          text: 'Sửa cống thoát nước',
          responsible: 'UBND phường',
          dueDate: '2026-03-25',
          state: 'done',
          doneOn: '2026-03-24',
        },
      ],
    });
    expect(commitments.statusCode, commitments.body).toBe(200);
    now = new Date('2026-04-02T09:00:00+07:00');
    const pub = (await call(null, 'GET', `/api/public/dialogues/${id}`)).json();
    expect(pub.minutes).toContain('35 hộ dân');
    expect(pub.commitments.map((c: { status: string }) => c.status)).toEqual(['overdue', 'done-on-time']);
    expect(pub.questions).toBeUndefined();
    const staff = (await call('chuyenvien.xa', 'GET', `/api/reception/agencies/${XA}/dialogues`)).json();
    expect(staff.items.find((d: { id: number }) => d.id === id).questions[0].question).toBe(
      'Mức bồi thường là bao nhiêu?',
    );
  });
  it('contacts: the leader sets the hotline, the public reads it; a bad number names the field', async () => {
    const body = {
      hotline: '0229 3871 234',
      email: 'ubnd@hoalu.ninhbinh.gov.vn',
      persons: [{ fullName: 'Đỗ Quang Hải', title: 'Chủ tịch', phone: '0912 000 111' }],
    };
    const bad = await call('lanhdao.xa', 'PUT', `/api/reception/agencies/${XA}/contacts`, {
      ...body,
      hotline: '12',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('hotline');
    expect(
      (await call('tiepnhan.xa', 'PUT', `/api/reception/agencies/${XA}/contacts`, body)).statusCode,
    ).toBe(403);
    expect((await call('lanhdao.xa', 'PUT', `/api/reception/agencies/${XA}/contacts`, body)).statusCode).toBe(
      200,
    );
    const pub = (await call(null, 'GET', '/api/public/contacts')).json();
    expect(pub.items.find((c: { agency: { code: string } }) => c.agency.code === XA).hotline).toBe(
      '0229 3871 234',
    );
  });
  it('every action is in the agency’s hash chain, which holds', async () => {
    const log = (await call('lanhdao.xa', 'GET', `/api/reception/agencies/${XA}/log`)).json();
    expect(log.brokenAt).toBeNull();
    expect(log.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining([
        'schedule-set',
        'registered',
        'reception-recorded',
        'question-received',
        'dialogue-created',
        'dialogue-updated',
        'commitments-set',
        'contacts-set',
      ]),
    );
  });
  it('limits the public forms per client', async () => {
    let limited = false;
    for (let i = 0; i < 30 && !limited; i++) {
      const res = await call(null, 'POST', `/api/public/dialogues/${id}/questions`, { question: 'Lần nữa?' });
      limited = res.statusCode === 429;
    }
    expect(limited).toBe(true);
  });
});

describe('the chain', () => {
  it('is verified for every agency, and a changed entry is found', async () => {
    const before = await verifyReceptionChains(t.database.db);
    expect(before.broken).toEqual([]);
    expect(before.entries).toBeGreaterThan(5);
    await t.database.db
      .updateTable('receptionLog')
      .set({ data: JSON.stringify({ code: 'TCD-XXXXX-XXXXX' }) })
      .where('agencyCode', '=', XA)
      .where('action', '=', 'registered')
      .execute();
    const after = await verifyReceptionChains(t.database.db, XA);
    expect(after.broken).toHaveLength(1);
    expect(after.broken[0]?.agencyCode).toBe(XA);
  });
});
