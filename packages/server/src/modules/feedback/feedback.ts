/**
 * The use cases of feedback and petitions (PAKN): the public form and follow-up, staff entry from every
 * channel, suggestion-box openings, the inbox, one case, its actions. Rules are core's (feedback/); this
 * adapter loads, checks scope, and writes each change in one transaction.
 */
import {
  type Actor,
  type AgencyTree,
  allowedFeedbackActions,
  DomainError,
  decideFeedbackAction,
  deriveFeedback,
  FEEDBACK_FINAL_STATES,
  type FeedbackAction,
  type FeedbackActionInput,
  type FeedbackActor,
  type FeedbackChannel,
  type FeedbackContact,
  type FeedbackList,
  type FeedbackReceipt,
  type FeedbackSummary,
  type FeedbackViewT,
  feedbackActionsInState,
  feedbackClockStatus,
  fieldError,
  forbidden,
  localDateTimeFromInstant,
  mayEnterFeedbackFor,
  mayHandleFeedback,
  notFound,
  type PlainDate,
  type PublicFeedback,
  type PublicFeedbackBodyT,
  type PublishedAnswers,
  type ReceivedEntry,
  receiveFeedback,
  SENDER_ACTOR,
  type StaffFeedbackBodyT,
  type SuggestionBoxOpeningBodyT,
  scopeRoot,
  seesFeedback,
  transferredFeedback,
  validationError,
  type WorkingCalendar,
} from '@motcua/core';
import type { Transaction } from 'kysely';
import type { Db } from '../../adapters/db/database.ts';
import type { Database } from '../../adapters/db/schema.ts';
import type { StaffUser } from '../auth/staff.ts';
import { loadAgencyTree } from '../reference/agency-tree.ts';
import {
  appendFeedbackEntry,
  insertFeedback,
  type LoadedFeedback,
  loadContact,
  loadFeedback,
  loadFeedbackLogs,
  newFollowToken,
  tokenMatches,
  writeFeedbackOutbox,
} from './feedback.repo.ts';

export interface Deps {
  db: Db;
  cal: WorkingCalendar;
  now: Date;
  recordedAt: string;
}

const dayOf = (d: Date): PlainDate => localDateTimeFromInstant(d.getTime()).date;
const roleOf = (a: Actor) =>
  ['leader', 'inspector', 'specialist', 'counter-officer'].find((r) => a.roles.includes(r as never)) ??
  a.roles[0] ??
  '';
const staffActor = (a: StaffUser): FeedbackActor => ({
  id: a.id,
  name: a.fullName,
  role: roleOf(a),
  agencyCode: a.agencyCode,
});
const asActor = (r: { id: string; roles: string[]; agencyCode: string }): Actor => ({
  id: r.id,
  username: '',
  roles: r.roles as Actor['roles'],
  agencyCode: r.agencyCode,
});
const caseNotFound = () => notFound('phản ánh, kiến nghị', 'Feedback');
const unknownAgency = (field: string) =>
  validationError([fieldError(field, 'Không có cơ quan này.', 'Unknown agency.')]);
const moment = (deps: Deps, actor: FeedbackActor) => ({
  at: deps.now.toISOString(),
  on: dayOf(deps.now),
  actor,
  cal: deps.cal,
});

/** The province's top agency: where a PAKN goes when the sender names none. */
export const rootAgency = (tree: AgencyTree): string => {
  for (const [code, node] of tree) if (node.parentCode === null) return code;
  throw new RangeError('No agencies');
};

type Letter = PublicFeedbackBodyT;

/** Receives one PAKN in the caller's transaction: row, contact, receipt entry, outbox. */
export async function receiveOne(
  trx: Transaction<Database>,
  deps: Deps,
  actor: FeedbackActor,
  letter: Letter,
  agencyCode: string,
  channel: FeedbackChannel,
  extra: { link?: string; openingId?: string; integrator?: string; location?: Record<string, unknown> } = {},
): Promise<FeedbackReceipt> {
  const entry = receiveFeedback(
    {
      kind: letter.kind,
      channel,
      agencyCode,
      title: letter.title,
      publishAnswer: letter.publishAnswer ?? true,
      references: {
        ...(letter.dossierCode ? { dossierCode: letter.dossierCode } : {}),
        ...(extra.link ? { link: extra.link } : {}),
        ...(extra.openingId ? { openingId: extra.openingId } : {}),
        ...(extra.integrator ? { integrator: extra.integrator } : {}),
      },
    },
    moment(deps, actor),
  );
  const followToken = newFollowToken();
  const contact = letter.contact?.fullName.trim() ? letter.contact : undefined;
  const c = await insertFeedback(
    trx,
    entry,
    letter.content,
    contact,
    followToken,
    deps.recordedAt,
    extra.location,
  );
  await writeFeedbackOutbox(trx, c.id, 'feedback.received', { code: c.code, dueDate: entry.answer.due });
  return { code: c.code, kind: entry.kind, status: 'received', dueDate: entry.answer.due, followToken };
}

