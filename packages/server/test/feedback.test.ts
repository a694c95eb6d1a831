/**
 * Feedback and petitions (issue 12, item 1): the public form and follow-up by code, staff entry from the
 * hotline and a suggestion-box opening, the inbox's scope and clocks, the answer's approval by a leader and
 * its publication, the sender's dislike and reopen with the follow token, the form's rate limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChainBreak } from '../src/modules/dossiers/audit/case-chain.ts';
import { loadFeedback, verifyFeedbackChains } from '../src/modules/feedback/feedback.repo.ts';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
let now = new Date('2026-03-02T09:00:00+07:00');
let commune = '';
const SENDER = { fullName: 'Nguyễn Thị Góp Ý', phone: '0912000111', email: 'gopy@example.vn' };
beforeAll(async () => {
  t = await createTestApp({ clock: () => now, env: { MOTCUA_FEEDBACK_PER_ADDRESS_PER_MINUTE: '6' } });
  const me = await t.app.inject({ url: '/api/auth/me', headers: { cookie: await t.as('lanhdao.xa') } });
  commune = me.json().user.agency.code;
});
afterAll(() => t.close());

const call = async (who: string | null, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({
    method,
    url,
    ...(payload ? { payload } : {}),
    headers: who ? { cookie: await t.as(who) } : {},
  });
const letter = (extra: object = {}) => ({
  kind: 'regulation',
  title: 'Thủ tục đăng ký tạm trú còn rườm rà',
  content: 'Đề nghị bỏ yêu cầu nộp bản sao <script>alert(1)</script> giấy tờ đã có trong CSDL dân cư.',
  ...extra,
});

describe('a PAKN from the website', () => {
  let code = '';
  let followToken = '';
  it('is received with its answer clock (15 working days) and a follow token, once', async () => {
    const res = await call(
      null,
      'POST',
      '/api/public/feedback',
      letter({ agencyCode: commune, contact: SENDER }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ kind: 'regulation', status: 'received', dueDate: '2026-03-23' });
    expect(body.code).toMatch(/^PA-2026-\d{6}$/);
    expect(body.followToken).toMatch(/^[A-Za-z0-9_-]{24}$/);
    ({ code, followToken } = body);
    const outbox = await t.database.db
      .selectFrom('outbox')
      .selectAll()
      .where('topic', '=', 'feedback.received')
      .execute();
    expect(outbox.map((o) => (o.payload as { code: string }).code)).toContain(code);
  });

  it('shows the public view by code, never the contact', async () => {
    const res = await call(null, 'GET', `/api/public/feedback/${code}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ code, status: 'received', dueDate: '2026-03-23', answer: null });
    for (const secret of [SENDER.fullName, SENDER.phone, SENDER.email])
      expect(res.body).not.toContain(secret);
  });

  it('is in the commune’s inbox with the contact, not in another commune’s', async () => {
    const inbox = (await call('chuyenvien.xa', 'GET', '/api/feedback')).json();
    expect(inbox.items.map((i: { code: string }) => i.code)).toContain(code);
    const other = (await call('tiepnhan.xa2', 'GET', '/api/feedback')).json();
    expect(other.items.map((i: { code: string }) => i.code)).not.toContain(code);
    expect((await call('tiepnhan.xa2', 'GET', `/api/feedback/${code}`)).statusCode).toBe(404);
    const one = (await call('chuyenvien.xa', 'GET', `/api/feedback/${code}`)).json();
    expect(one.contact).toMatchObject(SENDER);
    expect(one.allowedActions).toEqual(['assign', 'reject', 'request-info', 'transfer', 'merge', 'draft']);
  });

  it('asks for information once; a second request is refused (409)', async () => {
    const ask = await call('chuyenvien.xa', 'POST', `/api/feedback/${code}/request-info`, {
      question: 'Địa chỉ?',
    });
    expect(ask.statusCode, ask.body).toBe(200);
    expect(ask.json().clock).toBeNull();
    const open = (await call('chuyenvien.xa', 'GET', '/api/feedback?state=open')).json();
    expect(open.items.map((i: { code: string }) => i.code)).toContain(code);
    expect(open.counts).toMatchObject({ open: 1, overdue: 0 });
    expect((await call('chuyenvien.xa', 'GET', '/api/feedback?state=overdue')).json().items).toEqual([]);
    now = new Date('2026-03-04T09:00:00+07:00');
    const got = await call('chuyenvien.xa', 'POST', `/api/feedback/${code}/receive-info`, {
      note: 'Thôn Bắc',
    });
    expect(got.json()).toMatchObject({ state: 'received', clock: { due: '2026-03-25' } });
    const again = await call('chuyenvien.xa', 'POST', `/api/feedback/${code}/request-info`, {
      question: 'Nữa?',
    });
    expect(again.statusCode).toBe(409);
  });

  it('is answered: drafted by the specialist, approved by the leader only, published', async () => {
    const draft = await call('chuyenvien.xa', 'POST', `/api/feedback/${code}/draft`, {
      text: 'Đã bỏ yêu cầu.',
    });
    expect(draft.statusCode, draft.body).toBe(200);
    expect((await call('chuyenvien.xa', 'POST', `/api/feedback/${code}/approve`, {})).statusCode).toBe(403);
    const approved = await call('lanhdao.xa', 'POST', `/api/feedback/${code}/approve`, {});
    expect(approved.json()).toMatchObject({
      state: 'approved',
      clock: { key: 'feedback.publish', due: '2026-03-06' },
    });
    const published = await call('chuyenvien.xa', 'POST', `/api/feedback/${code}/publish`, {});
    expect(published.json()).toMatchObject({
      state: 'answered',
      answer: { public: true },
      allowedActions: [],
    });
    const list = (await call(null, 'GET', '/api/public/feedback/answered')).json();
    expect(list.items[0]).toMatchObject({ code, answer: 'Đã bỏ yêu cầu.' });
    expect(JSON.stringify(list)).not.toContain(SENDER.fullName);
    const answered = await t.database.db
      .selectFrom('outbox')
      .select('payload')
      .where('topic', '=', 'feedback.answered')
      .execute();
    expect(answered).toHaveLength(1);
  });

  it('the sender dislikes and reopens with the token; a stranger with the code alone cannot', async () => {
    const stranger = await call(null, 'POST', `/api/public/feedback/${code}/reopen`, {
      followToken: 'x'.repeat(24),
      reason: 'Không đồng ý',
    });
    expect(stranger.statusCode).toBe(403);
    const noToken = await call(null, 'POST', `/api/public/feedback/${code}/reopen`, { reason: 'Không' });
    expect(noToken.statusCode).toBe(400);
    const rated = await call(null, 'POST', `/api/public/feedback/${code}/rate`, {
      followToken,
      rating: 'dislike',
    });
    expect(rated.json()).toMatchObject({ rating: 'dislike', reopenUntil: '2026-03-16' });
    now = new Date('2026-03-10T09:00:00+07:00');
    const reopened = await call(null, 'POST', `/api/public/feedback/${code}/reopen`, {
      followToken,
      reason: 'Chưa trả lời đủ',
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({ status: 'received', dueDate: '2026-03-31' });
    const c = await loadFeedback(t.database.db, code);
    expect(c && findChainBreak(c.id, c.log)).toBeNull();
    expect((await verifyFeedbackChains(t.database.db)).broken).toEqual([]);
    // A rewritten answer breaks the chain at its entry (put back afterwards).
    const entry = await t.database.db
      .selectFrom('feedbackEntries')
      .select(['seq', 'data'])
      .where('caseId', '=', c?.id ?? 0)
      .where('type', '=', 'published')
      .executeTakeFirstOrThrow();
    const rewrite = (data: unknown) =>
      t.database.db
        .updateTable('feedbackEntries')
        .set({ data: JSON.stringify(data) })
        .where('caseId', '=', c?.id ?? 0)
        .where('seq', '=', entry.seq)
        .execute();
    await rewrite({ ...(entry.data as object), text: 'Đã sửa lén' });
    expect((await verifyFeedbackChains(t.database.db, code)).broken).toEqual([{ code, seq: entry.seq }]);
    await rewrite(entry.data);
    expect((await verifyFeedbackChains(t.database.db, code)).broken).toEqual([]);
  });
});

describe('staff entry', () => {
  it('enters a hotline call and a Zalo message (its link required)', async () => {
    const hotline = await call('tiepnhan.xa', 'POST', '/api/feedback', {
      ...letter({ kind: 'conduct', title: 'Cán bộ tiếp dân chậm' }),
      channel: 'hotline',
      contact: { fullName: 'Lê Văn Gọi', phone: '0987000111' },
    });
    expect(hotline.statusCode, hotline.body).toBe(201);
    expect(hotline.json()).toMatchObject({
      channel: 'hotline',
      agency: { code: commune },
      followToken: expect.any(String),
    });
    const zalo = await call('tiepnhan.xa', 'POST', '/api/feedback', { ...letter(), channel: 'zalo' });
    expect(zalo.statusCode).toBe(400);
    expect(zalo.json().error.fields[0].path).toBe('references.link');
    const counter = await call('tiepnhan.xa', 'POST', '/api/feedback', { ...letter(), channel: 'web' });
    expect(counter.statusCode).toBe(400);
  });

  it('records a suggestion-box opening with its witnesses, each letter a PAKN', async () => {
    const res = await call('chuyenvien.xa', 'POST', '/api/feedback/openings', {
      openedOn: '2026-03-09',
      witnesses: ['Trần Văn Chứng (MTTQ xã)', 'Hoàng Thị Kiến'],
      letters: [letter({ title: 'Thư 1' }), letter({ kind: 'other', title: 'Thư 2', publishAnswer: false })],
    });
    expect(res.statusCode, res.body).toBe(201);
    const opening = res.json();
    expect(opening).toMatchObject({
      letterCount: 2,
      witnesses: ['Trần Văn Chứng (MTTQ xã)', 'Hoàng Thị Kiến'],
    });
    expect(opening.codes).toHaveLength(2);
    const one = (await call('chuyenvien.xa', 'GET', `/api/feedback/${opening.codes[1]}`)).json();
    expect(one).toMatchObject({
      channel: 'suggestion-box',
      publishAnswer: false,
      references: { openingId: opening.id },
    });
    expect((await call('tiepnhan.xa2', 'GET', '/api/feedback/openings')).json().items).toEqual([]);
  });

  it('transfers a PAKN: opened at the province with fresh clocks, the sender still follows it', async () => {
    const sent = (await call(null, 'POST', '/api/public/feedback', letter({ agencyCode: commune }))).json();
    now = new Date('2026-03-11T09:00:00+07:00');
    const province = (await call('lanhdao.tuphap', 'GET', '/api/auth/me')).json().user.agency.code;
    const moved = await call('lanhdao.xa', 'POST', `/api/feedback/${sent.code}/transfer`, {
      toAgency: province,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const entry = moved.json().timeline.at(-1);
    expect(entry.data.newCode).toMatch(/^PA-/);
    const pub = (await call(null, 'GET', `/api/public/feedback/${entry.data.newCode}`)).json();
    expect(pub).toMatchObject({ status: 'received', dueDate: '2026-04-01', agency: { code: province } });
    const follow = await call(null, 'POST', `/api/public/feedback/${entry.data.newCode}/follow`, {
      followToken: sent.followToken,
    });
    expect(follow.statusCode).toBe(200);
  });
});

describe('“Bạn nói, chúng tôi làm”', () => {
  it('records what changed because of PAKN of the agency, listed publicly with their titles only', async () => {
    const inbox = (await call('lanhdao.xa', 'GET', '/api/feedback')).json();
    const codes = inbox.items.slice(0, 2).map((i: { code: string }) => i.code);
    const body = { takenOn: '2026-03-10', summary: 'Bỏ yêu cầu bản sao giấy tờ đã có trong CSDL', codes };
    expect((await call('tiepnhan.xa', 'POST', '/api/feedback-actions', body)).statusCode).toBe(403);
    const other = await call('lanhdao.tuphap', 'POST', '/api/feedback-actions', body);
    expect(other.statusCode).toBe(400);
    expect(other.json().error.fields[0].path).toBe('codes.0');
    const res = await call('lanhdao.xa', 'POST', '/api/feedback-actions', body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().feedback).toHaveLength(2);
    const list = await call(null, 'GET', `/api/public/actions-taken?agency=${commune}`);
    expect(list.json().items[0]).toMatchObject({ summary: body.summary, agency: { code: commune } });
    expect(list.body).not.toContain(SENDER.fullName);
    expect(list.body).not.toContain(SENDER.phone);
  });
});

describe('the public form', () => {
  it('refuses bad input naming the field, and is rate-limited per address', async () => {
    const bad = await call(null, 'POST', '/api/public/feedback', { kind: 'khac', title: '', content: 'x' });
    expect(bad.statusCode).toBe(400);
    const unknown = await call(null, 'POST', '/api/public/feedback', letter({ agencyCode: 'khong-co' }));
    expect(unknown.json().error.fields[0].path).toBe('agencyCode');
    const codes: number[] = [];
    for (let i = 0; i < 8; i++) {
      codes.push(
        (
          await t.app.inject({
            method: 'POST',
            url: '/api/public/feedback',
            remoteAddress: '203.0.113.9',
            payload: letter(),
          })
        ).statusCode,
      );
    }
    expect(codes.filter((c) => c === 201)).toHaveLength(6);
    expect(codes.at(-1)).toBe(429);
    expect((await call(null, 'GET', '/api/public/feedback/PA-')).statusCode).toBe(400);
  });
});
