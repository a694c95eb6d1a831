import { describe, expect, it } from 'vitest';
import type { TimeLimit } from '../catalogue/procedure.ts';
import { localAt as at, thrown } from '../testing.ts';
import type { ResolvedStep } from '../workflow/workflow.ts';
import {
  DossierScript,
  SCRIPT_ACTORS,
  SCRIPT_ASSIGNEE,
  SCRIPT_COLLECTOR,
  scriptContext,
  scriptSteps,
  scriptSubject,
} from './dossier-script.ts';
import { assessTimeliness } from './timeliness.ts';

const { counter: COUNTER, specialist: SPECIALIST, leader: LEADER, clerical: CLERICAL } = SCRIPT_ACTORS;
const days5: TimeLimit = { value: 5, unit: 'working-days' };
const received = (limit: TimeLimit = days5, steps?: ResolvedStep[]) =>
  DossierScript.receive(
    scriptContext(limit, steps ? { steps } : {}),
    scriptSubject(limit),
    at('2025-07-01 09:00'),
    COUNTER,
  ).act(at('2025-07-01 10:00'), COUNTER, { action: 'transfer' });
const assigned = () =>
  received().act(
    at('2025-07-01 11:00'),
    LEADER,
    { action: 'assign', data: { assignee: 'chuyenvien' } },
    {
      assignee: SCRIPT_ASSIGNEE,
    },
  );
const ask = (reason: string, extra: object = {}) => ({
  action: 'request-supplement',
  reason,
  data: { missing: [{ name: 'Giấy tờ' }], ...extra },
});

describe('supplementation once', () => {
  it('lets a dossier be sent back for a supplement once; a second needs an override and makes it late', () => {
    const once = received()
      .act(at('2025-07-02 09:00'), SPECIALIST, ask('Thiếu giấy tờ'))
      .act(at('2025-07-02 15:00'), COUNTER, { action: 'supplement' });
    const e = thrown(() => once.act(at('2025-07-03 09:00'), LEADER, ask('Thiếu giấy tờ khác')));
    expect(e.code).toBe('CONFLICT');
    expect(e.messageVi).toContain('chỉ được yêu cầu bổ sung một lần');
    expect(e.details).toEqual({ rule: 'supplement-once', previousRequests: 1 });
    const twice = once.act(at('2025-07-03 09:00'), LEADER, ask('Thiếu giấy tờ khác', { override: true }));
    expect(twice.log.at(-1)?.data).toMatchObject({ override: true, slip: { form: '02', number: '2/HDHS' } });
    expect(twice.state.supplementRequests).toEqual({ agency: 2 });
    expect(twice.state.hasRepeatedSupplement).toBe(true);
    expect(assessTimeliness(twice.state, at('2025-07-03 10:00'))).toBe('late');
  });

  it('counts per dossier: a second agency asking after the first is a repeat too (liên thông)', () => {
    const other = { ...SPECIALIST, agencyCode: 'province' };
    const first = received()
      .act(at('2025-07-02 09:00'), SPECIALIST, ask('a'))
      .act(at('2025-07-02 15:00'), COUNTER, { action: 'supplement' });
    expect(thrown(() => first.act(at('2025-07-03 09:00'), other, ask('b'))).code).toBe('CONFLICT');
    const d = first.act(at('2025-07-03 09:00'), other, ask('b', { override: true }));
    // The count per agency stays, for information.
    expect(d.state.supplementRequests).toEqual({ agency: 1, province: 1 });
    expect(d.state.hasRepeatedSupplement).toBe(true);
  });

  it('keeps the written guidance before reception apart from the requests after it', () => {
    const portal = { id: 'portal', name: 'Cổng', role: 'citizen', agencyCode: 'counter' };
    const d = DossierScript.submit(scriptContext(days5), scriptSubject(days5), at('2025-07-01 08:00'), portal)
      .act(at('2025-07-01 09:00'), COUNTER, ask('a'))
      .act(at('2025-07-01 10:00'), COUNTER, { action: 'supplement' })
      .act(at('2025-07-01 10:30'), COUNTER, { action: 'receive' })
      .act(at('2025-07-01 11:00'), COUNTER, { action: 'transfer' })
      .act(at('2025-07-02 09:00'), SPECIALIST, ask('b'));
    expect(d.log.at(-1)?.data).not.toHaveProperty('override');
    expect(d.state.hasRepeatedSupplement).toBe(false);
  });

  it('applies the once rule to written guidance before reception too', () => {
    const portal = { id: 'portal', name: 'Cổng', role: 'citizen', agencyCode: 'counter' };
    const d = DossierScript.submit(scriptContext(days5), scriptSubject(days5), at('2025-07-01 08:00'), portal)
      .act(at('2025-07-01 09:00'), COUNTER, ask('a'))
      .act(at('2025-07-01 10:00'), COUNTER, { action: 'supplement' });
    expect(thrown(() => d.act(at('2025-07-01 11:00'), COUNTER, ask('b'))).code).toBe('CONFLICT');
  });

  it('prints a listed component with its form and the copies still missing; an unknown one is refused', () => {
    const d = received().act(at('2025-07-02 09:00'), SPECIALIST, {
      action: 'request-supplement',
      reason: 'Bản chụp không rõ',
      data: { missing: [{ id: 'van-ban-uy-quyen', reason: 'Chưa nộp' }] },
    });
    expect(d.log.at(-1)?.data).toMatchObject({
      missing: [{ id: 'van-ban-uy-quyen', name: 'Văn bản ủy quyền', form: 'certified-copy', quantity: 1 }],
    });
    const e = thrown(() =>
      received().act(at('2025-07-02 09:00'), SPECIALIST, {
        ...ask('x'),
        data: { missing: [{ id: 'khong-co' }] },
      }),
    );
    expect(e.fields?.[0]?.path).toBe('data.missing[0].id');
  });
});

