import { describe, expect, it } from 'vitest';
import type { TimeLimit } from '../catalogue/procedure.ts';
import { localAt, thrown } from '../testing.ts';
import { deriveState } from './derive-state.ts';
import {
  DossierScript,
  SCRIPT_ACTORS,
  SCRIPT_ASSIGNEE,
  SCRIPT_COLLECTOR,
  scriptContext,
  scriptSubject,
} from './dossier-script.ts';
import type { DossierEntry } from './entries.ts';
import { assessTimeliness, stepResult } from './timeliness.ts';

const { counter: COUNTER, specialist: SPECIALIST, leader: LEADER, clerical: CLERICAL } = SCRIPT_ACTORS;
const at = localAt;
const days5: TimeLimit = { value: 5, unit: 'working-days' };
const assignee = SCRIPT_ASSIGNEE;

/** Received Tue 1/7/2025 09:00 (July 2025 has no holiday) and transferred at 10:00. */
const received = (limit: TimeLimit = days5) =>
  DossierScript.receive(scriptContext(limit), scriptSubject(limit), at('2025-07-01 09:00'), COUNTER).act(
    at('2025-07-01 10:00'),
    COUNTER,
    { action: 'transfer' },
  );

describe('a dossier replayed from its log', () => {
  it('follows a counter dossier from intake to the returned result, step by step', () => {
    const d = received()
      .act(
        at('2025-07-02 08:00'),
        LEADER,
        { action: 'assign', data: { assignee: 'chuyenvien' } },
        { assignee },
      )
      .act(at('2025-07-03 08:00'), SPECIALIST, { action: 'appraise' })
      .act(at('2025-07-03 09:00'), SPECIALIST, { action: 'submit-for-approval' })
      .act(at('2025-07-03 10:00'), LEADER, { action: 'return-for-rework', reason: 'Thiếu căn cứ' })
      .act(at('2025-07-03 11:00'), SPECIALIST, { action: 'submit-for-approval' })
      .act(at('2025-07-04 08:00'), LEADER, { action: 'approve' })
      .act(at('2025-07-04 09:00'), CLERICAL, { action: 'issue-result', data: { number: '12/TLKS' } })
      .act(at('2025-07-07 09:00'), COUNTER, {
        action: 'return-result',
        data: { collector: SCRIPT_COLLECTOR },
      });
    const s = d.state;
    expect(s).toMatchObject({
      status: 'returned',
      statusCode: 10,
      lastSeq: 10,
      channel: 'counter',
      receivedAt: at('2025-07-01 09:00'),
      dueDate: '2025-07-08',
      originalDueDate: '2025-07-08',
      pausedWorkingDays: 0,
      assignee: 'chuyenvien',
      assigneeName: 'Trần Thị B',
      resultCodes: ['000.00.31.H42-250701-0001-KQ1'],
      finishedAt: at('2025-07-04 09:00'),
      processingEndedAt: at('2025-07-04 09:00'),
      returnedAt: at('2025-07-07 09:00'),
    });
    expect(s.stepIndex).toBeUndefined();
    expect(s.visits.map((v) => [v.stepKey, v.startedAt, v.endedAt])).toEqual([
      ['tiep-nhan', at('2025-07-01 09:00'), at('2025-07-01 10:00')],
      ['phan-cong', at('2025-07-01 10:00'), at('2025-07-02 08:00')],
      ['tham-dinh', at('2025-07-02 08:00'), at('2025-07-03 09:00')],
      ['phe-duyet', at('2025-07-03 09:00'), at('2025-07-03 10:00')],
      ['tham-dinh', at('2025-07-03 10:00'), at('2025-07-03 11:00')],
      ['phe-duyet', at('2025-07-03 11:00'), at('2025-07-04 08:00')],
      ['ban-hanh', at('2025-07-04 08:00'), at('2025-07-04 09:00')],
    ]);
    expect(s.visits[1]?.handedTo).toBe('Trần Thị B');
    expect(s.visits[3]?.note).toBe('Thiếu căn cứ');
    expect(assessTimeliness(s, at('2025-07-10 00:00'))).toBe('early');
  });

  it('reads every decision from the entries, whatever the calendar or catalogue say today', () => {
    const d = received();
    const receive = d.log[0] as Extract<DossierEntry, { action: 'receive' }>;
    expect(receive.data).toMatchObject({
      channel: 'counter',
      dueDate: '2025-07-08',
      office: { sameDayCutoff: 900 },
      subject: { procedure: { code: '1.001193' }, case: { code: 'chung', timeLimit: days5 } },
      step: { index: 0, key: 'tiep-nhan', dueAt: at('2025-07-01 17:30') },
    });
    // A log whose reception recorded another date reads with that date: nothing is counted again.
    const recorded = { ...receive, data: { ...receive.data, dueDate: '2025-07-31' } } as DossierEntry;
    expect(deriveState([recorded, ...d.log.slice(1)]).dueDate).toBe('2025-07-31');
    // The same entries read back from JSON give the same state.
    expect(deriveState(JSON.parse(JSON.stringify(d.log)) as DossierEntry[])).toEqual(d.state);
  });

  it('accepts an online dossier, with one written guidance before reception that does not stop any clock', () => {
    const ctx = scriptContext(days5);
    const d = DossierScript.submit(ctx, scriptSubject(days5), at('2025-06-30 20:00'), {
      id: 'portal',
      name: 'Cổng Dịch vụ công quốc gia',
      role: 'citizen',
      agencyCode: 'counter',
    })
      .act(at('2025-07-01 08:00'), COUNTER, {
        action: 'request-supplement',
        reason: 'Thiếu bản sao giấy khai sinh',
        data: { missing: [{ id: 'giay-chung-sinh' }] },
      })
      .act(at('2025-07-02 21:00'), COUNTER, { action: 'supplement' })
      .act(at('2025-07-03 08:00'), COUNTER, { action: 'receive' });
    expect(d.state).toMatchObject({
      status: 'received',
      channel: 'online',
      submittedAt: at('2025-06-30 20:00'),
      receivedAt: at('2025-07-03 08:00'),
      dueDate: '2025-07-10',
      pausedWorkingDays: 0,
      receptionSupplementRequests: 1,
      supplementRequests: {},
      hasRepeatedSupplement: false,
      stepIndex: 0,
    });
    expect(d.state.slips).toEqual([
      { form: '02', number: '1/HDHS', agencyCode: 'counter', seq: 2, issuedAt: at('2025-07-01 08:00') },
    ]);
  });

  it('stops the clock while waiting for a supplement after reception, and moves the open step too', () => {
    const paused = received().act(at('2025-07-03 10:00'), SPECIALIST, {
      action: 'request-supplement',
      reason: 'Thiếu bản vẽ',
      data: { missing: [{ name: 'Bản vẽ' }] },
    });
    expect(paused.state).toMatchObject({
      status: 'supplement-requested',
      isPaused: true,
      pausedAt: at('2025-07-03 10:00'),
      statusBeforePause: 'processing',
      dueDate: '2025-07-08',
      supplementRequests: { agency: 1 },
    });
    const stepDue = paused.state.visits.at(-1)?.dueAt;
    // Waited Fri 4, Mon 7, Tue 8: three working days, so 8/7 becomes 11/7.
    const resumed = paused.act(at('2025-07-08 14:00'), COUNTER, { action: 'supplement' });
    expect(resumed.state).toMatchObject({
      status: 'processing',
      isPaused: false,
      dueDate: '2025-07-11',
      originalDueDate: '2025-07-08',
      pausedWorkingDays: 3,
    });
    expect(resumed.log.at(-1)?.data).toMatchObject({
      resumed: { waitedWorkingDays: 3, dueDate: '2025-07-11' },
    });
    expect(resumed.state.visits.at(-1)?.pausedWorkingDays).toBe(3);
    expect(resumed.state.visits.at(-1)?.dueAt).not.toBe(stepDue);
    expect(resumed.state.pausedAt).toBeUndefined();
    expect(resumed.state.statusBeforePause).toBeUndefined();
  });

  it('moves an hour-based due instant by whole working days after a payment wait', () => {
    const hours: TimeLimit = { value: 8, unit: 'working-hours' };
    const ctx = scriptContext(hours);
    const d = DossierScript.receive(ctx, scriptSubject(hours), at('2025-07-01 10:00'), COUNTER)
      .act(at('2025-07-01 10:05'), COUNTER, { action: 'transfer' })
      .act(at('2025-07-01 11:00'), SPECIALIST, { action: 'request-payment', data: { amount: 50000 } })
      .act(at('2025-07-03 09:00'), COUNTER, {
        action: 'record-payment',
        data: { method: 'transfer', reference: 'BL-1' },
      });
    expect(d.state).toMatchObject({
      status: 'processing',
      pausedWorkingDays: 2,
      dueDate: '2025-07-04',
      dueAt: at('2025-07-04 10:00'),
    });
    expect(d.log.at(-1)?.data).toMatchObject({ method: 'transfer', amount: 50000, reference: 'BL-1' });
  });

  it('tracks consultations until each agency replies', () => {
    const d = received()
      .act(at('2025-07-02 09:00'), SPECIALIST, { action: 'consult', data: { agencyCode: 'province' } })
      .act(at('2025-07-02 09:05'), SPECIALIST, { action: 'consult', data: { agencyCode: 'counter' } })
      .act(at('2025-07-03 09:00'), SPECIALIST, { action: 'consult-reply', data: { agencyCode: 'province' } });
    expect(d.state.pendingConsultations).toEqual(['counter']);
  });

  it('takes a reply only from an agency that was consulted and has not answered', () => {
    const d = received().act(at('2025-07-02 09:00'), SPECIALIST, {
      action: 'consult',
      data: { agencyCode: 'province' },
    });
    const reply = { action: 'consult-reply', data: { agencyCode: 'counter' } } as const;
    expect(thrown(() => d.act(at('2025-07-03 09:00'), SPECIALIST, reply)).fields?.[0]?.path).toBe(
      'data.agencyCode',
    );
  });

  it('ends processing, and the open step, at the start of the wait when a waiting dossier is stopped', () => {
    const d = received()
      .act(at('2025-07-04 09:00'), SPECIALIST, {
        action: 'request-supplement',
        reason: 'a',
        data: { missing: [{ name: 'x' }] },
      })
      .act(at('2025-07-31 09:00'), LEADER, { action: 'stop', reason: 'Quá hạn bổ sung' });
    expect(d.state).toMatchObject({ status: 'stopped', stoppedAt: at('2025-07-31 09:00'), isPaused: false });
    expect(d.state.processingEndedAt).toBe(at('2025-07-04 09:00'));
    expect(d.state.visits.at(-1)?.endedAt).toBe(at('2025-07-04 09:00'));
    expect(d.state.stepIndex).toBeUndefined();
    expect(assessTimeliness(d.state, at('2025-08-01 00:00'))).toBe('early');
  });

  it('does not count a step late while it waits for the applicant', () => {
    const d = received().act(at('2025-07-01 11:00'), SPECIALIST, { action: 'request-payment' });
    expect(stepResult(d.state.visits.at(-1)!, at('2025-08-30 10:00'))).toBe('pending');
    expect(d.log.at(-1)?.data).toEqual({ amount: 8000, fees: [{ name: 'Lệ phí', amount: 8000 }] });
  });

  it('rejects an action the state machine does not allow, with the allowed ones', () => {
    const d = received();
    const bad = { ...d.log[1]!, seq: 3, action: 'return-result' } as DossierEntry;
    const e = thrown(() => deriveState([...d.log, bad]));
    expect(e.code).toBe('INVALID_TRANSITION');
    expect(e.details?.allowedActions).toContain('assign');
  });

  it('rejects a malformed log', () => {
    expect(thrown(() => deriveState([])).code).toBe('VALIDATION_FAILED');
    const d = received();
    const repeated = d.log.map((e) => ({ ...e, seq: 1 }));
    expect(thrown(() => deriveState(repeated)).fields?.[0]?.path).toBe('log[1].seq');
    const badTime = d.log.map((e) => (e.seq === 2 ? { ...e, at: '2025-07-01 10:00' } : e));
    expect(thrown(() => deriveState(badTime)).fields?.[0]?.path).toBe('log[1].at');
  });
});
