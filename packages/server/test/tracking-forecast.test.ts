/**
 * The tracking page's countdown and forecast (issue 11, item 5): the job summarises each step's durations in
 * the finished dossiers of a case at its agency (from their logs, in working days); the public lookup, with
 * the check code, gives the countdown and — with at least 20 durations per remaining step — the predicted
 * completion with its 80 % band; otherwise that there is not enough data. No personal data either way.
 */
import { FORECAST_MIN_SAMPLES } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshStepDurations } from '../src/jobs/step-durations.ts';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
let now = new Date();
const set = (local: string) => {
  now = new Date(`${local}:00+07:00`);
};
beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
});
afterAll(() => t.close());

const applicant = { fullName: 'Trần Văn Bình', idNumber: '001090001234', phone: '0912345678' };
const ok = async (res: Promise<{ statusCode: number; body: string }>) => {
  const r = await res;
  expect(r.statusCode, r.body).toBe(200);
};

/** A late birth registration (3 working days) received on Monday 3/3/2025, with the specialist `days` long. */
async function finishOne(specialistDays: number) {
  set('2025-03-03 08:00');
  const { code } = await t.receive('tiepnhan.xa', '1.001193', 'qua-han', applicant);
  await ok(t.act('tiepnhan.xa', code, 'transfer'));
  await ok(t.act('lanhdao.xa', code, 'assign', { data: { assignee: 'chuyenvien.xa' } }));
  set(`2025-03-0${3 + specialistDays} 09:00`);
  await ok(t.act('chuyenvien.xa', code, 'submit-for-approval'));
  await ok(t.act('lanhdao.xa', code, 'approve'));
  await ok(t.act('vanthu.xa', code, 'issue-result', { data: { number: `${code}/KQ` } }));
  return code;
}

const lookup = async (code: string) => {
  const row = await t.database.db
    .selectFrom('dossiers')
    .select('checkCode')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  const res = await t.app.inject(`/api/public/dossiers/${code}?check=${row.checkCode}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('forecast from finished dossiers', () => {
  it('summarises each step’s durations, then forecasts a running dossier with its band', async () => {
    // 20 finished dossiers: the specialist took 0–3 working days (Monday to Thursday).
    const days = Array.from({ length: FORECAST_MIN_SAMPLES }, (_, i) => [0, 1, 1, 2, 3][i % 5] as number);
    for (const d of days) await finishOne(d);
    const refreshed = await refreshStepDurations(
      t.database.db,
      { calendar: await t.app.ctx.calendar.calendar() },
      now,
    );
    expect(refreshed.dossiers).toBe(FORECAST_MIN_SAMPLES);
    const stats = await t.database.db
      .selectFrom('stepDurationStats')
      .selectAll()
      .where('procedureCode', '=', '1.001193')
      .where('caseCode', '=', 'qua-han')
      .execute();
    const byStep = Object.fromEntries(stats.map((s) => [s.stepKey, s]));
    const specialist = Object.values(byStep).find((s) => s.median === 1 && s.high > 2);
    expect(specialist).toMatchObject({ samples: 20, median: 1, low: 0, high: 3 });
    // Every step of the 20 was timed.
    expect(stats.every((s) => s.samples === FORECAST_MIN_SAMPLES)).toBe(true);

    // A new one at the specialist's since Monday, looked up on Tuesday 11/3/2025.
    set('2025-03-10 08:00');
    const { code } = await t.receive('tiepnhan.xa', '1.001193', 'qua-han', applicant);
    await ok(t.act('tiepnhan.xa', code, 'transfer'));
    await ok(t.act('lanhdao.xa', code, 'assign', { data: { assignee: 'chuyenvien.xa' } }));
    set('2025-03-11 10:00');
    const answer = await lookup(code);
    expect(answer.dueDate).toBe('2025-03-13');
    expect(answer.countdown).toEqual({ kind: 'remaining', workingDays: 2 });
    // Specialist median 1 less the 1 day spent, approval and issue the same day: today; band up to +2.
    expect(answer.forecast).toEqual({
      kind: 'forecast',
      date: '2025-03-11',
      earliest: '2025-03-11',
      latest: '2025-03-13',
      samples: 20,
    });
    expect(JSON.stringify(answer)).not.toContain(applicant.fullName);
    expect(JSON.stringify(answer)).not.toContain(applicant.idNumber);

    // Without the check code: the status only, no countdown or forecast.
    const bare = (await t.app.inject(`/api/public/dossiers/${code}`)).json();
    expect(bare.countdown).toBeUndefined();
    expect(bare.forecast).toBeUndefined();

    // Overdue: the count goes on in working days past the due date.
    set('2025-03-17 10:00');
    expect((await lookup(code)).countdown).toEqual({ kind: 'overdue', workingDays: 2 });
  });

  it('says there is not enough data for a case with too few finished dossiers, and counts down to today', async () => {
    set('2025-03-12 08:00');
    const { code } = await t.receive('tiepnhan.xa', '1.001193', 'dung-han', applicant);
    await ok(t.act('tiepnhan.xa', code, 'transfer'));
    set('2025-03-13 08:00');
    const answer = await lookup(code);
    expect(answer.countdown).toEqual({ kind: 'due-today', workingDays: 0 });
    expect(answer.forecast).toEqual({ kind: 'insufficient', needed: FORECAST_MIN_SAMPLES });
  });
});