/**
 * A PAKN heard in person at a citizen reception (modules/reception), opened in the reception's transaction
 * so the record keeps its code; the follow token goes back to the officer to hand to the visitor.
 */
export const receiveAtReception = (
  trx: Transaction<Database>,
  deps: Deps,
  actor: StaffUser,
  letter: Letter,
  agencyCode: string,
): Promise<FeedbackReceipt> => receiveOne(trx, deps, staffActor(actor), letter, agencyCode, 'in-person');

function checkAgency(tree: AgencyTree, code: string | undefined, field: string) {
  if (code !== undefined && !tree.has(code)) throw unknownAgency(field);
}

export async function submitPublic(deps: Deps, body: PublicFeedbackBodyT): Promise<FeedbackReceipt> {
  const tree = await loadAgencyTree(deps.db);
  checkAgency(tree, body.agencyCode, 'agencyCode');
  const agencyCode = body.agencyCode ?? rootAgency(tree);
  return deps.db.transaction().execute((trx) => receiveOne(trx, deps, SENDER_ACTOR, body, agencyCode, 'web'));
}

export async function enter(
  deps: Deps,
  actor: StaffUser,
  body: StaffFeedbackBodyT,
): Promise<FeedbackReceipt> {
  const tree = await loadAgencyTree(deps.db);
  checkAgency(tree, body.agencyCode, 'agencyCode');
  const agencyCode = body.agencyCode ?? scopeRoot(tree, actor.agencyCode);
  if (!mayEnterFeedbackFor(actor, tree, agencyCode)) throw forbidden();
  return deps.db
    .transaction()
    .execute((trx) =>
      receiveOne(
        trx,
        deps,
        staffActor(actor),
        body,
        agencyCode,
        body.channel,
        body.link ? { link: body.link } : {},
      ),
    );
}

/** Records a suggestion-box opening and each of its letters as a PAKN, all in one transaction. */
export async function openSuggestionBox(deps: Deps, actor: StaffUser, body: SuggestionBoxOpeningBodyT) {
  const tree = await loadAgencyTree(deps.db);
  checkAgency(tree, body.agencyCode, 'agencyCode');
  const today = dayOf(deps.now);
  if (body.openedOn > today) {
    throw validationError([
      fieldError('openedOn', 'Ngày mở hòm thư không thể ở tương lai.', 'openedOn cannot be in the future.'),
    ]);
  }
  const agencyCode = body.agencyCode ?? scopeRoot(tree, actor.agencyCode);
  if (!mayEnterFeedbackFor(actor, tree, agencyCode)) throw forbidden();
  for (const [i, l] of body.letters.entries()) checkAgency(tree, l.agencyCode, `letters.${i}.agencyCode`);
  const opening = await deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('feedbackOpenings')
      .values({
        agencyCode,
        openedOn: body.openedOn,
        openedBy: actor.id,
        openedByName: actor.fullName,
        witnesses: JSON.stringify(body.witnesses.map((w) => w.trim())),
        letterCount: body.letters.length,
        note: (body.note ?? '').trim(),
        createdAt: deps.recordedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const openingId = String(row.id);
    const codes: string[] = [];
    for (const letter of body.letters) {
      const r = await receiveOne(
        trx,
        deps,
        staffActor(actor),
        letter,
        letter.agencyCode ?? agencyCode,
        'suggestion-box',
        { openingId },
      );
      codes.push(r.code);
    }
    return { id: openingId, codes };
  });
  const [saved] = (await listOpenings(deps, actor, opening.id)).items;
  if (!saved) throw new RangeError('The opening just recorded is not in scope');
  return saved;
}

