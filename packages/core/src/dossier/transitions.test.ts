import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../access/roles.ts';
import { DomainError } from '../errors.ts';
import { ACTION_LABELS, ACTION_ROLES, ACTION_TYPES, type ActionType, rolesForAction } from './actions.ts';
import { STATUS_KEYS, type StatusKey, TERMINAL_STATUSES } from './statuses.ts';
import { allowedActions, canPerform, nextStatus, TRANSITIONS } from './transitions.ts';

const ALL_STATES: (StatusKey | 'none')[] = ['none', ...STATUS_KEYS];

/** Every (status, status-before-pause) pair reachable from 'none', by breadth-first search over the table. */
const reachable = (): Map<string, { status: StatusKey | 'none'; before?: StatusKey }> => {
  const seen = new Map<string, { status: StatusKey | 'none'; before?: StatusKey }>();
  const queue: { status: StatusKey | 'none'; before?: StatusKey }[] = [{ status: 'none' }];
  while (queue.length > 0) {
    const node = queue.shift()!;
    const id = `${node.status}/${node.before ?? ''}`;
    if (seen.has(id)) continue;
    seen.set(id, node);
    for (const action of allowedActions(node.status)) {
      const to = nextStatus(node.status, action, node.before);
      const paused = to === 'supplement-requested' || to === 'payment-requested';
      const before = paused ? (to === node.status ? node.before : (node.status as StatusKey)) : undefined;
      queue.push(before === undefined ? { status: to } : { status: to, before });
    }
  }
  return seen;
};

