/**
 * Workflows: the 3-in-1 inter-agency flow (birth registration at the commune, permanent residence at the
 * commune police, health insurance card at provincial social insurance), each agency's own step deadline
 * and on-time judgement; the admin editing a case's workflow; the fees of the payment request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from './pdf-text.ts';
import { createTestApp, type TestApp } from './test-app.ts';

// Monday 3 March 2025, 09:00 in Vietnam; tests move it forward.
let clock = new Date('2025-03-03T09:00:00+07:00');
const at = (local: string) => {
  clock = new Date(`${local.replace(' ', 'T')}:00+07:00`);
};
let t: TestApp;
const as = (username: string) => t.as(username);
beforeAll(async () => {
  t = await createTestApp({ clock: () => clock });
});
afterAll(() => t.close());

const applicant = { fullName: 'Nguyễn Thị Hoa', idNumber: '037190004321', phone: '0987654321' };

const receive = (procedureCode: string, caseCode: string) =>
  t.receive('tiepnhan.xa', procedureCode, caseCode, applicant);

const act = (username: string, code: string, action: string, extra: object = {}) =>
  t.act(username, code, action, extra);

async function queue(username: string, name: string) {
  const res = await t.app.inject({
    url: `/api/dossiers?queue=${name}`,
    headers: { cookie: await as(username) },
  });
  return (res.json().items as { code: string }[]).map((i) => i.code);
}

describe('the 3-in-1 inter-agency flow (2.000986)', () => {
  it('passes the dossier from the commune to its police and to social insurance, each judged on its own time', async () => {
    at('2025-03-03 09:00');
    const { code, dueDate } = await receive('2.000986', 'default');
    expect(dueDate).toBe('2025-03-31');

    at('2025-03-03 09:10');
    expect((await act('tiepnhan.xa', code, 'transfer')).statusCode).toBe(200);
    at('2025-03-03 09:20');
    expect(
      (await act('lanhdao.xa', code, 'assign', { data: { assignee: 'chuyenvien.xa' } })).statusCode,
    ).toBe(200);
    at('2025-03-03 10:00');
    expect((await act('chuyenvien.xa', code, 'submit-for-approval')).statusCode).toBe(200);
    at('2025-03-03 11:00');
    expect((await act('lanhdao.xa', code, 'approve')).statusCode).toBe(200);

    // The police cannot see it before it reaches them… (another commune's counter never can)
    expect(await queue('chuyenvien.congan', 'processing')).not.toContain(code);
    at('2025-03-03 13:40');
    // A result code is the decider's: one sent without a result, or at all, is refused and nothing written.
    const chosen = await act('vanthu.xa', code, 'forward', { data: { resultCode: `${code}-KQ9` } });
    expect(chosen.statusCode).toBe(400);
    expect(chosen.json().error.fields).toMatchObject([{ path: 'data.resultCode' }]);
    const forwarded = await act('vanthu.xa', code, 'forward', {
      data: { resultName: 'Giấy khai sinh số 12/2025' },
    });
    expect(forwarded.statusCode, forwarded.body).toBe(200);
    expect(forwarded.json()).toMatchObject({
      statusKey: 'processing',
      resultCodes: [`${code}-KQ1`],
      currentStep: { key: 'dang-ky-thuong-tru', agency: { name: 'Công an phường Hoa Lư' } },
    });
    // Citizens following the QR (with its check code) see where it is now, and nothing personal.
    const pub = await t.app.inject(`/api/public/dossiers/${code}?check=${forwarded.json().checkCode}`);
    expect(pub.json().currentStep).toEqual({
      name: 'Đăng ký thường trú cho trẻ, chuyển liên thông Bảo hiểm xã hội',
      agencyName: 'Công an phường Hoa Lư',
    });
    expect(pub.body).not.toContain(applicant.idNumber);
    // …and now it is in the police's queue, and out of the commune's hands.
    expect(await queue('chuyenvien.congan', 'processing')).toContain(code);
    expect(await queue('chuyenvien.xa', 'processing')).not.toContain(code);
    expect((await act('chuyenvien.xa', code, 'appraise', { reason: 'Xem lại' })).statusCode).toBe(403);
    expect(
      (await act('chuyenvien.congan', code, 'appraise', { reason: 'Đủ điều kiện thường trú' })).statusCode,
    ).toBe(200);

    // The police take longer than their 7 working days (due Wed 12/3 13:40): their step is late.
    at('2025-03-13 10:00');
    const police = await act('chuyenvien.congan', code, 'forward', {
      data: { resultName: 'Thông báo kết quả đăng ký thường trú' },
    });
    expect(police.statusCode, police.body).toBe(200);
    at('2025-03-17 15:00');
    expect((await act('chuyenvien.congan', code, 'issue-result', { data: { number: '1' } })).statusCode).toBe(
      403,
    );
    const issued = await act('canbo.bhxh', code, 'issue-result', { data: { number: 'BHYT-0375' } });
    expect(issued.statusCode, issued.body).toBe(200);
    const view = issued.json();
    expect(view).toMatchObject({
      statusKey: 'finished',
      resultCodes: [`${code}-KQ1`, `${code}-KQ2`, `${code}-KQ3`],
      isOverdue: false,
    });
    expect(
      view.steps.map((s: { key: string; agency: { name: string }; result: string }) => [
        s.key,
        s.agency.name,
        s.result,
      ]),
    ).toEqual([
      ['tiep-nhan', 'Trung tâm Phục vụ hành chính công phường Hoa Lư', 'on-time'],
      ['phan-cong', 'Ủy ban nhân dân phường Hoa Lư', 'on-time'],
      ['tham-dinh', 'Ủy ban nhân dân phường Hoa Lư', 'early'],
      ['phe-duyet', 'Ủy ban nhân dân phường Hoa Lư', 'early'],
      ['chuyen-cong-an', 'Ủy ban nhân dân phường Hoa Lư', 'on-time'],
      ['dang-ky-thuong-tru', 'Công an phường Hoa Lư', 'late'],
      ['cap-the-bhyt', 'Bảo hiểm xã hội tỉnh Ninh Bình', 'early'],
    ]);
    expect(view.steps[5].dueAt).toBe('2025-03-12T13:40:00+07:00');

    // The counter returns all three results by post.
    const returned = await act('tiepnhan.xa', code, 'return-result', {
      data: { method: 'post', waybill: 'EP123456789VN' },
    });
    expect(returned.json().statusKey).toBe('returned');

    // The process control slip (Form 06) has one row per step, with each agency and its judgement.
    const slip = await t.app.inject({
      url: `/api/dossiers/${code}/forms/06.pdf`,
      headers: { cookie: await as('tiepnhan.xa') },
    });
    expect(slip.statusCode).toBe(200);
    const text = pdfText(slip.rawPayload);
    if (text !== undefined) {
      expect(text).toContain('Đăng ký thường trú cho trẻ');
      expect(text).toContain('Công an phường Hoa Lư');
      expect(text).toContain('Bảo hiểm xã hội tỉnh Ninh Bình');
      expect(text).toContain('Quá hạn');
      expect(text).toContain('Người giao');
      expect(text).toContain('Đinh Văn Tuấn');
    }
  });

  it('lets every agency of the flow read the dossier, and no one outside it', async () => {
    at('2025-03-03 09:00');
    const { code } = await receive('2.000986', 'default');
    for (const [user, expected] of [
      ['chuyenvien.congan', 200],
      ['canbo.bhxh', 200],
      ['tiepnhan.xa2', 404],
      ['chuyenvien.tuphap', 404],
    ] as const) {
      const res = await t.app.inject({ url: `/api/dossiers/${code}`, headers: { cookie: await as(user) } });
      expect(res.statusCode, user).toBe(expected);
    }
  });
});

describe('editing a case workflow', () => {
  const url = '/api/procedures/2.001234/cases/default/workflow';

  it('publishes the default workflow, and lets only an admin replace it with one that fits the time limit', async () => {
    const current = (await t.app.inject(url)).json();
    expect(current).toMatchObject({ isDefault: true, timeLimit: { value: 10, unit: 'working-days' } });
    expect(current.steps.map((s: { key: string }) => s.key)).toEqual([
      'tiep-nhan',
      'phan-cong',
      'tham-dinh',
      'phe-duyet',
      'ban-hanh',
    ]);

    const steps = current.steps.map((s: object) => ({ ...s }));
    steps[2].allotment = { unit: 'working-days', value: 12 };
    const tooLong = await t.app.inject({
      method: 'PUT',
      url,
      payload: { steps },
      headers: { cookie: await as('admin') },
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['steps']);
    expect(
      (
        await t.app.inject({
          method: 'PUT',
          url,
          payload: { steps },
          headers: { cookie: await as('lanhdao.tuphap') },
        })
      ).statusCode,
    ).toBe(403);
    expect((await t.app.inject({ method: 'PUT', url, payload: { steps } })).statusCode).toBe(401);
    const badShape = await t.app.inject({
      method: 'PUT',
      url,
      payload: { steps: [{ ...steps[0], role: 'mayor' }] },
      headers: { cookie: await as('admin') },
    });
    expect(badShape.statusCode).toBe(400);

    // A dossier received before the edit keeps the old workflow.
    at('2025-03-03 09:00');
    const before = await t.app.inject({
      method: 'POST',
      url: '/api/dossiers',
      payload: {
        procedureCode: '2.001234',
        caseCode: 'default',
        channel: 'counter',
        applicant,
        components: (await t.app.inject('/api/procedures/2.001234'))
          .json()
          .cases[0].components.filter((k: { required: boolean }) => k.required)
          .map((k: { id: string; quantity: number }) => ({ id: k.id, quantity: k.quantity })),
      },
      headers: { cookie: await as('tiepnhan.tinh') },
    });
    expect(before.statusCode, before.body).toBe(201);

    steps[2].allotment = { unit: 'working-days', value: 5 };
    steps[2].name = 'Thẩm định, xác minh lý lịch';
    const saved = await t.app.inject({
      method: 'PUT',
      url,
      payload: { steps },
      headers: { cookie: await as('admin') },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ isDefault: false, updatedBy: 'admin' });
    expect((await t.app.inject(url)).json().steps[2].name).toBe('Thẩm định, xác minh lý lịch');

    const old = (
      await t.app.inject({
        url: `/api/dossiers/${before.json().code}`,
        headers: { cookie: await as('tiepnhan.tinh') },
      })
    ).json();
    expect(old.workflow[2].name).toBe('Thẩm định, trình ký');
  });

  it('refuses a coordinating step of a kind of agency the province does not have', async () => {
    const current = (await t.app.inject(url)).json();
    const steps = current.steps.map((s: object) => ({ ...s }));
    steps.splice(4, 0, {
      key: 'y-kien-thue',
      name: 'Lấy ý kiến cơ quan thuế',
      nameEn: 'Tax office opinion',
      agency: 'coordinating',
      agencyKind: 'chi-cuc-thue',
      role: 'specialist',
      handOver: 'forward',
      allotment: { unit: 'working-hours', value: 4 },
      mayReturn: false,
    });
    steps[3].handOver = 'forward';
    steps[3].role = 'leader';
    const res = await t.app.inject({
      method: 'PUT',
      url,
      payload: { steps },
      headers: { cookie: await as('admin') },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['steps[4].agencyKind']);
  });

  it('answers 404 for an unknown case', async () => {
    expect((await t.app.inject('/api/procedures/2.001234/cases/nope/workflow')).statusCode).toBe(404);
  });
});

describe('financial obligations', () => {
  it('takes the fees from the catalogue, asks no payment on a free case, and a reference for a transfer', async () => {
    at('2025-03-03 09:00');
    const free = await receive('2.000986', 'default');
    await act('tiepnhan.xa', free.code, 'transfer');
    await act('lanhdao.xa', free.code, 'assign', { data: { assignee: 'chuyenvien.xa' } });
    // 2.000986 is free of charge ("Lệ phí=0"): there is nothing to pay, whatever amount is stated.
    const refused = await act('chuyenvien.xa', free.code, 'request-payment', { data: { amount: 8000 } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.rule).toBe('pointless');
    const { code } = await receive('1.001193', 'qua-han');
    await act('tiepnhan.xa', code, 'transfer');
    await act('lanhdao.xa', code, 'assign', { data: { assignee: 'chuyenvien.xa' } });
    const asked = await act('chuyenvien.xa', code, 'request-payment');
    expect(asked.json().statusKey).toBe('payment-requested');
    const noRef = await act('tiepnhan.xa', code, 'record-payment', { data: { method: 'transfer' } });
    expect(noRef.statusCode).toBe(400);
    expect(noRef.json().error.fields[0].path).toBe('data.reference');
    const paid = await act('tiepnhan.xa', code, 'record-payment', {
      data: { method: 'transfer', reference: 'FT25062123' },
    });
    expect(paid.statusCode).toBe(200);
    expect(paid.json().log.at(-1).data).toEqual({
      method: 'transfer',
      amount: 8000,
      reference: 'FT25062123',
    });
  });
});

describe('results taken home to those who cannot travel', () => {
  it('flags the dossier at intake and returns at home only by appointment, with the address', async () => {
    at('2025-03-03 09:00');
    const p = (await t.app.inject('/api/procedures/1.001193')).json();
    const components = p.cases[0].components
      .filter((k: { required: boolean }) => k.required)
      .map((k: { id: string; quantity: number }) => ({ id: k.id, quantity: k.quantity }));
    const intake = await t.app.inject({
      method: 'POST',
      url: '/api/dossiers',
      payload: {
        procedureCode: '1.001193',
        caseCode: p.cases[0].code,
        channel: 'counter',
        applicant: { fullName: 'Đặng Văn Lộc', idNumber: '037050001234', phone: '0915000111' },
        components,
        homeService: { reason: 'disability', note: 'Liệt hai chân, người nhà nộp thay' },
      },
      headers: { cookie: await as('tiepnhan.xa') },
    });
    expect(intake.statusCode, intake.body).toBe(201);
    const { code } = intake.json();
    const list = (
      await t.app.inject({ url: `/api/dossiers?q=${code}`, headers: { cookie: await as('tiepnhan.xa') } })
    ).json();
    expect(list.items[0].homeService).toBe(true);

    await act('tiepnhan.xa', code, 'transfer');
    await act('lanhdao.xa', code, 'assign', { data: { assignee: 'chuyenvien.xa' } });
    await act('chuyenvien.xa', code, 'submit-for-approval');
    await act('lanhdao.xa', code, 'approve');
    const issued = await act('vanthu.xa', code, 'issue-result', { data: { number: '3/2025' } });
    expect(issued.json()).toMatchObject({ statusKey: 'finished', homeService: { reason: 'disability' } });

    const early = await act('tiepnhan.xa', code, 'return-result', {
      data: {
        method: 'home',
        collector: { fullName: 'Lê Thị Hạnh', idNumber: '037165009876', relation: 'family' },
      },
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.allowedActions).toEqual(['schedule-return']);
    const noAddress = await act('tiepnhan.xa', code, 'schedule-return', {
      data: { appointmentAt: '2025-03-04T15:00:00+07:00', place: 'home' },
    });
    expect(noAddress.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['data.address']);
    const past = await act('tiepnhan.xa', code, 'schedule-return', {
      data: { appointmentAt: '2025-03-01T15:00:00+07:00', place: 'home', address: 'Xóm 2' },
    });
    expect(past.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['data.appointmentAt']);
    const booked = await act('tiepnhan.xa', code, 'schedule-return', {
      data: {
        appointmentAt: '2025-03-04T15:00:00+07:00',
        place: 'home',
        address: 'Số 5 ngõ 12, phường Hoa Lư',
      },
    });
    expect(booked.statusCode, booked.body).toBe(200);
    expect(booked.json().returnAppointment).toEqual({
      at: '2025-03-04T15:00:00+07:00',
      place: 'home',
      address: 'Số 5 ngõ 12, phường Hoa Lư',
    });
    at('2025-03-04 15:20');
    const returned = await act('tiepnhan.xa', code, 'return-result', {
      data: {
        method: 'home',
        collector: { fullName: 'Lê Thị Hạnh', idNumber: '037165009876', relation: 'family' },
      },
    });
    expect(returned.json().statusKey).toBe('returned');
  });
});
