/**
 * The use cases of complaints and denunciations: receive, act, read one case, list a register, read a
 * denouncer's identity (logged) and the log of those reads. Rules are core's (complaints/); this adapter
 * loads, checks scope, writes in one transaction.
 */
import {
  type Actor,
  type AgencyTree,
  actionsInState,
  allowedCaseActions,
  type CaseAction,
  type CaseActionInput,
  type CaseActor,
  type CaseList,
  type CaseSummary,
  type CaseViewT,
  clockStatus,
  DomainError,
  decideCaseAction,
  deriveCase,
  fieldError,
  forbidden,
  isPlainDate,
  localDateTimeFromInstant,
  mayHandle,
  mayReadIdentityLog,
  mayReceiveFor,
  maySeeDenouncer,
  notFound,
  type PlainDate,
  type ReceiveCaseBodyT,
  receiveCase,
  scopeRoot,
  seesCases,
  transferredReceipt,
  validationError,
  type WorkingCalendar,
} from '@motcua/core';
import type { Transaction } from 'kysely';
import type { Db } from '../../adapters/db/database.ts';
import type { Database } from '../../adapters/db/schema.ts';
import type { StaffUser } from '../auth/staff.ts';
import { loadAgencyTree } from '../reference/agency-tree.ts';
import {
  appendEntry,
  insertCase,
  type LoadedCase,
  listCaseRows,
  loadCase,
  loadLogs,
  loadParty,
} from './complaints.repo.ts';

export interface Deps {
  db: Db;
  cal: WorkingCalendar;
  /** Business time now. */
  now: Date;
  /** Server time, recorded beside each entry. */
  recordedAt: string;
}

const dayOf = (d: Date): PlainDate => localDateTimeFromInstant(d.getTime()).date;
const caseActor = (a: StaffUser, role: string): CaseActor => ({
  id: a.id,
  name: a.fullName,
  role,
  agencyCode: a.agencyCode,
});
const roleFor = (a: Actor, prefer: readonly string[]) =>
  prefer.find((r) => a.roles.includes(r as never)) ?? a.roles[0] ?? '';
const asActor = (r: { id: string; roles: string[]; agencyCode: string }): Actor => ({
  id: r.id,
  username: '',
  roles: r.roles as Actor['roles'],
  agencyCode: r.agencyCode,
});
const caseNotFound = () => notFound('vụ việc', 'Case');

/** Loads a case the actor may see (else 404: out of scope is as if it did not exist). */
async function seenCase(db: Db, actor: Actor, code: string, tree?: AgencyTree) {
  const t = tree ?? (await loadAgencyTree(db));
  const c = await loadCase(db, code);
  if (!c || !seesCases(actor, t, c.view.agencyCode)) throw caseNotFound();
  return { c, tree: t };
}

export async function receive(deps: Deps, actor: StaffUser, body: ReceiveCaseBodyT): Promise<string> {
  return deps.db.transaction().execute((trx) => receiveWithin(trx, deps, actor, body));
}

/**
 * Receives a case in the caller's transaction (a citizen reception accepted as a complaint opens its case
 * in the same transaction as the reception's record: modules/reception). Returns the new case's code.
 */
export async function receiveWithin(
  trx: Transaction<Database>,
  deps: Pick<Deps, 'cal' | 'now' | 'recordedAt'>,
  actor: StaffUser,
  body: ReceiveCaseBodyT,
): Promise<string> {
  const tree = await loadAgencyTree(trx);
  const agencyCode = body.agencyCode ?? scopeRoot(tree, actor.agencyCode);
  const errors = [];
  if (!tree.has(agencyCode))
    errors.push(fieldError('agencyCode', 'Không có cơ quan này.', 'Unknown agency.'));
  const today = dayOf(deps.now);
  for (const f of ['knownOn', 'receivedOn'] as const) {
    const v = body[f];
    if (v !== undefined && !isPlainDate(v))
      errors.push(fieldError(f, 'Ngày không hợp lệ.', 'Not a valid date.'));
  }
  if (body.receivedOn && isPlainDate(body.receivedOn) && body.receivedOn > today) {
    errors.push(
      fieldError('receivedOn', 'Ngày nhận không thể ở tương lai.', 'receivedOn cannot be in the future.'),
    );
  }
  if (body.receivedOn && isPlainDate(body.receivedOn) && body.receivedOn < '2019-01-01') {
    errors.push(fieldError('receivedOn', 'Ngày nhận quá xa.', 'receivedOn is before the laws modelled.'));
  }
  if (errors.length) throw validationError(errors);
  if (!mayReceiveFor(actor, tree, agencyCode)) throw forbidden();
  const on = (body.receivedOn as PlainDate | undefined) ?? today;
  const entry = receiveCase(
    {
      kind: body.kind,
      channel: body.channel,
      agencyCode,
      ...(body.instance ? { instance: body.instance } : {}),
      remote: body.remote ?? false,
      verification: body.verification ?? false,
      subject: body.subject,
      ...(body.knownOn ? { knownOn: body.knownOn as PlainDate } : {}),
      references: body.references ?? {},
    },
    {
      at: deps.now.toISOString(),
      on,
      actor: caseActor(actor, roleFor(actor, ['leader', 'inspector', 'specialist', 'counter-officer'])),
      cal: deps.cal,
    },
  );
  const c = await insertCase(trx, entry, body.party, deps.recordedAt);
  return c.code;
}

