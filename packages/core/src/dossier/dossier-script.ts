/**
 * A dossier played through the deciders, one action at a time, as the server would (without storage): for
 * tests, property tests and generated demo data. Register numbers are counted per form.
 */
import type { Actor, AgencyTree } from '../access/roles.ts';
import {
  addWorkingDays,
  createWorkingCalendar,
  DEFAULT_OFFICE_HOURS,
  localDateTimeFromInstant,
  OFFICIAL_SCHEDULES,
  type OfficeHours,
  type PlainDate,
  vietnamInstant,
  type WorkingCalendar,
} from '../calendar/index.ts';
import type { Fee, TimeLimit } from '../catalogue/procedure.ts';
import { defaultWorkflow, isHandOverAction, type ResolvedStep } from '../workflow/workflow.ts';
import { parseActionInput, type StaffActionType } from './action-input.ts';
import { availableActions } from './available-actions.ts';
import { type DecisionContext, decideAction } from './decide.ts';
import { type DossierState, overrideRequired } from './derive-state.ts';
import type { Channel, DossierActor, DossierEntry, DossierSubject } from './entries.ts';
import { decideReception, decideSubmission, subjectOf } from './intake.ts';
import { registerNumber, SLIP_OF_ACTION } from './registers.ts';

export interface ScriptContext {
  calendar: WorkingCalendar;
  office: OfficeHours;
  steps: readonly ResolvedStep[];
  tree: AgencyTree;
  dossierCode: string;
}

/** The default workflow of a limit, at a counter and a competent agency. */
export const scriptSteps = (limit: TimeLimit, counter = 'counter', agency = 'agency'): ResolvedStep[] =>
  defaultWorkflow(limit).map((s) => ({ ...s, agencyCode: s.agency === 'receiving' ? counter : agency }));

export const scriptContext = (limit: TimeLimit, overrides: Partial<ScriptContext> = {}): ScriptContext => ({
  calendar: createWorkingCalendar(OFFICIAL_SCHEDULES),
  office: DEFAULT_OFFICE_HOURS,
  steps: scriptSteps(limit),
  tree: new Map([
    ['province', { parentCode: null, kind: 'ubnd-tinh' }],
    ['agency', { parentCode: 'province', kind: 'ubnd-xa' }],
    ['counter', { parentCode: 'agency', kind: 'one-stop-section' }],
    ['other', { parentCode: 'province', kind: 'ubnd-xa' }],
    ['police', { parentCode: 'agency', kind: 'cong-an-xa' }],
  ]),
  dossierCode: '000.00.31.H42-250701-0001',
  ...overrides,
});

/** A birth-registration-like subject with the given time limit: two required components, one optional. */
export const scriptSubject = (
  timeLimit: TimeLimit,
  fees = [{ name: 'Lệ phí', amount: 8000 }],
): DossierSubject =>
  subjectOf(
    { code: '1.001193', name: 'Đăng ký khai sinh', nameEn: 'Birth registration' },
    {
      code: 'chung',
      name: 'Trường hợp chung',
      nameEn: 'General case',
      timeLimit,
      fees,
      feeNote: '',
      components: [
        {
          id: 'to-khai',
          name: 'Tờ khai đăng ký khai sinh',
          nameEn: 'Form',
          form: 'original',
          quantity: 1,
          required: true,
          template: '',
          templateUrl: '',
          note: '',
        },
        {
          id: 'giay-chung-sinh',
          name: 'Giấy chứng sinh',
          nameEn: 'Birth notice',
          form: 'original',
          quantity: 1,
          required: true,
          template: '',
          templateUrl: '',
          note: '',
        },
        {
          id: 'van-ban-uy-quyen',
          name: 'Văn bản ủy quyền',
          nameEn: 'Authorisation',
          form: 'certified-copy',
          quantity: 1,
          required: false,
          template: '',
          templateUrl: '',
          note: '',
        },
      ],
    },
    [
      { id: 'to-khai', quantity: 1 },
      { id: 'giay-chung-sinh', quantity: 1 },
    ],
  );

