/**
 * The buttons are the server's answers: at every stage of a dossier's life, each officer is offered exactly
 * what the server then accepts from them; whatever is not offered is refused (403 or 409) and writes
 * nothing. Past its due date the leader is offered the apology, the counter a stop or a withdrawal.
 */
import { STAFF_ACTION_TYPES } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

let clock = new Date('2025-03-03T09:00:00+07:00');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: () => clock });
});
afterAll(() => t.close());

const OFFICERS = ['tiepnhan.xa', 'chuyenvien.xa', 'lanhdao.xa', 'vanthu.xa', 'tiepnhan.xa2', 'giamsat.tinh'];

/** A body the action's schema accepts, so that what answers is the rule, not the validation. */
const BODIES: Record<string, object> = {
  assign: { data: { assignee: 'chuyenvien.xa' } },
  'request-supplement': { reason: 'Thiếu', data: { missing: [{ name: 'Tờ khai' }] } },
  consult: { data: { agencyCode: 'ninh-binh.phuong-hoa-lu.cong-an' } },
  'consult-reply': { data: { agencyCode: 'ninh-binh.phuong-hoa-lu.cong-an' } },
  'apologize-extend': { reason: 'Chờ xác minh', data: { newDueDate: '2025-03-20' } },
  'issue-result': { data: { number: '1/2025' } },
  'schedule-return': { data: { appointmentAt: '2025-03-31T09:00:00+07:00' } },
  'return-result': {
    data: { collector: { fullName: 'Nguyễn Văn An', idNumber: '037090001234', relation: 'self' } },
  },
  refuse: { reason: 'Lý do' },
  stop: { reason: 'Lý do' },
  withdraw: { reason: 'Lý do' },
  'return-for-rework': { reason: 'Lý do' },
};

const view = async (username: string, code: string) => {
  const res = await t.app.inject({ url: `/api/dossiers/${code}`, headers: { cookie: await t.as(username) } });
  return res.statusCode === 200
    ? (res.json() as { log: unknown[]; allowedActions: { action: string }[] })
    : null;
};

/** For each officer: what is offered, and that everything else is refused without a trace. */
async function checkStage(code: string) {
  const offered: Record<string, string[]> = {};
  for (const username of OFFICERS) {
    const seen = await view(username, code);
    offered[username] = seen?.allowedActions.map((a) => a.action) ?? [];
    const length = (await view('giamsat.tinh', code))?.log.length;
    for (const action of STAFF_ACTION_TYPES.filter((a) => !offered[username]?.includes(a))) {
      const res = await t.act(username, code, action, BODIES[action] ?? {});
      expect([403, 404, 409], `${username} ${action}: ${res.body}`).toContain(res.statusCode);
    }
    expect((await view('giamsat.tinh', code))?.log.length).toBe(length);
  }
  return offered;
}

/** Takes an offered action; the server must accept it. */
async function take(offered: Record<string, string[]>, username: string, code: string, action: string) {
  expect(offered[username], `${action} is offered to ${username}`).toContain(action);
  const res = await t.act(username, code, action, BODIES[action] ?? {});
  expect(res.statusCode, res.body).toBe(200);
}

