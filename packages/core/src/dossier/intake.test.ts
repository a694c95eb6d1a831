import { describe, expect, it } from 'vitest';
import type { ProcedureCase, TimeLimit } from '../catalogue/procedure.ts';
import { localAt as at, thrown } from '../testing.ts';
import { DossierScript, SCRIPT_ACTORS, scriptContext } from './dossier-script.ts';
import { decideReception, decideSubmission, subjectOf } from './intake.ts';

const { counter: COUNTER } = SCRIPT_ACTORS;
const days = (value: number): TimeLimit => ({ value, unit: 'working-days' });

/** 1.013978 as the portal publishes it: 27 working days in person, 20 by post, 17 online. */
const land = {
  code: '1.013978',
  name: 'Đăng ký đất đai lần đầu',
  nameEn: 'First land registration',
  paymentStopsClock: true,
  paymentStopsClockBasis: 'Nghị định 101/2024/NĐ-CP',
};
const landCase: ProcedureCase = {
  code: 'dang-ky-va-cap-gcn',
  name: 'Đăng ký đất đai và cấp Giấy chứng nhận lần đầu',
  nameEn: 'Registration and certificate',
  timeLimit: days(27),
  channelLimits: { online: days(17), postal: days(20) },
  extensions: [
    { code: 'xa-kho-khan', name: 'Xã miền núi, vùng sâu, vùng xa', nameEn: 'Remote', workingDays: 10 },
  ],
  agreedExtension: false,
  feeStatus: 'provincial-to-set',
  fees: [],
  feeNote: '',
  components: [
    {
      id: 'don',
      name: 'Đơn đăng ký',
      nameEn: 'Application',
      form: 'original',
      quantity: 1,
      required: true,
      template: '',
      templateUrl: '',
      note: '',
    },
  ],
};
/** 2.000815: the same day, or a later date agreed in writing with the applicant. */
const copyCase: ProcedureCase = {
  ...landCase,
  code: 'trong-ngay',
  timeLimit: { value: 0, unit: 'same-day' },
  channelLimits: {},
  extensions: [],
  agreedExtension: true,
  feeStatus: 'set',
};
const given = [{ id: 'don', quantity: 1 }];
// July 2025 has no public holiday.
const ctx = scriptContext(days(27));
const receivedAt = at('2025-07-01 09:00');
const receive = (subject: ReturnType<typeof subjectOf>, channel: 'counter' | 'postal' = 'counter') =>
  decideReception({ subject, at: receivedAt, actor: COUNTER, channel }, ctx);