describe('apology and extension (Form 04)', () => {
  const extend = (newDueDate: string, limit: TimeLimit = days5) =>
    received(limit).act(
      at('2025-07-07 09:00'),
      LEADER,
      { action: 'apologize-extend', reason: 'Chờ ý kiến cơ quan phối hợp', data: { newDueDate } },
      { signer: { name: 'Lê Văn C', title: 'KT. CHỦ TỊCH – PHÓ CHỦ TỊCH' } },
    );

  it('sets a later due date and records the one it replaces, the register number and the signer', () => {
    const d = extend('2025-07-15');
    expect(d.state.dueDate).toBe('2025-07-15');
    expect(d.state.originalDueDate).toBe('2025-07-08');
    expect(d.log.at(-1)?.data).toEqual({
      previousDueDate: '2025-07-08',
      newDueDate: '2025-07-15',
      delivery: 'paper',
      slip: { form: '04', number: '1/PXL', agencyCode: 'agency' },
      signer: { name: 'Lê Văn C', title: 'KT. CHỦ TỊCH – PHÓ CHỦ TỊCH' },
    });
    expect(d.state.extensions).toEqual([
      {
        seq: 3,
        at: at('2025-07-07 09:00'),
        previousDueDate: '2025-07-08',
        newDueDate: '2025-07-15',
        delivery: 'paper',
        reason: 'Chờ ý kiến cơ quan phối hợp',
      },
    ]);
    // Issued the day before the due date (Monday 7 for Tuesday 8): the normal path, judged by the new date.
    expect(assessTimeliness(d.state, at('2025-07-14 09:00'))).toBe('not-due');
  });

  it('resets the appointment once: a second reset is refused, or recorded as a breach and counted late', () => {
    const once = extend('2025-07-15');
    const again = {
      action: 'apologize-extend',
      reason: 'Vẫn chờ ý kiến',
      data: { newDueDate: '2025-07-18' },
    } as const;
    const e = thrown(() => once.act(at('2025-07-14 09:00'), LEADER, again));
    expect(e.code).toBe('CONFLICT');
    expect(e.details).toMatchObject({ rule: 'extend-once', previousExtensions: 1 });
    const twice = once.act(at('2025-07-14 09:00'), LEADER, {
      ...again,
      data: { ...again.data, override: true },
    });
    expect(twice.log.at(-1)?.data).toMatchObject({ override: true, newDueDate: '2025-07-18' });
    expect(assessTimeliness(twice.state, at('2025-07-15 09:00'))).toBe('late');
    // A first reset is no breach: an override there is refused by name.
    const first = thrown(() =>
      received().act(at('2025-07-07 09:00'), LEADER, { ...again, data: { ...again.data, override: true } }),
    );
    expect(first.fields?.[0]?.path).toBe('data.override');
  });

  it('records an apology issued on the due date or after it as late, and counts the dossier late', () => {
    const onDueDate = received().act(at('2025-07-08 09:00'), LEADER, {
      action: 'apologize-extend',
      reason: 'Chờ xác minh',
      data: { newDueDate: '2025-07-15' },
    });
    expect(onDueDate.log.at(-1)?.data).toMatchObject({ late: true });
    expect(onDueDate.state.extensions[0]?.late).toBe(true);
    // Returned well before the new date, it is still late: the apology came too late.
    expect(assessTimeliness(onDueDate.state, at('2025-07-09 09:00'))).toBe('late');
  });

  it('records how the letter reaches the applicant: SMS for an online dossier unless the officer says', () => {
    const portal = { id: 'portal', name: 'Cổng', role: 'citizen', agencyCode: 'counter' };
    const online = DossierScript.submit(
      scriptContext(days5),
      scriptSubject(days5),
      at('2025-07-01 08:00'),
      portal,
    )
      .act(at('2025-07-01 09:00'), COUNTER, { action: 'receive' })
      .act(at('2025-07-01 10:00'), COUNTER, { action: 'transfer' });
    const body = (delivery?: string) => ({
      action: 'apologize-extend',
      reason: 'Chờ xác minh',
      data: { newDueDate: '2025-07-15', ...(delivery ? { delivery } : {}) },
    });
    expect(online.act(at('2025-07-07 09:00'), LEADER, body()).log.at(-1)?.data).toMatchObject({
      delivery: 'sms',
    });
    expect(online.act(at('2025-07-07 09:00'), LEADER, body('email')).log.at(-1)?.data).toMatchObject({
      delivery: 'email',
    });
    expect(thrown(() => online.act(at('2025-07-07 09:00'), LEADER, body('fax'))).fields?.[0]?.path).toBe(
      'data.delivery',
    );
  });

  it.each([
    ['2025-07-08', 'not after the current due date'],
    ['2025-07-07', 'earlier'],
    ['2025-07-12', 'a Saturday'],
    ['2025-02-30', 'not a date'],
  ])('refuses %s (%s)', (date) => {
    const e = thrown(() => extend(date));
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.fields?.[0]?.path).toBe('data.newDueDate');
  });

  it('sets an hour-based deadline to the close of office hours on the new date', () => {
    const d = extend('2025-07-15', { value: 8, unit: 'working-hours' });
    expect(d.state.dueAt).toBe(at('2025-07-15 17:30'));
    expect(d.log.at(-1)?.data).toMatchObject({ previousDueAt: at('2025-07-02 09:00') });
  });
});

