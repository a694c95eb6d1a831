/**
 * A citizen's online submission (issue 11, items 2 and 6): drafts on the server (their own only, versioned),
 * files checked like staff scans (and a PDF with active content refused), the submission through the portal's
 * use case (status 1 in the counter's queue, the files moved, the login recorded in the first entry,
 * idempotent), "Hồ sơ của tôi", the supplement answered online (the clock resumes) and the withdrawal; the
 * per-account limits and the drafts' retention.
 */
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeExpired } from '../src/jobs/purge-expired.ts';
import { createTestApp, type TestApp } from './test-app.ts';

const COUNTER = 'ninh-binh.phuong-hoa-lu.ttpvhcc';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const HOSTILE_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n%%EOF\n',
);
let clock = new Date('2025-03-03T09:00:00+07:00'); // Monday morning
let t: TestApp;

/** A citizen session as the login's callback opens one (citizen-session.ts), for a demo identity. */
async function citizenCookie(app: TestApp, idNumber: string, fullName: string, nationalEid = true) {
  const db = app.database.db;
  await db
    .insertInto('citizenAccounts')
    .values({
      idNumber,
      fullName,
      birthDate: '1995-03-12',
      phone: '0912345678',
      identityProvider: 'http://127.0.0.1/dev-idp',
      subject: idNumber,
      assurance: nationalEid ? 'LoA2' : 'LoA1',
      nationalEid,
      firstLoginAt: new Date(),
      lastLoginAt: new Date(),
    })
    .onConflict((oc) => oc.column('idNumber').doNothing())
    .execute();
  const token = randomBytes(32).toString('base64url');
  await db
    .insertInto('citizenSessions')
    .values({
      tokenHash: createHash('sha256').update(token).digest('hex'),
      idNumber,
      identityProvider: 'http://127.0.0.1/dev-idp',
      assurance: nationalEid ? 'LoA2' : 'LoA1',
      nationalEid,
      createdAt: new Date(),
      expiresAt: new Date(Date.now() + 3_600_000),
    })
    .execute();
  return `motcua.citizen=${token}`;
}

let an: string;
let binh: string;
beforeAll(async () => {
  t = await createTestApp({ clock: () => clock });
  an = await citizenCookie(t, '037095001234', 'Nguyễn Văn An');
  binh = await citizenCookie(t, '037301004567', 'Trần Thị Bình');
});
afterAll(() => t.close());