describe('the time limit chosen at intake', () => {
  it("takes the limit of the dossier's channel and records it in the subject", () => {
    const counter = subjectOf(land, landCase, given, { channel: 'counter' });
    expect(counter.case.timeLimit).toEqual(days(27));
    expect(counter.case.limit).toEqual({ channel: 'counter', extensions: [] });
    expect(receive(counter).state.dueDate).toBe('2025-08-07');

    const postal = subjectOf(land, landCase, given, { channel: 'postal' });
    expect(postal.case.timeLimit).toEqual(days(20));
    expect(receive(postal, 'postal').state.dueDate).toBe('2025-07-29');

    const online = subjectOf(land, landCase, given, { channel: 'online' });
    expect(online.case.timeLimit).toEqual(days(17));
    const submitted = DossierScript.submit(ctx, online, receivedAt, { ...COUNTER, role: 'citizen' });
    const received = submitted.act(receivedAt, COUNTER, { action: 'receive' });
    expect(received.state.dueDate).toBe('2025-07-24');
  });

  it('records what decides the clock: the fee status and whether a payment wait stops it', () => {
    const subject = subjectOf(land, landCase, given, { channel: 'counter' });
    expect(subject.procedure).toMatchObject({
      paymentStopsClock: true,
      paymentStopsClockBasis: 'Nghị định 101/2024/NĐ-CP',
    });
    expect(subject.case.feeStatus).toBe('provincial-to-set');
  });

  it('adds the working days of an extension condition the counter found to apply', () => {
    const subject = subjectOf(land, landCase, given, { channel: 'counter', extensions: ['xa-kho-khan'] });
    expect(subject.case.limit?.extensions).toEqual([
      { code: 'xa-kho-khan', name: 'Xã miền núi, vùng sâu, vùng xa', nameEn: 'Remote', workingDays: 10 },
    ]);
    expect(receive(subject).state.dueDate).toBe('2025-08-21'); // 27 + 10 working days
  });

  it("refuses an extension that is not the case's, or one chosen online", () => {
    const unknown = thrown(() =>
      subjectOf(land, landCase, given, { channel: 'counter', extensions: ['xa'] }),
    );
    expect(unknown.fields?.map((f) => f.path)).toEqual(['limitExtensions[0]']);
    const online = thrown(() =>
      subjectOf(land, landCase, given, { channel: 'online', extensions: ['xa-kho-khan'] }),
    );
    expect(online.fields?.map((f) => f.path)).toEqual(['limitExtensions']);
  });

  it('sets the due date to a later date agreed in writing, with the agreement recorded', () => {
    const agreed = { dueDate: '2025-07-04', reference: 'Văn bản thỏa thuận số 12/TT' };
    const subject = subjectOf(land, copyCase, given, { channel: 'counter', agreed });
    expect(subject.case.limit).toEqual({ channel: 'counter', extensions: [], agreed });
    const { entry, state } = receive(subject);
    expect(state.dueDate).toBe('2025-07-04');
    expect(entry.data).toMatchObject({ dueDate: '2025-07-04' });
  });

  it('refuses an agreed date the case does not allow, without a reference, not later, or not a working day', () => {
    const agreement = (dueDate: string, reference = 'VB 12') => ({ dueDate, reference });
    const paths = (f: () => unknown) => thrown(f).fields?.map((x) => x.path);
    expect(
      paths(() => subjectOf(land, landCase, given, { channel: 'counter', agreed: agreement('2025-09-01') })),
    ).toEqual(['agreedExtension']);
    expect(
      paths(() =>
        subjectOf(land, copyCase, given, { channel: 'counter', agreed: agreement('2025-07-04', ' ') }),
      ),
    ).toEqual(['agreedExtension.reference']);
    expect(
      paths(() => subjectOf(land, copyCase, given, { channel: 'online', agreed: agreement('2025-07-04') })),
    ).toEqual(['agreedExtension']);
    const sameDay = subjectOf(land, copyCase, given, { channel: 'counter', agreed: agreement('2025-07-01') });
    expect(paths(() => receive(sameDay))).toEqual(['agreedExtension.dueDate']);
    const saturday = subjectOf(land, copyCase, given, {
      channel: 'counter',
      agreed: agreement('2025-07-05'),
    });
    expect(paths(() => receive(saturday))).toEqual(['agreedExtension.dueDate']);
  });

  it('keeps an online submission free of any counter choice', () => {
    const subject = subjectOf(land, landCase, given, { channel: 'online' });
    const { entry } = decideSubmission({ subject, at: receivedAt, actor: { ...COUNTER, role: 'citizen' } });
    expect(entry.data).toMatchObject({ subject: { case: { limit: { channel: 'online', extensions: [] } } } });
  });
});

describe('the check code of the public lookup (issue 9, item 10)', () => {
  const subject = subjectOf(land, landCase, given, { channel: 'counter' });

  it('is recorded in the first entry, counter or online, and read back into the state', () => {
    const received = decideReception(
      { subject, at: receivedAt, actor: COUNTER, channel: 'counter', checkCode: '7KQ2MX' },
      ctx,
    );
    expect(received.entry.data).toMatchObject({ checkCode: '7KQ2MX' });
    expect(received.state.checkCode).toBe('7KQ2MX');
    const online = subjectOf(land, landCase, given, { channel: 'online' });
    const submitted = decideSubmission({
      subject: online,
      at: receivedAt,
      actor: { ...COUNTER, role: 'citizen' },
      checkCode: 'AB3K9Z',
    });
    expect(submitted.entry.data).toMatchObject({ checkCode: 'AB3K9Z' });
    expect(submitted.state.checkCode).toBe('AB3K9Z');
  });

  it('is absent from entries decided without one (logs from before it existed)', () => {
    const { entry, state } = receive(subject);
    expect(entry.data).not.toHaveProperty('checkCode');
    expect(state.checkCode).toBeUndefined();
  });
});