/** Officers of the script's counter and competent agency. */
export const SCRIPT_ACTORS = {
  counter: { id: 'u1', name: 'Nguyễn Văn A', role: 'counter-officer', agencyCode: 'counter' },
  specialist: { id: 'u2', name: 'Trần Thị B', role: 'specialist', agencyCode: 'agency' },
  leader: { id: 'u3', name: 'Lê Văn C', role: 'leader', agencyCode: 'agency' },
  clerical: { id: 'u4', name: 'Phạm Thị D', role: 'clerical', agencyCode: 'agency' },
} as const satisfies Record<string, DossierActor>;

/** The specialist as the server finds the account, for an assignment. */
export const SCRIPT_ASSIGNEE = {
  username: 'chuyenvien',
  fullName: 'Trần Thị B',
  roles: ['specialist'],
  agencyCode: 'agency',
} as const;

export class DossierScript {
  readonly log: DossierEntry[];
  readonly state: DossierState;
  readonly ctx: ScriptContext;
  readonly #registers: Map<string, number>;

  private constructor(
    ctx: ScriptContext,
    log: DossierEntry[],
    state: DossierState,
    registers: Map<string, number>,
  ) {
    this.ctx = ctx;
    this.log = log;
    this.state = state;
    this.#registers = registers;
  }

  /** A dossier received at the counter (or by post) at `at`. */
  static receive(
    ctx: ScriptContext,
    subject: DossierSubject,
    at: string,
    actor: DossierActor,
    channel: Exclude<Channel, 'online'> = 'counter',
  ): DossierScript {
    const { entry, state } = decideReception({ subject, at, actor, channel }, ctx);
    return new DossierScript(ctx, [entry], state, new Map());
  }

  /** A dossier submitted online at `at`, waiting for the counter. */
  static submit(ctx: ScriptContext, subject: DossierSubject, at: string, actor: DossierActor): DossierScript {
    const { entry, state } = decideSubmission({ subject, at, actor });
    return new DossierScript(ctx, [entry], state, new Map());
  }