/** Performs an action the case allows now for this actor; one transaction, the case row locked. */
export async function act(
  deps: Deps,
  actor: StaffUser,
  code: string,
  action: CaseAction,
  body: Record<string, unknown>,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const tree = await loadAgencyTree(trx);
    const c = await loadCase(trx, code, true);
    if (!c || !seesCases(actor, tree, c.view.agencyCode)) throw caseNotFound();
    const allowed = allowedCaseActions(actor, tree, c.view);
    if (!allowed.includes(action)) {
      // The state allows it but not for this actor: 403; the state does not: let core say 409.
      if (actionsInState(c.view).includes(action)) throw forbidden();
    }
    const input = await actionInput(trx as unknown as Db, tree, c, action, body);
    const moment = {
      at: deps.now.toISOString(),
      on: dayOf(deps.now),
      actor: caseActor(actor, roleFor(actor, ['leader', 'inspector', 'specialist'])),
      cal: deps.cal,
    };
    let entry = decideCaseAction(
      c.log.map((l) => l.entry),
      input,
      moment,
    );
    if (entry.type === 'transferred') {
      // The competent agency gets the case at once, with the same party, in the same transaction.
      const from = await trx
        .selectFrom('agencies')
        .select('name')
        .where('code', '=', c.view.agencyCode)
        .executeTakeFirstOrThrow();
      const receipt = transferredReceipt(
        c.log.map((l) => l.entry),
        entry.toAgency,
        from.name,
        moment,
      );
      const opened = await insertCase(
        trx,
        receipt,
        await loadParty(trx as unknown as Db, c.id),
        deps.recordedAt,
      );
      const to = await trx
        .selectFrom('agencies')
        .select('name')
        .where('code', '=', entry.toAgency)
        .executeTakeFirstOrThrow();
      entry = { ...entry, toAgencyName: to.name, newCode: opened.code };
    }
    await appendEntry(trx, c, entry, deps.recordedAt);
  });
}

async function actionInput(
  db: Db,
  tree: AgencyTree,
  c: LoadedCase,
  action: CaseAction,
  body: Record<string, unknown>,
): Promise<CaseActionInput> {
  switch (action) {
    case 'assign': {
      const account = await db
        .selectFrom('staffAccounts')
        .select(['id', 'fullName', 'roles', 'agencyCode'])
        .where('id', '=', String(body.assigneeId))
        .where('disabledAt', 'is', null)
        .executeTakeFirst();
      if (!account || !mayHandle(asActor(account), tree, c.view.agencyCode)) {
        throw validationError([
          fieldError(
            'assigneeId',
            'Người được giao phải là cán bộ của cơ quan giải quyết.',
            'The assignee must be an officer of the owning agency.',
          ),
        ]);
      }
      return { action, assignee: { id: account.id, name: account.fullName } };
    }
    case 'transfer': {
      const to = String(body.toAgency);
      if (!tree.has(to))
        throw validationError([fieldError('toAgency', 'Không có cơ quan này.', 'Unknown agency.')]);
      return { action, toAgency: to, ...(body.note ? { note: String(body.note) } : {}) };
    }
    default:
      return { action, ...body } as CaseActionInput;
  }
}

function summary(
  c: LoadedCase,
  agencyName: string,
  assigneeName: string | null,
  cal: WorkingCalendar,
  today: PlainDate,
): CaseSummary {
  const v = c.view;
  const received = c.log[0]?.entry as Extract<LoadedCase['log'][number]['entry'], { type: 'received' }>;
  const clock = clockStatus(cal, v, today);
  return {
    code: c.code,
    kind: v.kind,
    state: v.state,
    agency: { code: v.agencyCode, name: agencyName },
    subject: received.subject,
    receivedOn: v.receivedOn,
    instance: v.instance ?? null,
    clock: clock && v.clock ? { key: v.clock.key, ...clock } : null,
    assignee: v.assignee ? { id: v.assignee.id, name: assigneeName ?? v.assignee.name } : null,
  };
}