describe('the paper files (Decree 118 Art. 18)', () => {
  it('are due by the close of the working day after the transfer is due, and a late sending is recorded', () => {
    // Received Tuesday 1 July 09:00: transfer due that day, paper by Wednesday 2 July 17:30.
    const d = received();
    expect(d.log[0]?.data).toMatchObject({ paperDueAt: at('2025-07-02 17:30') });
    const onTime = d.act(at('2025-07-02 17:00'), COUNTER, { action: 'send-paper' });
    expect(onTime.log.at(-1)?.data).toEqual({ toAgencyCode: 'agency' });
    const late = d.act(at('2025-07-03 08:00'), COUNTER, { action: 'send-paper' });
    expect(late.log.at(-1)?.data).toEqual({ toAgencyCode: 'agency', late: true });
    expect(late.state.paperSentLate).toBe(true);
  });
});

describe('hand-overs', () => {
  it('records the next step and its deadline with each hand-over', () => {
    const d = assigned();
    expect(d.log.at(-1)?.data).toEqual({
      assignee: 'chuyenvien',
      assigneeName: 'Trần Thị B',
      // 23 h from Tue 11:00: 4.5 h Tue, 8 h Wed, 8 h Thu, 2.5 h Fri → Fri 10:00.
      step: { index: 2, key: 'tham-dinh', dueAt: at('2025-07-04 10:00') },
    });
  });

  it('assigns only an officer with the next step’s role within its agency', () => {
    for (const assignee of [
      null,
      { ...SCRIPT_ASSIGNEE, roles: ['clerical' as const] },
      { ...SCRIPT_ASSIGNEE, agencyCode: 'other' },
    ]) {
      const e = thrown(() =>
        received().act(
          at('2025-07-01 11:00'),
          LEADER,
          { action: 'assign', data: { assignee: 'x' } },
          { assignee },
        ),
      );
      expect(e.fields?.[0]?.path).toBe('data.assignee');
    }
  });

  it('numbers results from the dossier code, and forwards a named result only', () => {
    // An inter-agency case: the commune forwards to the police, who issue.
    const base = scriptSteps(days5);
    const steps: ResolvedStep[] = [
      base[0]!,
      { ...base[4]!, key: 'xa', handOver: 'forward' },
      { ...base[4]!, key: 'cong-an', agency: 'coordinating', agencyKind: 'cong-an-xa', agencyCode: 'police' },
    ];
    const forwarded = received(days5, steps).act(at('2025-07-02 09:00'), CLERICAL, {
      action: 'forward',
      data: { resultName: 'Giấy khai sinh' },
    });
    expect(forwarded.log.at(-1)?.data).toMatchObject({
      toAgencyCode: 'police',
      resultName: 'Giấy khai sinh',
      resultCode: '000.00.31.H42-250701-0001-KQ1',
      step: { index: 2, key: 'cong-an' },
    });
    const plain = received(days5, steps).act(at('2025-07-02 09:00'), CLERICAL, { action: 'forward' });
    expect(plain.log.at(-1)?.data).not.toHaveProperty('resultCode');
    const issued = forwarded.act(at('2025-07-03 09:00'), CLERICAL, {
      action: 'issue-result',
      data: { number: '5' },
    });
    expect(issued.state.resultCodes).toEqual([
      '000.00.31.H42-250701-0001-KQ1',
      '000.00.31.H42-250701-0001-KQ2',
    ]);
  });

  it('records the leader who approved as the signer unless the clerical officer names another', () => {
    const approved = assigned()
      .act(at('2025-07-02 09:00'), SPECIALIST, { action: 'appraise' })
      .act(at('2025-07-02 10:00'), SPECIALIST, { action: 'submit-for-approval' })
      .act(at('2025-07-02 11:00'), LEADER, { action: 'approve' });
    expect(approved.state.approvedBy).toBe(LEADER.name);
    const issue = (data: object) =>
      approved.act(at('2025-07-03 09:00'), CLERICAL, {
        action: 'issue-result',
        data: { number: '7', ...data },
      });
    expect(issue({}).log.at(-1)?.data).toMatchObject({ signer: LEADER.name });
    expect(issue({ signer: 'Phó Chủ tịch Đỗ Văn E' }).log.at(-1)?.data).toMatchObject({
      signer: 'Phó Chủ tịch Đỗ Văn E',
    });
    // Without an approval in the log (a workflow without one), no signer is made up.
    expect(
      received()
        .act(at('2025-07-03 09:00'), CLERICAL, { action: 'issue-result', data: { number: '1' } })
        .log.at(-1)?.data,
    ).not.toHaveProperty('signer');
  });

  it('names a signed result file only when the dossier has it', () => {
    const body = {
      action: 'issue-result',
      data: { number: '1', resultFileId: '00000000-0000-4000-8000-000000000000' },
    };
    const e = thrown(() => received().act(at('2025-07-02 09:00'), CLERICAL, body, { resultFile: null }));
    expect(e.fields?.[0]?.path).toBe('data.resultFileId');
    const file = { id: '00000000-0000-4000-8000-000000000000', name: 'kq.pdf', sha256: 'ab'.repeat(32) };
    const d = received().act(at('2025-07-02 09:00'), CLERICAL, body, { resultFile: file });
    expect(d.log.at(-1)?.data).toMatchObject({ resultFile: file, number: '1' });
  });
});