  /** The dossier after one more action, decided as the server decides it. */
  act(at: string, actor: DossierActor, body: unknown, extra: Partial<DecisionContext> = {}): DossierScript {
    const input = parseActionInput(body);
    const form = SLIP_OF_ACTION[input.action];
    const registers = new Map(this.#registers);
    let slipNumber: string | undefined;
    if (form) {
      const n = (registers.get(form) ?? 0) + 1;
      registers.set(form, n);
      slipNumber = registerNumber(form, n);
    }
    const { entry, state } = decideAction(this.state, input, {
      ...this.ctx,
      at,
      actor,
      ...(slipNumber ? { slipNumber } : {}),
      ...extra,
    });
    return new DossierScript(this.ctx, [...this.log, entry], state, registers);
  }
}

/** One move of a random walk: which offered action to take, and the minutes since the last one. */
export interface WalkMove {
  choice: number;
  gapMinutes: number;
  /** Working days to extend by, when the move is an apology. */
  extendBy: number;
}

const WALK_OFFICERS: readonly Actor[] = [
  { id: 'u1', username: 'counter', roles: ['counter-officer'], agencyCode: 'counter' },
  { id: 'u3', username: 'leader', roles: ['leader'], agencyCode: 'agency' },
  { id: 'u2', username: 'specialist', roles: ['specialist'], agencyCode: 'agency' },
  { id: 'u4', username: 'clerical', roles: ['clerical'], agencyCode: 'agency' },
];

/**
 * A dossier walked at random through what its officers are offered (availableActions), each move decided as
 * the server decides it: the logs property tests check. Starts with a reception (or an online submission)
 * at `startMs`.
 */
export function walkDossier(
  moves: readonly WalkMove[],
  limit: TimeLimit,
  startMs: number,
  online = false,
  fees?: Fee[],
): DossierScript {
  const ctx = scriptContext(limit);
  const start = vietnamInstant(startMs);
  const subject = scriptSubject(limit, fees);
  let d = online
    ? DossierScript.submit(ctx, subject, start, { ...SCRIPT_ACTORS.counter, role: 'citizen' })
    : DossierScript.receive(ctx, subject, start, SCRIPT_ACTORS.counter);
  let t = startMs;
  for (const move of moves) {
    t += move.gapMinutes * 60_000;
    const at = vietnamInstant(t);
    const today = localDateTimeFromInstant(t).date;
    const offers = WALK_OFFICERS.flatMap((o) =>
      availableActions(d.state, {
        actor: o,
        tree: ctx.tree,
        dossier: { receivingAgencyCode: 'counter', competentAgencyCode: 'agency' },
        steps: ctx.steps,
        today,
        calendar: ctx.calendar,
      }).map((action) => ({ o, action })),
    );
    // Ending actions are picked rarely, so that walks reach waits, extensions and results.
    const going = offers.filter((x) => !['refuse', 'withdraw', 'stop'].includes(x.action));
    const moving = going.filter((x) => isHandOverAction(x.action) || x.action === 'return-result');
    // Half the moves hand the dossier on when they can, so that walks also reach results and returns.
    const pool =
      move.choice % 12 === 0 || going.length === 0
        ? offers
        : move.choice % 2 === 0 && moving.length
          ? moving
          : going;
    const pick = pool[Math.floor(move.choice / 12) % Math.max(1, pool.length)];
    if (!pick) break;
    const actor = {
      id: pick.o.id,
      name: pick.o.username,
      role: pick.o.roles[0] ?? '',
      agencyCode: pick.o.agencyCode,
    };
    const body = walkBody(pick.action, d.state, at, move.extendBy, ctx.calendar);
    d = d.act(at, actor, body, { assignee: SCRIPT_ASSIGNEE, signer: { name: actor.name, title: '' } });
  }
  return d;
}

/** The applicant collecting their result at the counter (a valid 12-digit personal ID). */
export const SCRIPT_COLLECTOR = {
  fullName: 'Nguyễn Văn A',
  idNumber: '037190001111',
  relation: 'self',
} as const;

/** A valid body for an offered action; a repeated supplement request or extension is made as an override. */
export function walkBody(
  action: StaffActionType,
  state: DossierState,
  at: string,
  extendBy: number,
  cal: WorkingCalendar,
) {
  switch (action) {
    case 'assign':
      return { action, data: { assignee: SCRIPT_ASSIGNEE.username } };
    case 'request-supplement':
      return {
        action,
        reason: 'Thiếu giấy tờ',
        data: {
          missing: [{ name: 'Giấy tờ' }],
          ...(overrideRequired(state, action) ? { override: true } : {}),
        },
      };
    case 'apologize-extend':
      return {
        action,
        reason: 'Chậm do phối hợp',
        data: {
          newDueDate: addWorkingDays(cal, state.dueDate as PlainDate, extendBy),
          ...(overrideRequired(state, action) ? { override: true } : {}),
        },
      };
    case 'request-payment':
      // A case with no fee listed needs the amount stated.
      return state.subject.case.fees.some((f) => f.amount > 0)
        ? { action }
        : { action, data: { amount: 50000 } };
    case 'consult':
      return { action, data: { agencyCode: 'province' } };
    case 'consult-reply':
      return { action, data: { agencyCode: state.pendingConsultations[0] ?? 'province' } };
    case 'issue-result':
      return { action, data: { number: '1' } };
    case 'schedule-return':
      return { action, data: { appointmentAt: new Date(Date.parse(at) + 86_400_000).toISOString() } };
    case 'return-result':
      return { action, data: { collector: SCRIPT_COLLECTOR } };
    case 'refuse':
    case 'stop':
    case 'withdraw':
    case 'return-for-rework':
      return { action, reason: 'Lý do' };
    default:
      return { action };
  }
}