const call = (cookie: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
const upload = (cookie: string, url: string, body: Buffer, type = 'image/png') =>
  t.app.inject({ method: 'POST', url, headers: { cookie, 'content-type': type }, payload: body });
const fieldOf = (res: { json(): { error: { fields: { path: string }[] } } }) =>
  res.json().error.fields[0]?.path;

/** A draft of a birth registration, on time, at the commune's counter, with the declaration attached. */
async function readyDraft(cookie = an) {
  const created = await call(cookie, 'POST', '/api/citizen/drafts', { procedureCode: '1.001193' });
  expect(created.statusCode, created.body).toBe(201);
  const draft = created.json();
  const saved = await call(cookie, 'PUT', `/api/citizen/drafts/${draft.id}`, {
    version: draft.version,
    caseCode: 'dung-han',
    receivingAgencyCode: COUNTER,
    step: 'files',
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const file = await upload(
    cookie,
    `/api/citizen/drafts/${draft.id}/files?componentId=to-khai&name=to-khai.png`,
    PNG,
  );
  expect(file.statusCode, file.body).toBe(201);
  return draft.id as string;
}

describe('drafts', () => {
  it('needs a citizen session: none, or a staff one, is 401', async () => {
    expect((await t.app.inject({ url: '/api/citizen/drafts' })).statusCode).toBe(401);
    const staff = await t.as('tiepnhan.xa');
    expect((await call(staff, 'POST', '/api/citizen/drafts', { procedureCode: '1.001193' })).statusCode).toBe(
      401,
    );
    expect((await call(staff, 'GET', '/api/citizen/dossiers')).statusCode).toBe(401);
  });

  it('starts prefilled from the identity, saves each step with its version, and refuses a stale save', async () => {
    const created = await call(an, 'POST', '/api/citizen/drafts', { procedureCode: '1.001193' });
    expect(created.statusCode).toBe(201);
    const draft = created.json();
    expect(draft.applicant).toMatchObject({
      fullName: 'Nguyễn Văn An',
      idNumber: '037095001234',
      birthDate: '1995-03-12',
      phone: '0912345678',
    });
    expect(draft).toMatchObject({ version: 1, step: 'case', caseCode: null, submittedCode: null });
    expect(created.headers.etag).toBe('"1"');
    const saved = await call(an, 'PUT', `/api/citizen/drafts/${draft.id}`, {
      version: 1,
      caseCode: 'dung-han',
      applicant: { phone: ' 0987000111 ', email: 'an@example.vn' },
      step: 'applicant',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2, caseCode: 'dung-han', step: 'applicant' });
    expect(saved.json().applicant).toMatchObject({
      fullName: 'Nguyễn Văn An',
      phone: '0987000111',
      idNumber: '037095001234',
    });
    // Another device still on version 1: refused, nothing overwritten.
    const stale = await call(an, 'PUT', `/api/citizen/drafts/${draft.id}`, { version: 1, step: 'review' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.version).toBe(2);
    // Resumed elsewhere: the same draft, as saved.
    const again = (await call(an, 'GET', `/api/citizen/drafts/${draft.id}`)).json();
    expect(again).toMatchObject({ version: 2, step: 'applicant' });
    expect(
      (await call(an, 'GET', '/api/citizen/drafts')).json().items.map((d: { id: string }) => d.id),
    ).toContain(draft.id);
  });

  it('names the bad field', async () => {
    expect(fieldOf(await call(an, 'POST', '/api/citizen/drafts', { procedureCode: 'khong-co' }))).toBe(
      'procedureCode',
    );
    expect((await call(an, 'POST', '/api/citizen/drafts', {})).statusCode).toBe(400);
    const { id } = (await call(an, 'POST', '/api/citizen/drafts', { procedureCode: '1.001193' })).json();
    const put = (body: object) => call(an, 'PUT', `/api/citizen/drafts/${id}`, { version: 1, ...body });
    expect(fieldOf(await put({ caseCode: 'khong-co' }))).toBe('caseCode');
    expect(fieldOf(await put({ receivingAgencyCode: 'ninh-binh.so-tu-phap' }))).toBe('receivingAgencyCode');
    // The name is the identity's: not sent, not changed.
    expect(fieldOf(await put({ applicant: { fullName: 'Người Khác', phone: '0912345678' } }))).toBe(
      'applicant.fullName',
    );
    expect((await put({ step: 'khac' })).statusCode).toBe(400);
    expect((await call(an, 'PUT', `/api/citizen/drafts/${id}`, { step: 'case' })).statusCode).toBe(400);
    expect((await call(an, 'GET', '/api/citizen/drafts/not-a-uuid')).statusCode).toBe(400);
  });

  it('checks every file like a staff scan and refuses a PDF with active content', async () => {
    const id = await readyDraft();
    const url = (component = 'giay-chung-sinh', name = 'chung-sinh.pdf') =>
      `/api/citizen/drafts/${id}/files?componentId=${component}&name=${name}`;
    expect((await upload(an, url(), PDF, 'application/pdf')).statusCode).toBe(201);
    expect((await upload(an, url(), PNG, 'image/png')).statusCode).toBe(201); // several per component
    expect(fieldOf(await upload(an, url(), Buffer.from('not a pdf'), 'application/pdf'))).toBe('body');
    expect(fieldOf(await upload(an, url(), HOSTILE_PDF, 'application/pdf'))).toBe('body');
    expect(fieldOf(await upload(an, url('khong-co'), PNG))).toBe('componentId');
    expect((await upload(an, url(), Buffer.from('GIF89a'), 'image/gif')).statusCode).toBe(415);
    const draft = (await call(an, 'GET', `/api/citizen/drafts/${id}`)).json();
    expect(draft.files.map((f: { componentId: string }) => f.componentId).sort()).toEqual([
      'giay-chung-sinh',
      'giay-chung-sinh',
      'to-khai',
    ]);
    const removed = await call(an, 'DELETE', `/api/citizen/drafts/${id}/files/${draft.files[2].id}`);
    expect(removed.statusCode).toBe(204);
    expect((await call(an, 'GET', `/api/citizen/drafts/${id}`)).json().files).toHaveLength(2);
  });

  it('is nobody else’s: another citizen gets 404 for every route of it', async () => {
    const id = await readyDraft();
    expect((await call(binh, 'GET', `/api/citizen/drafts/${id}`)).statusCode).toBe(404);
    expect(
      (await call(binh, 'PUT', `/api/citizen/drafts/${id}`, { version: 3, step: 'review' })).statusCode,
    ).toBe(404);
    expect(
      (await upload(binh, `/api/citizen/drafts/${id}/files?componentId=to-khai&name=a.png`, PNG)).statusCode,
    ).toBe(404);
    expect((await call(binh, 'POST', `/api/citizen/drafts/${id}/submit`)).statusCode).toBe(404);
    expect((await call(binh, 'DELETE', `/api/citizen/drafts/${id}`)).statusCode).toBe(404);
    expect((await call(binh, 'GET', '/api/citizen/drafts')).json().items).toEqual([]);
  });
});

describe('submission', () => {
  it('lands in the counter’s queue as status 1, once, with its files and the login in its first entry', async () => {
    const id = await readyDraft();
    const [first, second] = await Promise.all([
      call(an, 'POST', `/api/citizen/drafts/${id}/submit`),
      call(an, 'POST', `/api/citizen/drafts/${id}/submit`),
    ]);
    expect(first.statusCode, first.body).toBe(201);
    expect(second.statusCode, second.body).toBe(201);
    const answer = first.json();
    expect(answer).toMatchObject({ outcome: 'submitted', status: 1, statusKey: 'new', draftId: id });
    expect(second.json().code).toBe(answer.code);
    expect([first.headers['idempotent-replayed'], second.headers['idempotent-replayed']]).toContain('true');
    const retry = await call(an, 'POST', `/api/citizen/drafts/${id}/submit`);
    expect(retry.json().code).toBe(answer.code);
    const db = t.database.db;
    const rows = await db
      .selectFrom('dossiers')
      .select(['id', 'citizenIdNumber'])
      .where('code', '=', answer.code)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.citizenIdNumber).toBe('037095001234');
    const files = await db
      .selectFrom('dossierFiles')
      .select(['kind', 'componentId'])
      .where('dossierId', '=', rows[0]!.id)
      .execute();
    expect(files).toEqual([{ kind: 'scan', componentId: 'to-khai' }]);
    expect(await db.selectFrom('citizenDraftFiles').select('id').where('draftId', '=', id).execute()).toEqual(
      [],
    );
    const entry = await db
      .selectFrom('dossierActions')
      .select(['action', 'actor', 'data'])
      .where('dossierId', '=', rows[0]!.id)
      .where('seq', '=', 1)
      .executeTakeFirstOrThrow();
    expect(entry.action).toBe('submit-online');
    expect(entry.actor).toMatchObject({ id: 'citizen:037095001234', role: 'citizen', agencyCode: COUNTER });
    expect((entry.data as { account: object }).account).toEqual({
      idNumber: '037095001234',
      identityProvider: 'http://127.0.0.1/dev-idp',
      assurance: 'LoA2',
      nationalEid: true,
    });
    const queue = (
      await t.app.inject({
        url: '/api/dossiers?queue=to-receive',
        headers: { cookie: await t.as('tiepnhan.xa') },
      })
    ).json();
    expect(queue.items.map((i: { code: string }) => i.code)).toContain(answer.code);
    // Submitted: the draft no longer changes.
    expect(
      (await call(an, 'PUT', `/api/citizen/drafts/${id}`, { version: 9, step: 'case' })).statusCode,
    ).toBe(409);
    expect(
      (await call(an, 'GET', '/api/citizen/drafts')).json().items.map((d: { id: string }) => d.id),
    ).not.toContain(id);
  });

  it('names what is still missing before it is submitted', async () => {
    const { id } = (await call(an, 'POST', '/api/citizen/drafts', { procedureCode: '1.001193' })).json();
    const res = await call(an, 'POST', `/api/citizen/drafts/${id}/submit`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toEqual([
      'caseCode',
      'receivingAgencyCode',
    ]);
  });
});

describe('Hồ sơ của tôi', () => {
  it('lists the citizen’s own dossiers only, with slips; another citizen gets 404', async () => {
    const id = await readyDraft();
    const { code } = (await call(an, 'POST', `/api/citizen/drafts/${id}/submit`)).json();
    // A counter dossier naming An as applicant is theirs too.
    const counter = await t.receive('tiepnhan.xa', '1.001193', 'dung-han', {
      fullName: 'Nguyễn Văn An',
      idNumber: '037095001234',
      phone: '0912345678',
    });
    const mine = (await call(an, 'GET', '/api/citizen/dossiers')).json().items;
    expect(mine.map((d: { code: string }) => d.code)).toEqual(expect.arrayContaining([code, counter.code]));
    expect(mine.find((d: { code: string }) => d.code === code)).toMatchObject({
      status: 1,
      fromAccount: true,
      actions: ['withdraw'],
    });
    expect(mine.find((d: { code: string }) => d.code === counter.code)).toMatchObject({ fromAccount: false });
    expect((await call(binh, 'GET', '/api/citizen/dossiers')).json().items).toEqual([]);
    expect((await call(binh, 'GET', `/api/citizen/dossiers/${code}`)).statusCode).toBe(404);
    expect((await call(binh, 'GET', `/api/citizen/dossiers/${counter.code}/forms/01.pdf`)).statusCode).toBe(
      404,
    );
    const detail = (await call(an, 'GET', `/api/citizen/dossiers/${counter.code}`)).json();
    expect(detail.slips.map((s: { form: string }) => s.form)).toEqual(['01']);
    const receipt = await call(an, 'GET', detail.slips[0].url);
    expect(receipt.statusCode).toBe(200);
    expect(receipt.headers['content-type']).toBe('application/pdf');
    expect((await call(an, 'GET', `/api/citizen/dossiers/${counter.code}/forms/06.pdf`)).statusCode).toBe(
      400,
    );
  });

  it('answers a supplement request online: same code, the clock resumes, Form 02 to download', async () => {
    clock = new Date('2025-03-03T09:00:00+07:00');
    const id = await readyDraft();
    const { code } = (await call(an, 'POST', `/api/citizen/drafts/${id}/submit`)).json();
    expect((await t.act('tiepnhan.xa', code, 'receive')).statusCode).toBe(200);
    expect((await t.act('tiepnhan.xa', code, 'transfer')).statusCode).toBe(200);
    expect(
      (await t.act('lanhdao.xa', code, 'assign', { data: { assignee: 'chuyenvien.xa' } })).statusCode,
    ).toBe(200);
    const asked = await t.act('chuyenvien.xa', code, 'request-supplement', {
      reason: 'Thiếu giấy chứng sinh',
      data: { missing: [{ id: 'giay-chung-sinh', reason: 'Cần bản chụp giấy chứng sinh' }] },
    });
    expect(asked.statusCode, asked.body).toBe(200);
    const dueBefore = asked.json().dueDate;
    const waiting = (await call(an, 'GET', `/api/citizen/dossiers/${code}`)).json();
    expect(waiting).toMatchObject({ statusKey: 'supplement-requested', actions: ['supplement', 'withdraw'] });
    expect(waiting.missing).toEqual([
      { id: 'giay-chung-sinh', name: expect.any(String), reason: 'Cần bản chụp giấy chứng sinh' },
    ]);
    expect(waiting.slips.map((s: { form: string }) => s.form)).toContain('02');
    expect(
      (await call(an, 'GET', waiting.slips.find((s: { form: string }) => s.form === '02').url)).statusCode,
    ).toBe(200);
    // Nothing added yet: not sent.
    const early = await call(an, 'POST', `/api/citizen/dossiers/${code}/supplement`);
    expect(early.statusCode, early.body).toBe(400);
    expect(fieldOf(early)).toBe('files');
    clock = new Date('2025-03-05T10:00:00+07:00'); // two working days later
    const url = `/api/citizen/dossiers/${code}/files?componentId=giay-chung-sinh&name=chung-sinh.pdf`;
    expect((await upload(binh, url, PDF, 'application/pdf')).statusCode).toBe(404);
    expect(fieldOf(await upload(an, url, HOSTILE_PDF, 'application/pdf'))).toBe('body');
    expect((await upload(an, url, PDF, 'application/pdf')).statusCode).toBe(201);
    expect((await call(binh, 'POST', `/api/citizen/dossiers/${code}/supplement`)).statusCode).toBe(404);
    const sent = await call(an, 'POST', `/api/citizen/dossiers/${code}/supplement`);
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ code, statusKey: 'processing', actions: ['withdraw'] });
    expect(sent.json().dueDate > dueBefore).toBe(true);
    expect(sent.json().files.filter((f: { byApplicant: boolean }) => f.byApplicant)).toHaveLength(2);
    const staffView = (
      await t.app.inject({ url: `/api/dossiers/${code}`, headers: { cookie: await t.as('chuyenvien.xa') } })
    ).json();
    const last = staffView.log.at(-1);
    expect(last).toMatchObject({ action: 'supplement' });
    expect(staffView.dueDate).toBe(sent.json().dueDate);
    // Answered: a second one is refused.
    expect((await call(an, 'POST', `/api/citizen/dossiers/${code}/supplement`)).statusCode).toBe(409);
  });

  it('downloads the electronic result (-KQn) once issued, the signed file as it was', async () => {
    clock = new Date('2025-03-10T09:00:00+07:00');
    const id = await readyDraft();
    const { code } = (await call(an, 'POST', `/api/citizen/drafts/${id}/submit`)).json();
    for (const [user, action, extra] of [
      ['tiepnhan.xa', 'receive', {}],
      ['tiepnhan.xa', 'transfer', {}],
      ['lanhdao.xa', 'assign', { data: { assignee: 'chuyenvien.xa' } }],
      ['chuyenvien.xa', 'submit-for-approval', {}],
      ['lanhdao.xa', 'approve', {}],
    ] as const) {
      const res = await t.act(user, code, action, extra);
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
    }
    const file = await t.app.inject({
      method: 'POST',
      url: `/api/dossiers/${code}/files?kind=result&name=${encodeURIComponent('Giấy khai sinh.pdf')}`,
      headers: { cookie: await t.as('vanthu.xa'), 'content-type': 'application/pdf' },
      payload: PDF,
    });
    expect(file.statusCode, file.body).toBe(201);
    const issued = await t.act('vanthu.xa', code, 'issue-result', {
      data: { number: '7/2025', resultFileId: file.json().id },
    });
    expect(issued.statusCode, issued.body).toBe(200);
    const mine = (await call(an, 'GET', `/api/citizen/dossiers/${code}`)).json();
    expect(mine.results).toEqual([
      { code: `${code}-KQ1`, fileName: 'Giấy khai sinh.pdf', url: expect.stringContaining(`${code}-KQ1`) },
    ]);
    const download = await call(an, 'GET', mine.results[0].url);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect(download.headers['x-content-sha256']).toBe(createHash('sha256').update(PDF).digest('hex'));
    expect((await call(binh, 'GET', mine.results[0].url)).statusCode).toBe(404);
    expect((await call(an, 'GET', `/api/citizen/dossiers/${code}/results/${code}-KQ9`)).statusCode).toBe(404);
  });

  it('withdraws online with a reason', async () => {
    const id = await readyDraft();
    const { code } = (await call(an, 'POST', `/api/citizen/drafts/${id}/submit`)).json();
    expect(fieldOf(await call(an, 'POST', `/api/citizen/dossiers/${code}/withdraw`, {}))).toBe('reason');
    expect(
      (await call(binh, 'POST', `/api/citizen/dossiers/${code}/withdraw`, { reason: 'x' })).statusCode,
    ).toBe(404);
    const done = await call(an, 'POST', `/api/citizen/dossiers/${code}/withdraw`, {
      reason: 'Nộp nhầm thủ tục',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ statusKey: 'withdrawn', actions: [] });
    expect(
      (await call(an, 'POST', `/api/citizen/dossiers/${code}/withdraw`, { reason: 'lần nữa' })).statusCode,
    ).toBe(409);
  });
});

describe('limits and retention', () => {
  it('limits uploads and submissions per account', async () => {
    const limited = await createTestApp({
      env: { MOTCUA_CITIZEN_UPLOADS_PER_MINUTE: '2', MOTCUA_CITIZEN_SUBMISSIONS_PER_MINUTE: '2' },
    });
    try {
      const cookie = await citizenCookie(limited, '001088012345', 'Lê Hoàng Cường');
      const other = await citizenCookie(limited, '079185067890', 'Phạm Thị Dung');
      const post = (c: string) =>
        limited.app.inject({
          method: 'POST',
          url: '/api/citizen/drafts',
          headers: { cookie: c },
          payload: { procedureCode: '1.001193' },
        });
      const { id } = (await post(cookie)).json();
      expect((await post(cookie)).statusCode).toBe(201);
      const third = await post(cookie);
      expect(third.statusCode).toBe(429);
      expect(third.headers['retry-after']).toBeDefined();
      expect((await post(other)).statusCode).toBe(201); // per account
      const up = () =>
        limited.app.inject({
          method: 'POST',
          url: `/api/citizen/drafts/${id}/files?componentId=to-khai&name=a.png`,
          headers: { cookie, 'content-type': 'image/png' },
          payload: PNG,
        });
      await up();
      await up();
      expect((await up()).statusCode).toBe(429);
    } finally {
      await limited.close();
    }
  });

  it('purges a draft at its expiry, with its files', async () => {
    const id = await readyDraft();
    const db = t.database.db;
    await db
      .updateTable('citizenDrafts')
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where('id', '=', id)
      .execute();
    const counts = await purgeExpired(db, new Date());
    expect(counts.drafts).toBeGreaterThanOrEqual(1);
    expect(await db.selectFrom('citizenDrafts').select('id').where('id', '=', id).execute()).toEqual([]);
    expect(await db.selectFrom('citizenDraftFiles').select('id').where('draftId', '=', id).execute()).toEqual(
      [],
    );
  });
});