describe('payments, consultations, returns', () => {
  it('takes the fees of the case as published at intake, or asks for the amount when there are none', () => {
    const free = DossierScript.receive(
      scriptContext(days5),
      scriptSubject(days5, []),
      at('2025-07-01 09:00'),
      COUNTER,
    ).act(at('2025-07-01 10:00'), COUNTER, { action: 'transfer' });
    expect(
      thrown(() => free.act(at('2025-07-02 09:00'), SPECIALIST, { action: 'request-payment' })).fields?.[0]
        ?.path,
    ).toBe('data.amount');
    const asked = free.act(at('2025-07-02 09:00'), SPECIALIST, {
      action: 'request-payment',
      data: { amount: 120000 },
    });
    const paid = asked.act(at('2025-07-02 10:00'), COUNTER, { action: 'record-payment' });
    expect(paid.log.at(-1)?.data).toEqual({ method: 'cash', amount: 120000 });
  });

  it('refuses a consultation of an agency that does not exist', () => {
    const e = thrown(() =>
      received().act(at('2025-07-02 09:00'), SPECIALIST, { action: 'consult', data: { agencyCode: 'x' } }),
    );
    expect(e.fields?.[0]?.path).toBe('data.agencyCode');
  });

  it('keeps the return appointment, at home with an address, never in the past', () => {
    const finished = received().act(at('2025-07-03 09:00'), CLERICAL, {
      action: 'issue-result',
      data: { number: '1' },
    });
    const home = finished.act(at('2025-07-03 10:00'), COUNTER, {
      action: 'schedule-return',
      data: { appointmentAt: at('2025-07-04 14:00'), place: 'home', address: 'Xóm 3, phường Hoa Lư' },
    });
    expect(home.state.returnAppointment).toEqual({
      at: at('2025-07-04 14:00'),
      place: 'home',
      address: 'Xóm 3, phường Hoa Lư',
    });
    const past = thrown(() =>
      finished.act(at('2025-07-03 10:00'), COUNTER, {
        action: 'schedule-return',
        data: { appointmentAt: at('2025-07-02 14:00') },
      }),
    );
    expect(past.fields?.[0]?.path).toBe('data.appointmentAt');
    const early = thrown(() =>
      finished.act(at('2025-07-03 10:00'), COUNTER, {
        action: 'return-result',
        data: { method: 'home', collector: SCRIPT_COLLECTOR },
      }),
    );
    expect(early).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { allowedActions: ['schedule-return'] },
    });
    const returned = home.act(at('2025-07-04 14:30'), COUNTER, {
      action: 'return-result',
      data: { method: 'home', collector: SCRIPT_COLLECTOR },
    });
    expect(returned.state.status).toBe('returned');
    expect(returned.log.at(-1)?.data).toEqual({ method: 'home', collector: SCRIPT_COLLECTOR });
  });

  it('writes who collected the result into the entry, tidied, and nobody for a result sent by post', () => {
    const finished = received().act(at('2025-07-02 09:00'), CLERICAL, {
      action: 'issue-result',
      data: { number: '12/TLKS' },
    });
    const counter = finished.act(at('2025-07-03 10:00'), COUNTER, {
      action: 'return-result',
      data: {
        method: 'counter',
        collector: {
          fullName: '  Trần   Thị Bình ',
          idNumber: '037 190 002 222',
          relation: 'authorised',
          authorisationNote: ' Giấy ủy quyền ngày 01/07/2025 ',
        },
      },
    });
    expect(counter.log.at(-1)?.data).toEqual({
      method: 'counter',
      collector: {
        fullName: 'Trần Thị Bình',
        idNumber: '037190002222',
        relation: 'authorised',
        authorisationNote: 'Giấy ủy quyền ngày 01/07/2025',
      },
    });
    const post = finished.act(at('2025-07-03 10:00'), COUNTER, {
      action: 'return-result',
      data: { method: 'post', waybill: 'EP1VN' },
    });
    expect(post.log.at(-1)?.data).toEqual({ method: 'post', waybill: 'EP1VN' });
    const missing = thrown(() => finished.act(at('2025-07-03 10:00'), COUNTER, { action: 'return-result' }));
    expect(missing.code).toBe('VALIDATION_FAILED');
    expect(missing.fields?.map((f) => f.path)).toEqual([
      'data.collector.fullName',
      'data.collector.idNumber',
      'data.collector.relation',
    ]);
  });

  it('records the stop’s legal ground, how the applicant asked, the Form 05 register number and the signer', () => {
    const d = received().act(at('2025-07-02 09:00'), COUNTER, {
      action: 'stop',
      reason: 'Người nộp đề nghị dừng giải quyết hồ sơ',
      data: { requestedVia: 'post' },
    });
    expect(d.log.at(-1)?.data).toEqual({
      legalGround:
        'Điều 21 Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ và Điều 7 Thông tư số 03/2025/TT-VPCP',
      requestedVia: 'post',
      slip: { form: '05', number: '1/TB', agencyCode: 'counter' },
      signer: { name: 'Nguyễn Văn A', title: '' },
    });
    expect(d.state.status).toBe('stopped');
    // The ground is the law's, not the caller's.
    const e = thrown(() =>
      received().act(at('2025-07-02 09:00'), COUNTER, {
        action: 'stop',
        reason: 'x',
        data: { legalGround: 'Bất kỳ' },
      }),
    );
    expect(e.fields?.[0]?.path).toBe('data.legalGround');
  });
});
