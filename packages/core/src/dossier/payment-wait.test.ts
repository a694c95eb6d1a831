import { describe, expect, it } from 'vitest';
import type { TimeLimit } from '../catalogue/procedure.ts';
import { localAt as at } from '../testing.ts';
import { DossierScript, SCRIPT_ACTORS, scriptContext, scriptSubject } from './dossier-script.ts';
import type { DossierSubject } from './entries.ts';
import { overdueFrom } from './timeliness.ts';

const { counter: COUNTER, specialist: SPECIALIST } = SCRIPT_ACTORS;
const days5: TimeLimit = { value: 5, unit: 'working-days' };

/** The subject as recorded at intake, with or without the procedure's payment rule. */
const subject = (paymentStopsClock?: boolean): DossierSubject => {
  const s = scriptSubject(days5);
  return paymentStopsClock === undefined ? s : { ...s, procedure: { ...s.procedure, paymentStopsClock } };
};

/** Received Tue 1/7/2025 09:00 (due Tue 8/7), payment asked on 1/7, paid a week later (5 working days). */
const paidAfterAWeek = (s: DossierSubject) => {
  const waiting = DossierScript.receive(scriptContext(days5), s, at('2025-07-01 09:00'), COUNTER)
    .act(at('2025-07-01 10:00'), COUNTER, { action: 'transfer' })
    .act(at('2025-07-01 11:00'), SPECIALIST, { action: 'request-payment', data: { amount: 50000 } });
  const paid = waiting.act(at('2025-07-08 09:00'), COUNTER, {
    action: 'record-payment',
    data: { method: 'cash' },
  });
  return { waiting, paid };
};

describe('the wait for a payment', () => {
  it("does not stop the clock where the procedure's law does not say so (civil status)", () => {
    const { waiting, paid } = paidAfterAWeek(subject(false));
    expect(waiting.state.status).toBe('payment-requested');
    expect(waiting.state.pausedAt).toBeUndefined();
    expect(waiting.state.visits.at(-1)?.pausedAt).toBeUndefined();
    // The dossier runs late while the applicant has not paid.
    expect(overdueFrom({ ...waiting.state })).toBe('2025-07-09');
    expect(paid.log.at(-1)?.data).not.toHaveProperty('resumed');
    expect(paid.state).toMatchObject({ status: 'processing', dueDate: '2025-07-08', pausedWorkingDays: 0 });
  });

  it('stops the clock where the law says so (land: Decree 101/2024), moving the due date', () => {
    const { waiting, paid } = paidAfterAWeek(subject(true));
    expect(waiting.state.pausedAt).toBe(at('2025-07-01 11:00'));
    expect(paid.state).toMatchObject({ status: 'processing', dueDate: '2025-07-15', pausedWorkingDays: 5 });
  });

  it('keeps stopping it for subjects recorded before the rule was recorded', () => {
    const { paid } = paidAfterAWeek(subject());
    expect(paid.state).toMatchObject({ dueDate: '2025-07-15', pausedWorkingDays: 5 });
  });
});