export async function listOpenings(deps: Deps, actor: StaffUser, id?: string) {
  const tree = await loadAgencyTree(deps.db);
  const agencies = [...tree.keys()].filter((code) => seesFeedback(actor, tree, code));
  if (agencies.length === 0) return { items: [] };
  let q = deps.db
    .selectFrom('feedbackOpenings as o')
    .innerJoin('agencies as a', 'a.code', 'o.agencyCode')
    .select([
      'o.id',
      'o.agencyCode',
      'a.name',
      'o.openedOn',
      'o.openedByName',
      'o.witnesses',
      'o.letterCount',
      'o.note',
    ])
    .where('o.agencyCode', 'in', agencies);
  if (id) q = q.where('o.id', '=', Number(id));
  const rows = await q.orderBy('o.openedOn', 'desc').orderBy('o.id', 'desc').limit(200).execute();
  const letters = rows.length
    ? await deps.db
        .selectFrom('feedbackCases')
        .select(['openingId', 'code'])
        .where(
          'openingId',
          'in',
          rows.map((r) => Number(r.id)),
        )
        .orderBy('id')
        .execute()
    : [];
  return {
    items: rows.map((r) => ({
      id: String(r.id),
      agency: { code: r.agencyCode, name: r.name },
      openedOn: r.openedOn,
      openedBy: r.openedByName,
      witnesses: r.witnesses,
      letterCount: r.letterCount,
      note: r.note,
      codes: letters.filter((l) => Number(l.openingId) === Number(r.id)).map((l) => l.code),
    })),
  };
}

async function agencyName(db: Db, code: string): Promise<string> {
  const a = await db.selectFrom('agencies').select('name').where('code', '=', code).executeTakeFirst();
  return a?.name ?? code;
}

const receivedOf = (c: LoadedFeedback) => c.log[0]?.entry as ReceivedEntry;
const continuedAs = (c: LoadedFeedback): string | null => {
  const last = c.log.at(-1)?.entry;
  if (last?.type === 'transferred') return last.newCode ?? null;
  if (last?.type === 'merged') return last.intoCode;
  return null;
};

/** The public view: never the contact; the answer's text when published, or to the sender with the token. */
export async function publicView(deps: Deps, code: string, followToken?: string): Promise<PublicFeedback> {
  const c = await loadFeedback(deps.db, code);
  if (!c) throw caseNotFound();
  const sender = followToken !== undefined && tokenMatches(followToken, c.tokenHash);
  if (followToken !== undefined && !sender) throw badToken();
  const v = c.view;
  const received = receivedOf(c);
  return {
    code: c.code,
    kind: v.kind,
    channel: v.channel,
    status: v.state,
    title: received.title,
    content: v.publishAnswer || sender ? c.content : null,
    agency: { code: v.agencyCode, name: await agencyName(deps.db, v.agencyCode) },
    receivedOn: v.receivedOn,
    dueDate: v.clock?.due ?? null,
    answer: v.answer
      ? { on: v.answer.on, text: v.answer.public || sender ? v.answer.text : null, public: v.answer.public }
      : null,
    rating: v.rating,
    reopenUntil: v.reopenUntil,
    continuedAs: continuedAs(c),
  };
}

const badToken = () =>
  new DomainError(
    'FORBIDDEN',
    'Mã bí mật không đúng với phản ánh, kiến nghị này.',
    'The follow token does not match this feedback.',
  );

/** The sender's own actions (rate, reopen), with the follow token. */
export async function senderAct(
  deps: Deps,
  code: string,
  followToken: string,
  input: Extract<FeedbackActionInput, { action: 'rate' | 'reopen' }>,
): Promise<PublicFeedback> {
  await deps.db.transaction().execute(async (trx) => {
    const c = await loadFeedback(trx, code, true);
    if (!c) throw caseNotFound();
    if (!tokenMatches(followToken, c.tokenHash)) throw badToken();
    const entry = decideFeedbackAction(
      c.log.map((l) => l.entry),
      input,
      moment(deps, SENDER_ACTOR),
    );
    await appendFeedbackEntry(trx, c, entry, deps.recordedAt);
  });
  return publicView(deps, code, followToken);
}

export async function publishedAnswers(
  deps: Deps,
  query: { agency?: string; kind?: string; page?: number },
): Promise<PublishedAnswers> {
  const page = query.page ?? 1;
  let q = deps.db
    .selectFrom('feedbackCases as c')
    .innerJoin('agencies as a', 'a.code', 'c.agencyCode')
    .select([
      'c.code',
      'c.kind',
      'c.title',
      'c.agencyCode',
      'a.name',
      'c.receivedOn',
      'c.answeredOn',
      'c.publicAnswer',
    ])
    .where('c.publicAnswer', 'is not', null);
  if (query.agency) q = q.where('c.agencyCode', '=', query.agency);
  if (query.kind) q = q.where('c.kind', '=', query.kind);
  const rows = await q
    .orderBy('c.answeredOn', 'desc')
    .orderBy('c.id', 'desc')
    .limit(50)
    .offset((page - 1) * 50)
    .execute();
  return {
    page,
    items: rows.map((r) => ({
      code: r.code,
      kind: r.kind as PublishedAnswers['items'][number]['kind'],
      title: r.title,
      agency: { code: r.agencyCode, name: r.name },
      receivedOn: r.receivedOn,
      answeredOn: r.answeredOn ?? r.receivedOn,
      answer: r.publicAnswer ?? '',
    })),
  };
}