export async function list(
  deps: Deps,
  actor: StaffUser,
  query: { kind?: string; state?: string; agency?: string },
): Promise<CaseList> {
  const tree = await loadAgencyTree(deps.db);
  let agencies = [...tree.keys()].filter((code) => seesCases(actor, tree, code));
  if (query.agency) {
    if (!tree.has(query.agency))
      throw validationError([fieldError('agency', 'Không có cơ quan này.', 'Unknown agency.')]);
    agencies = agencies.filter((a) => a === query.agency);
  }
  const today = dayOf(deps.now);
  const rows = await listCaseRows(deps.db, agencies, { ...query, today });
  const logs = await loadLogs(
    deps.db,
    rows.map((r) => Number(r.id)),
  );
  const items = rows.map((r) => {
    const log = logs.get(Number(r.id)) ?? [];
    const c: LoadedCase = { id: Number(r.id), code: r.code, log, view: deriveView(log) };
    return summary(c, r.agencyName, r.assigneeName, deps.cal, today);
  });
  return { items, today, mayReceive: mayReceiveFor(actor, tree, scopeRoot(tree, actor.agencyCode)) };
}

const deriveView = (log: LoadedCase['log']) => deriveCase(log.map((l) => l.entry));

export async function view(deps: Deps, actor: StaffUser, code: string): Promise<CaseViewT> {
  const { c, tree } = await seenCase(deps.db, actor, code);
  const agency = await deps.db
    .selectFrom('agencies')
    .select('name')
    .where('code', '=', c.view.agencyCode)
    .executeTakeFirstOrThrow();
  const received = c.log[0]?.entry as Extract<LoadedCase['log'][number]['entry'], { type: 'received' }>;
  const accepted = c.log.find((l) => l.entry.type === 'accepted')?.entry as
    | Extract<LoadedCase['log'][number]['entry'], { type: 'accepted' }>
    | undefined;
  const today = dayOf(deps.now);
  const party = c.view.kind === 'complaint' ? await loadParty(deps.db, c.id) : null;
  return {
    ...summary(c, agency.name, null, deps.cal, today),
    channel: received.channel,
    remote: received.remote,
    verification: received.verification,
    complexity: c.view.complexity,
    extensions: c.view.extensions,
    allowedExtensions: c.view.allowedExtensions,
    limitation: received.limitation ?? null,
    limitationExpired: c.view.limitationExpired,
    acceptance: received.acceptance,
    transfer: received.transfer ?? null,
    settlement: accepted?.settlement ?? null,
    references: received.references,
    party,
    mayRequestIdentity: c.view.kind === 'denunciation' && maySeeDenouncer(actor, tree, c.view),
    mayReadIdentityLog: c.view.kind === 'denunciation' && mayReadIdentityLog(actor, tree, c.view),
    allowedActions: allowedCaseActions(actor, tree, c.view),
    timeline: c.log.map((l) => {
      const { at: _a, actor: who, type, ...data } = l.entry;
      return { seq: l.seq, at: l.at, type, actor: { name: who.name, role: who.role }, data, hash: l.hash };
    }),
  };
}

/** A denouncer's identity (or a complainant's), to the handler and their leader only; the read is logged. */
export async function identity(deps: Deps, actor: StaffUser, code: string) {
  const { c, tree } = await seenCase(deps.db, actor, code);
  if (c.view.kind === 'denunciation' && !maySeeDenouncer(actor, tree, c.view)) {
    throw new DomainError(
      'FORBIDDEN',
      'Danh tính người tố cáo chỉ người được giao giải quyết và lãnh đạo của họ được xem.',
      "Only the assigned handler and their leader may see the denouncer's identity.",
    );
  }
  const loggedAt = deps.now.toISOString();
  return deps.db.transaction().execute(async (trx) => {
    if (c.view.kind === 'denunciation') {
      await trx
        .insertInto('complaintIdentityAccess')
        .values({
          caseId: c.id,
          actorId: actor.id,
          actorUsername: actor.username,
          actorName: actor.fullName,
          at: loggedAt,
        })
        .execute();
    }
    return { code: c.code, party: await loadParty(trx as unknown as Db, c.id), loggedAt };
  });
}

export async function identityLog(deps: Deps, actor: StaffUser, code: string) {
  const { c, tree } = await seenCase(deps.db, actor, code);
  if (!mayReadIdentityLog(actor, tree, c.view)) throw forbidden();
  const rows = await deps.db
    .selectFrom('complaintIdentityAccess')
    .select(['at', 'actorUsername', 'actorName'])
    .where('caseId', '=', c.id)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return {
    items: rows.map((r) => ({
      at: new Date(r.at).toISOString(),
      actor: { username: r.actorUsername, name: r.actorName },
    })),
  };
}

/** Who a case may be assigned to: specialists, leaders, inspectors of the owning agency. */
export async function assignees(deps: Deps, actor: StaffUser, code: string) {
  const { c, tree } = await seenCase(deps.db, actor, code);
  const rows = await deps.db
    .selectFrom('staffAccounts')
    .select(['id', 'fullName', 'roles', 'agencyCode'])
    .where('disabledAt', 'is', null)
    .orderBy('fullName')
    .execute();
  return {
    items: rows
      .filter((r) => mayHandle(asActor(r), tree, c.view.agencyCode))
      .map((r) => ({
        id: r.id,
        name: r.fullName,
        role: r.roles.find((x) => ['leader', 'inspector', 'specialist'].includes(x)) ?? '',
      })),
  };
}