describe('the transition table', () => {
  it('reads as the documented state machine', () => {
    expect(TRANSITIONS).toMatchInlineSnapshot(`
      {
        "finished": {
          "return-result": "returned",
          "schedule-return": "same",
        },
        "new": {
          "receive": "received",
          "refuse": "refused",
          "request-supplement": "supplement-requested",
          "withdraw": "withdrawn",
        },
        "none": {
          "receive": "received",
          "submit-online": "new",
        },
        "payment-requested": {
          "apologize-extend": "same",
          "record-payment": "before-pause",
          "send-paper": "same",
          "stop": "stopped",
          "withdraw": "withdrawn",
        },
        "processing": {
          "apologize-extend": "same",
          "appraise": "same",
          "approve": "same",
          "assign": "same",
          "consult": "same",
          "consult-reply": "same",
          "forward": "same",
          "issue-result": "finished",
          "request-payment": "payment-requested",
          "request-supplement": "supplement-requested",
          "return-for-rework": "same",
          "send-paper": "same",
          "stop": "stopped",
          "submit-for-approval": "same",
          "withdraw": "withdrawn",
        },
        "received": {
          "apologize-extend": "same",
          "stop": "stopped",
          "transfer": "processing",
          "withdraw": "withdrawn",
        },
        "refused": {},
        "returned": {},
        "stopped": {},
        "supplement-requested": {
          "apologize-extend": "same",
          "send-paper": "same",
          "stop": "stopped",
          "supplement": "before-pause",
          "withdraw": "withdrawn",
        },
        "withdrawn": {},
      }
    `);
  });

  it('lists every status, with labels and roles for every action', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...ALL_STATES].sort());
    for (const a of ACTION_TYPES) {
      expect(ACTION_LABELS[a].vi).not.toBe('');
      for (const r of ACTION_ROLES[a]) expect(ROLES).toContain(r);
    }
  });

  it('is frozen, so no caller can change the rules', () => {
    expect(Object.isFrozen(TRANSITIONS)).toBe(true);
    expect(Object.isFrozen(TRANSITIONS.processing)).toBe(true);
  });

  it('allows only submission or intake before a dossier exists', () => {
    expect(allowedActions('none')).toEqual(['submit-online', 'receive']);
  });

  it('makes refused, withdrawn, stopped and returned terminal', () => {
    for (const s of TERMINAL_STATUSES) expect(allowedActions(s)).toEqual([]);
    const withNoActions = STATUS_KEYS.filter((s) => allowedActions(s).length === 0);
    expect(withNoActions.sort()).toEqual([...TERMINAL_STATUSES].sort());
  });

  it('reaches every status from no dossier', () => {
    const statuses = new Set([...reachable().values()].map((n) => n.status));
    expect([...statuses].sort()).toEqual([...ALL_STATES].sort());
  });

  it('resumes a pause to where it came from: new before reception, processing after', () => {
    const pauses = [...reachable().values()].filter((n) => n.before !== undefined);
    expect(pauses.map((n) => `${n.status}<-${n.before}`).sort()).toEqual([
      'payment-requested<-processing',
      'supplement-requested<-new',
      'supplement-requested<-processing',
    ]);
    expect(nextStatus('supplement-requested', 'supplement', 'new')).toBe('new');
    expect(nextStatus('payment-requested', 'record-payment', 'processing')).toBe('processing');
    expect(() => nextStatus('supplement-requested', 'supplement')).toThrow(RangeError);
  });

  it('keeps the status for in-processing steps and the apology', () => {
    for (const a of ['assign', 'appraise', 'approve', 'consult', 'apologize-extend'] as const) {
      expect(nextStatus('processing', a)).toBe('processing');
    }
    expect(nextStatus('payment-requested', 'apologize-extend', 'processing')).toBe('payment-requested');
  });

  it('refuses anything else with INVALID_TRANSITION, naming what is allowed', () => {
    let error: unknown;
    try {
      nextStatus('finished', 'approve');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    const e = error as DomainError;
    expect(e.code).toBe('INVALID_TRANSITION');
    expect(e.details).toEqual({
      status: 'finished',
      action: 'approve',
      allowedActions: ['schedule-return', 'return-result'],
    });
    expect(e.messageVi).toBe('Không thể thực hiện "Phê duyệt" khi hồ sơ ở trạng thái "Đã xử lý xong".');
    expect(e.messageEn).toBe('"Approve" is not allowed when the dossier is "Processing finished".');
  });

  it('succeeds exactly for the table entries, in every status', () => {
    for (const s of ALL_STATES) {
      for (const a of ACTION_TYPES) {
        const call = () => nextStatus(s, a, 'processing');
        if (canPerform(s, a)) expect(call).not.toThrow();
        else expect(call).toThrow(DomainError);
      }
    }
  });

  it('from any reachable status, only table actions succeed (random walks)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ACTION_TYPES), { maxLength: 40 }), (attempts) => {
        let status: StatusKey | 'none' = 'none';
        let before: StatusKey | undefined;
        for (const action of attempts) {
          const allowed = allowedActions(status).includes(action);
          let to: StatusKey | undefined;
          try {
            to = nextStatus(status, action, before);
          } catch (e) {
            expect(e).toBeInstanceOf(DomainError);
            expect((e as DomainError).details?.allowedActions).toEqual(allowedActions(status));
          }
          expect(to !== undefined).toBe(allowed);
          if (to === undefined) continue;
          const paused = to === 'supplement-requested' || to === 'payment-requested';
          before = paused ? (to === status ? before : (status as StatusKey)) : undefined;
          status = to;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('roles', () => {
  it('leave online submission to the citizen channel', () => {
    expect(ACTION_ROLES['submit-online']).toEqual([]);
  });

  it.each<[ActionType, StatusKey | 'none', string[]]>([
    ['request-supplement', 'new', ['counter-officer']],
    ['request-supplement', 'processing', ['specialist']],
    ['receive', 'none', ['counter-officer']],
    ['assign', 'processing', ['leader']],
    ['record-payment', 'payment-requested', ['counter-officer', 'clerical']],
    ['issue-result', 'processing', ['clerical', 'leader']],
    ['apologize-extend', 'received', ['leader']],
  ])('%s in %s: %j', (action, status, roles) => {
    expect(rolesForAction(action, status)).toEqual(roles);
  });
});