// Staff: inbox, case, actions.

function summary(c: LoadedFeedback, agency: string, cal: WorkingCalendar, today: PlainDate): FeedbackSummary {
  const v = c.view;
  return {
    code: c.code,
    kind: v.kind,
    channel: v.channel,
    state: v.state,
    agency: { code: v.agencyCode, name: agency },
    title: receivedOf(c).title,
    receivedOn: v.receivedOn,
    clock: feedbackClockStatus(cal, v, today),
    assignee: v.assignee,
  };
}

export async function list(
  deps: Deps,
  actor: StaffUser,
  query: { state?: string; agency?: string; kind?: string; channel?: string },
): Promise<FeedbackList> {
  const tree = await loadAgencyTree(deps.db);
  let agencies = [...tree.keys()].filter((code) => seesFeedback(actor, tree, code));
  if (query.agency) {
    if (!tree.has(query.agency)) throw unknownAgency('agency');
    agencies = agencies.filter((a) => a === query.agency);
  }
  const today = dayOf(deps.now);
  const mayEnter = mayEnterFeedbackFor(actor, tree, scopeRoot(tree, actor.agencyCode));
  if (agencies.length === 0)
    return { items: [], today, counts: { open: 0, dueSoon: 0, overdue: 0 }, mayEnter };
  let q = deps.db
    .selectFrom('feedbackCases as c')
    .innerJoin('agencies as a', 'a.code', 'c.agencyCode')
    .select(['c.id', 'c.code', 'c.content', 'a.name'])
    .where('c.agencyCode', 'in', agencies);
  if (query.kind) q = q.where('c.kind', '=', query.kind);
  if (query.channel) q = q.where('c.channel', '=', query.channel);
  // The state is filtered below, so the counts are the whole inbox's (the running cases come first).
  const rows = await q.orderBy('c.dueOn', 'asc').orderBy('c.id', 'desc').limit(500).execute();
  const logs = await loadFeedbackLogs(
    deps.db,
    rows.map((r) => Number(r.id)),
  );
  const all = rows.map((r) => {
    const log = logs.get(Number(r.id)) ?? [];
    const c: LoadedFeedback = {
      id: Number(r.id),
      code: r.code,
      content: r.content,
      log,
      view: deriveFeedback(log.map((l) => l.entry)),
    };
    return summary(c, r.name, deps.cal, today);
  });
  const final = (s: FeedbackSummary) => FEEDBACK_FINAL_STATES.includes(s.state);
  const items = all.filter((s) => {
    switch (query.state) {
      case undefined:
        return true;
      case 'open':
        // Every state but the final ones: a case waiting for the sender's information included.
        return !final(s);
      case 'overdue':
        return s.clock?.overdue === true;
      case 'due-soon':
        return s.clock?.dueSoon === true;
      default:
        return s.state === query.state;
    }
  });
  const open = all.filter((s) => !final(s));
  return {
    items,
    today,
    counts: {
      open: open.length,
      dueSoon: open.filter((s) => s.clock?.dueSoon).length,
      overdue: open.filter((s) => s.clock?.overdue).length,
    },
    mayEnter,
  };
}

async function seen(db: Db, actor: Actor, code: string) {
  const tree = await loadAgencyTree(db);
  const c = await loadFeedback(db, code);
  if (!c || !seesFeedback(actor, tree, c.view.agencyCode)) throw caseNotFound();
  return { c, tree };
}

export async function view(deps: Deps, actor: StaffUser, code: string): Promise<FeedbackViewT> {
  const { c, tree } = await seen(deps.db, actor, code);
  const today = dayOf(deps.now);
  const v = c.view;
  const received = receivedOf(c);
  return {
    ...summary(c, await agencyName(deps.db, v.agencyCode), deps.cal, today),
    content: c.content,
    publishAnswer: v.publishAnswer,
    references: received.references as Record<string, string>,
    contact: await loadContact(deps.db, c.id),
    draft: v.draft,
    answer: v.answer,
    rating: v.rating,
    infoRequests: v.infoRequests,
    reopened: v.reopened,
    reopenUntil: v.reopenUntil,
    allowedActions: allowedFeedbackActions(actor, tree, v, today),
    timeline: c.log.map((l) => {
      const { at: _a, actor: who, type, ...data } = l.entry;
      return { seq: l.seq, at: l.at, type, actor: { name: who.name, role: who.role }, data, hash: l.hash };
    }),
  };
}