describe('the offered actions are the accepted ones', () => {
  it('at every stage of a dossier’s life, for every officer', async () => {
    const { code } = await t.receive('tiepnhan.xa', '1.001193', 'qua-han', {
      fullName: 'Ngô Văn Tư',
      idNumber: '037090009876',
      phone: '0912999888',
    });
    const path: [string, string][] = [
      ['tiepnhan.xa', 'transfer'],
      ['lanhdao.xa', 'assign'],
      ['chuyenvien.xa', 'request-supplement'],
      ['tiepnhan.xa', 'supplement'],
      ['chuyenvien.xa', 'submit-for-approval'],
      ['lanhdao.xa', 'return-for-rework'],
      ['chuyenvien.xa', 'submit-for-approval'],
      ['lanhdao.xa', 'approve'],
      ['vanthu.xa', 'issue-result'],
      ['tiepnhan.xa', 'schedule-return'],
      ['tiepnhan.xa', 'return-result'],
    ];
    for (const [username, action] of path) await take(await checkStage(code), username, code, action);
    expect(await checkStage(code)).toEqual(Object.fromEntries(OFFICERS.map((u) => [u, []])));
  });

  it('proposes the leader who approved as the signer of the result, and records them if kept', async () => {
    const { code } = await t.receive('tiepnhan.xa', '1.001193', 'qua-han', {
      fullName: 'Ngô Văn Ký',
      idNumber: '037090009870',
      phone: '0912999880',
    });
    for (const [username, action] of [
      ['tiepnhan.xa', 'transfer'],
      ['lanhdao.xa', 'assign'],
      ['chuyenvien.xa', 'submit-for-approval'],
      ['lanhdao.xa', 'approve'],
    ] as const) {
      await take(await checkStage(code), username, code, action);
    }
    const leader = (
      await t.app.inject({ url: '/api/auth/me', headers: { cookie: await t.as('lanhdao.xa') } })
    ).json().user.fullName as string;
    const view = await t.app.inject({
      url: `/api/dossiers/${code}`,
      headers: { cookie: await t.as('vanthu.xa') },
    });
    const offered = view.json().allowedActions.find((a: { action: string }) => a.action === 'issue-result');
    expect(offered.signer).toBe(leader);
    const issued = await t.act('vanthu.xa', code, 'issue-result', { data: { number: '9/2025' } });
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json().log.at(-1).data.signer).toBe(leader);
  });

  it('past the due date offers the apology to the leader, a stop or a withdrawal to the counter', async () => {
    clock = new Date('2025-03-03T09:00:00+07:00');
    const { code } = await t.receive('tiepnhan.xa', '1.001193', 'qua-han', {
      fullName: 'Ngô Văn Năm',
      idNumber: '037090009877',
      phone: '0912999887',
    });
    await t.act('tiepnhan.xa', code, 'transfer');
    clock = new Date('2025-03-10T09:00:00+07:00'); // due Thursday 6 March
    const offered = await checkStage(code);
    expect(offered['lanhdao.xa']).toEqual(['apologize-extend']);
    expect(offered['tiepnhan.xa']).toEqual(['send-paper', 'stop', 'withdraw']);
    expect(offered['chuyenvien.xa']).toEqual([]);
    await take(offered, 'tiepnhan.xa', code, 'withdraw');
  });

  it('say what the form needs: a repeated supplement request is a breach, a reply names who was consulted', async () => {
    clock = new Date('2025-03-03T09:00:00+07:00');
    const { code } = await t.receive('tiepnhan.xa', '1.001193', 'qua-han', {
      fullName: 'Ngô Văn Sáu',
      idNumber: '037090009878',
      phone: '0912999886',
    });
    const offer = async (username: string, action: string) =>
      (await view(username, code))?.allowedActions.find((a) => a.action === action) as
        | { overrideRequired?: boolean; agencies?: string[] }
        | undefined;
    await t.act('tiepnhan.xa', code, 'transfer');
    await t.act('lanhdao.xa', code, 'assign', BODIES.assign);
    expect((await offer('chuyenvien.xa', 'request-supplement'))?.overrideRequired).toBe(false);
    await t.act('chuyenvien.xa', code, 'consult', BODIES.consult);
    expect((await offer('chuyenvien.xa', 'consult-reply'))?.agencies).toEqual([
      'ninh-binh.phuong-hoa-lu.cong-an',
    ]);
    await t.act('chuyenvien.xa', code, 'consult-reply', BODIES['consult-reply']);
    expect(await offer('chuyenvien.xa', 'consult-reply')).toBeUndefined();
    await t.act('chuyenvien.xa', code, 'request-supplement', BODIES['request-supplement']);
    await t.act('tiepnhan.xa', code, 'supplement');
    // A second request is the leader's, as a breach to confirm.
    expect(await offer('chuyenvien.xa', 'request-supplement')).toBeUndefined();
    expect((await offer('lanhdao.xa', 'request-supplement'))?.overrideRequired).toBe(true);
  });
});

describe('nothing senseless is offered, and the server refuses it by name (issue 10)', () => {
  it('no apology on an on-time dossier at the counter, no payment on a free case, no appraisal after submitting', async () => {
    clock = new Date('2025-03-03T09:00:00+07:00');
    // 2.000986: 20 working days, "Lệ phí=0" (free).
    const { code } = await t.receive('tiepnhan.xa', '2.000986', 'default', {
      fullName: 'Ngô Văn Bảy',
      idNumber: '037090009879',
      phone: '0912999885',
    });
    const refusedAs = async (username: string, action: string, rule: string) => {
      expect((await view(username, code))?.allowedActions.map((a) => a.action)).not.toContain(action);
      const res = await t.act(username, code, action, BODIES[action] ?? {});
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().error).toMatchObject({ code: 'INVALID_TRANSITION', rule });
    };
    await refusedAs('lanhdao.xa', 'apologize-extend', 'pointless');
    await t.act('tiepnhan.xa', code, 'transfer');
    // Transferred, the agency may foresee a delay.
    expect((await view('lanhdao.xa', code))?.allowedActions.map((a) => a.action)).toContain(
      'apologize-extend',
    );
    await t.act('lanhdao.xa', code, 'assign', BODIES.assign);
    await refusedAs('chuyenvien.xa', 'request-payment', 'pointless');
    expect((await t.act('chuyenvien.xa', code, 'appraise')).statusCode).toBe(200);
    expect((await t.act('chuyenvien.xa', code, 'submit-for-approval')).statusCode).toBe(200);
    await refusedAs('chuyenvien.xa', 'appraise', 'pointless');
    // Sent back, the appraisal is the specialist's again.
    expect(
      (await t.act('lanhdao.xa', code, 'return-for-rework', BODIES['return-for-rework'])).statusCode,
    ).toBe(200);
    expect((await view('chuyenvien.xa', code))?.allowedActions.map((a) => a.action)).toContain('appraise');
  });
});