export async function act(
  deps: Deps,
  actor: StaffUser,
  code: string,
  action: FeedbackAction,
  body: Record<string, unknown>,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const tree = await loadAgencyTree(trx as unknown as Db);
    const c = await loadFeedback(trx, code, true);
    if (!c || !seesFeedback(actor, tree, c.view.agencyCode)) throw caseNotFound();
    const today = dayOf(deps.now);
    if (!allowedFeedbackActions(actor, tree, c.view, today).includes(action)) {
      // The state allows it but not for this actor: 403; the state does not: core says 409.
      if (feedbackActionsInState(c.view, today).includes(action)) throw forbidden();
    }
    const input = await actionInput(trx, tree, c, action, body);
    const m = moment(deps, staffActor(actor));
    let entry = decideFeedbackAction(
      c.log.map((l) => l.entry),
      input,
      m,
    );
    if (entry.type === 'transferred') {
      const opened = transferredFeedback(
        c.log.map((l) => l.entry),
        entry.toAgency,
        c.code,
        await agencyName(trx as unknown as Db, c.view.agencyCode),
        m,
      );
      const row = await trx
        .selectFrom('feedbackCases')
        .select('followTokenHash')
        .where('id', '=', c.id)
        .executeTakeFirstOrThrow();
      // The same sender follows the new case with the same token (its hash is copied, never the token).
      const created = await insertFeedback(
        trx,
        opened,
        c.content,
        (await loadContact(trx, c.id)) ?? undefined,
        'unused',
        deps.recordedAt,
      );
      await trx
        .updateTable('feedbackCases')
        .set({ followTokenHash: row.followTokenHash })
        .where('id', '=', created.id)
        .execute();
      entry = {
        ...entry,
        toAgencyName: await agencyName(trx as unknown as Db, entry.toAgency),
        newCode: created.code,
      };
    }
    await appendFeedbackEntry(trx, c, entry, deps.recordedAt);
    if (entry.type === 'published')
      await writeFeedbackOutbox(trx, c.id, 'feedback.answered', { code: c.code });
  });
}

async function actionInput(
  trx: Transaction<Database>,
  tree: AgencyTree,
  c: LoadedFeedback,
  action: FeedbackAction,
  body: Record<string, unknown>,
): Promise<FeedbackActionInput> {
  switch (action) {
    case 'assign': {
      const account = await trx
        .selectFrom('staffAccounts')
        .select(['id', 'fullName', 'roles', 'agencyCode'])
        .where('id', '=', String(body.assigneeId))
        .where('disabledAt', 'is', null)
        .executeTakeFirst();
      if (!account || !mayHandleFeedback(asActor(account), tree, c.view.agencyCode)) {
        throw validationError([
          fieldError(
            'assigneeId',
            'Người được giao phải là cán bộ của cơ quan xử lý.',
            'The assignee must be an officer of the owning agency.',
          ),
        ]);
      }
      return { action, assignee: { id: account.id, name: account.fullName } };
    }
    case 'transfer': {
      const to = String(body.toAgency);
      if (!tree.has(to)) throw unknownAgency('toAgency');
      return { action, toAgency: to, ...(body.note ? { note: String(body.note) } : {}) };
    }
    case 'merge': {
      const into = String(body.intoCode);
      const target = await trx
        .selectFrom('feedbackCases')
        .select(['agencyCode', 'state'])
        .where('code', '=', into)
        .executeTakeFirst();
      if (
        !target ||
        into === c.code ||
        target.agencyCode !== c.view.agencyCode ||
        target.state === 'merged'
      ) {
        throw validationError([
          fieldError(
            'intoCode',
            'Phản ánh, kiến nghị gộp vào phải là một phản ánh khác của cùng cơ quan.',
            'The case merged into must be another case of the same agency.',
          ),
        ]);
      }
      return { action, intoCode: into, ...(body.note ? { note: String(body.note) } : {}) };
    }
    default:
      return { action, ...body } as FeedbackActionInput;
  }
}

export async function assignees(deps: Deps, actor: StaffUser, code: string) {
  const { c, tree } = await seen(deps.db, actor, code);
  const rows = await deps.db
    .selectFrom('staffAccounts')
    .select(['id', 'fullName', 'roles', 'agencyCode'])
    .where('disabledAt', 'is', null)
    .orderBy('fullName')
    .execute();
  return {
    items: rows
      .filter((r) => mayHandleFeedback(asActor(r), tree, c.view.agencyCode))
      .map((r) => ({ id: r.id, name: r.fullName, role: roleOf(asActor(r)) })),
  };
}

export type { FeedbackContact };
