/**
 * The use cases of citizen reception, leaders' dialogues and published contacts (issue 12, item 4). Rules
 * are core's (reception/); this adapter loads, checks scope, writes each action and its log entry in one
 * transaction. A reception accepted as a complaint opens the complaint case through the complaints module
 * (receiveWithin) in the same transaction, so the record's follow-up code is the case's own.
 */

import { randomInt, randomUUID } from 'node:crypto';
import {
  type AgencyContactsT,
  acceptsQuestions,
  addDays,
  admitToSession,
  type CommitmentsBodyT,
  type ContactsBodyT,
  checkCommitment,
  checkContacts,
  checkDialogue,
  checkQuestion,
  checkReceptionRecord,
  checkRegistration,
  commitmentStatus,
  type DialogueBodyT,
  type DialogueT,
  DomainError,
  dutyOfAgencyKind,
  expandSchedule,
  type FollowUp,
  fieldError,
  forbidden,
  frequencyGaps,
  localDateTimeFromInstant,
  maskPhone,
  mayEditReception,
  mayRecordReception,
  normalizeRegistrationCode,
  notFound,
  type PlainDate,
  placesLeft,
  RECEIPT_ALPHABET,
  REGISTRATION_CODE_SYMBOLS,
  type ReceptionRecordBodyT,
  type ReceptionRecordT,
  type RegistrationBodyT,
  registrationCodeFromIndices,
  type ScheduleBodyT,
  type ScheduleEntry,
  scheduleEntryErrors,
  seesReception,
  validationError,
  type WorkingCalendar,
  weekStart,
} from '@motcua/core';
import type { Transaction } from 'kysely';
import type { Db } from '../../adapters/db/database.ts';
import type { Database } from '../../adapters/db/schema.ts';
import type { StaffUser } from '../auth/staff.ts';
import { receiveWithin } from '../complaints/complaints.ts';
import { receiveAtReception } from '../feedback/feedback.ts';
import { loadAgencyTree } from '../reference/agency-tree.ts';
import {
  appendLog,
  countRegistrations,
  loadLog,
  loadSchedule,
  lockAgency,
  sessionKey,
} from './reception.repo.ts';

export interface Deps {
  db: Db;
  cal: WorkingCalendar;
  now: Date;
  recordedAt: string;
}

/** How far ahead the public schedule lists dated sessions. */
export const PUBLIC_WEEKS_AHEAD = 8;

const dayOf = (d: Date): PlainDate => localDateTimeFromInstant(d.getTime()).date;
const who = (a: StaffUser) => ({ id: a.id, name: a.fullName });
const agencyNotFound = () => notFound('cơ quan', 'Agency');

interface AgencyRow {
  code: string;
  name: string;
  kind: string;
}

/** A current agency (not merged away), or 404. */
async function agencyOf(db: Db | Transaction<Database>, code: string): Promise<AgencyRow> {
  const row = await db
    .selectFrom('agencies')
    .select(['code', 'name', 'kind'])
    .where('code', '=', code)
    .where('effectiveTo', 'is', null)
    .executeTakeFirst();
  if (!row) throw agencyNotFound();
  return row;
}

async function datedSessions(
  db: Db | Transaction<Database>,
  agencyCode: string,
  entries: readonly ScheduleEntry[],
  from: PlainDate,
  to: PlainDate,
  cal: WorkingCalendar,
) {
  const counts = await countRegistrations(db, agencyCode, from, to);
  return expandSchedule(entries, from, to, cal).map((s) => ({
    ...s,
    placesLeft: placesLeft(counts.get(sessionKey(s)) ?? 0, s.capacity),
  }));
}

const entryOut = (e: ScheduleEntry) => ({ ...e, validTo: e.validTo ?? null });

// ---------------------------------------------------------------------------------------------
// Public side.

/** The current agencies with a reception duty, and whether they published a schedule. */
export async function publicAgencies(db: Db) {
  const rows = await db
    .selectFrom('agencies')
    .select(['code', 'name', 'kind'])
    .where('effectiveTo', 'is', null)
    .orderBy('name')
    .execute();
  const withSchedule = new Set(
    (await db.selectFrom('receptionScheduleEntries').select('agencyCode').distinct().execute()).map(
      (r) => r.agencyCode,
    ),
  );
  return {
    items: rows
      .filter((r) => dutyOfAgencyKind(r.kind) !== null)
      .map((r) => ({ ...r, duty: dutyOfAgencyKind(r.kind), hasSchedule: withSchedule.has(r.code) }))
      .sort((a, b) => Number(b.hasSchedule) - Number(a.hasSchedule)),
  };
}

export async function publicSchedule(deps: Deps, agencyCode: string) {
  const agency = await agencyOf(deps.db, agencyCode);
  const entries = await loadSchedule(deps.db, agency.code);
  const today = dayOf(deps.now);
  const to = addDays(today, PUBLIC_WEEKS_AHEAD * 7);
  return {
    agency: { code: agency.code, name: agency.name },
    entries: entries.map(entryOut),
    sessions: await datedSessions(deps.db, agency.code, entries, today, to, deps.cal),
    today,
  };
}

const newRegistrationCode = () =>
  registrationCodeFromIndices(
    Array.from({ length: REGISTRATION_CODE_SYMBOLS }, () => randomInt(RECEIPT_ALPHABET.length)),
  );

/** Registers a citizen for a dated session, within its capacity; one transaction under the agency's lock. */
export async function register(deps: Deps, body: RegistrationBodyT) {
  const today = dayOf(deps.now);
  return deps.db.transaction().execute(async (trx) => {
    const agency = await agencyOf(trx, body.agencyCode).catch(() => {
      throw validationError([fieldError('agencyCode', 'Không có cơ quan này.', 'Unknown agency.')]);
    });
    await lockAgency(trx, agency.code);
    const entries = await loadSchedule(trx, agency.code);
    const { registration: r, session } = checkRegistration(body, entries, today, deps.cal);
    const taken = (await countRegistrations(trx, agency.code, r.date, r.date)).get(sessionKey(r)) ?? 0;
    admitToSession(taken, session.capacity);
    const code = newRegistrationCode();
    await trx
      .insertInto('receptionRegistrations')
      .values({
        code,
        agencyCode: agency.code,
        entryId: r.entryId,
        onDate: r.date,
        session: r.session,
        place: session.place,
        receiverName: session.receiverName,
        fullName: r.fullName,
        phone: r.phone,
        subject: r.subject,
        status: 'registered',
        createdAt: deps.recordedAt,
      })
      .execute();
    // The log keeps the code and the session, not the citizen's name or phone.
    await appendLog(
      trx,
      agency.code,
      null,
      'registered',
      { code, date: r.date, session: r.session, entryId: r.entryId },
      deps.now,
    );
    return {
      code,
      agency: { code: agency.code, name: agency.name },
      date: r.date,
      session: r.session,
      place: session.place,
      receiverName: session.receiverName,
    };
  });
}

const registrationNotFound = () => notFound('lượt đăng ký', 'Registration');

export async function followRegistration(db: Db, typed: string) {
  const code = normalizeRegistrationCode(typed);
  if (!code) throw registrationNotFound();
  const r = await db
    .selectFrom('receptionRegistrations as r')
    .innerJoin('agencies as a', 'a.code', 'r.agencyCode')
    .leftJoin('receptionRecords as rec', 'rec.id', 'r.recordId')
    .select([
      'r.code',
      'r.onDate',
      'r.session',
      'r.place',
      'r.receiverName',
      'r.fullName',
      'r.phone',
      'r.status',
      'a.code as agencyCode',
      'a.name as agencyName',
      'rec.outcome',
      'rec.followUp',
    ])
    .where('r.code', '=', code)
    .executeTakeFirst();
  if (!r) throw registrationNotFound();
  return {
    code: r.code,
    agency: { code: r.agencyCode, name: r.agencyName },
    date: r.onDate,
    session: r.session as 'morning' | 'afternoon',
    place: r.place,
    receiverName: r.receiverName,
    fullName: r.fullName,
    phone: maskPhone(r.phone),
    status: r.status as 'registered' | 'received',
    outcome: (r.outcome as ReceptionRecordT['outcome'] | null) ?? null,
    followUp: r.followUp ?? null,
  };
}

// ---------------------------------------------------------------------------------------------
// Staff side.

async function seenAgency(deps: Deps, actor: StaffUser, code: string) {
  const tree = await loadAgencyTree(deps.db);
  const agency = await agencyOf(deps.db, code);
  if (!seesReception(actor, tree, agency.code)) throw forbidden();
  return { tree, agency };
}

/** The agencies with a reception duty the officer sees, with what they may do there. */
export async function staffAgencies(deps: Deps, actor: StaffUser) {
  const tree = await loadAgencyTree(deps.db);
  const all = await publicAgencies(deps.db);
  return {
    items: all.items
      .filter((a) => seesReception(actor, tree, a.code))
      .map((a) => ({
        ...a,
        mayEdit: mayEditReception(actor, tree, a.code),
        mayRecord: mayRecordReception(actor, tree, a.code),
      })),
  };
}

/**
 * An agency's reception for the calendar page: the schedule, its dated sessions, the weeks or months short
 * of the head's minimum, the registrations and the records, over [from, to] (by default four weeks back to
 * eight ahead).
 */
export async function overview(
  deps: Deps,
  actor: StaffUser,
  code: string,
  query: { from?: string; to?: string },
) {
  const { tree, agency } = await seenAgency(deps, actor, code);
  const today = dayOf(deps.now);
  const from = (query.from ?? addDays(weekStart(today), -28)) as PlainDate;
  const to = (query.to ?? addDays(today, 56)) as PlainDate;
  if (to < from || addDays(from, 400) < to)
    throw validationError([
      fieldError(
        'to',
        'Khoảng ngày không hợp lệ (tối đa 400 ngày).',
        'Not a valid range (400 days at most).',
      ),
    ]);
  const entries = await loadSchedule(deps.db, agency.code);
  const sessions = await datedSessions(deps.db, agency.code, entries, from, to, deps.cal);
  const records = await listRecords(deps.db, agency.code, from, to);
  const duty = dutyOfAgencyKind(agency.kind);
  // Sessions held count as much as those scheduled: a record by the head on a day is a day received.
  const held = [
    ...sessions,
    ...records.map((r) => ({ date: r.date as PlainDate, receiverRole: r.receiverRole })),
  ];
  const gaps = duty ? frequencyGaps({ duty, sessions: held, from, to, cal: deps.cal }) : [];
  const registrations = await deps.db
    .selectFrom('receptionRegistrations')
    .select(['code', 'onDate', 'session', 'entryId', 'fullName', 'phone', 'subject', 'status'])
    .where('agencyCode', '=', agency.code)
    .where('onDate', '>=', from)
    .where('onDate', '<=', to)
    .orderBy('onDate')
    .orderBy('id')
    .execute();
  return {
    agency: { code: agency.code, name: agency.name },
    duty,
    mayEdit: mayEditReception(actor, tree, agency.code),
    mayRecord: mayRecordReception(actor, tree, agency.code),
    today,
    from,
    to,
    entries: entries.map(entryOut),
    sessions,
    gaps,
    registrations: registrations.map((r) => ({ ...r, date: r.onDate, session: r.session as 'morning' })),
    records,
  };
}

async function listRecords(
  db: Db,
  agencyCode: string,
  from: string,
  to: string,
): Promise<ReceptionRecordT[]> {
  const rows = await db
    .selectFrom('receptionRecords')
    .selectAll()
    .where('agencyCode', '=', agencyCode)
    .where('onDate', '>=', from)
    .where('onDate', '<=', to)
    .orderBy('onDate', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(recordOut);
}

const recordOut = (r: Awaited<ReturnType<typeof loadRecordRow>>): ReceptionRecordT => ({
  id: Number(r.id),
  agencyCode: r.agencyCode,
  date: r.onDate,
  session: r.session as ReceptionRecordT['session'],
  receiverRole: r.receiverRole as ReceptionRecordT['receiverRole'],
  receiverName: r.receiverName,
  visitors: r.visitors,
  content: r.content,
  outcome: r.outcome as ReceptionRecordT['outcome'],
  note: r.note,
  refusalGround: (r.refusalGround as ReceptionRecordT['refusalGround']) ?? null,
  registrationCode: r.registrationCode,
  followUp: r.followUp,
  recordedBy: r.recordedBy,
  recordedAt: new Date(r.recordedAt).toISOString(),
});
const loadRecordRow = (db: Db | Transaction<Database>, id: number) =>
  db.selectFrom('receptionRecords').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

/** Replaces an agency's schedule (the agency's leader or an administrator). */
export async function setSchedule(deps: Deps, actor: StaffUser, code: string, body: ScheduleBodyT) {
  const { tree, agency } = await seenAgency(deps, actor, code);
  if (!mayEditReception(actor, tree, agency.code)) throw forbidden();
  const entries: ScheduleEntry[] = body.entries.map((e) => ({
    ...e,
    id: e.id ?? randomUUID().slice(0, 8),
    validFrom: e.validFrom as PlainDate,
    validTo: (e.validTo as PlainDate | null | undefined) ?? null,
    recurrence: e.recurrence as ScheduleEntry['recurrence'],
  }));
  const errors = entries.flatMap((e, i) => scheduleEntryErrors(e, `entries[${i}]`));
  const ids = entries.map((e) => e.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i)
      errors.push(fieldError(`entries[${i}].id`, 'Mã buổi tiếp bị trùng.', 'Duplicate entry id.'));
  });
  if (errors.length) throw validationError(errors);
  await deps.db.transaction().execute(async (trx) => {
    await lockAgency(trx, agency.code);
    await trx.deleteFrom('receptionScheduleEntries').where('agencyCode', '=', agency.code).execute();
    for (const [position, e] of entries.entries()) {
      await trx
        .insertInto('receptionScheduleEntries')
        .values({
          agencyCode: agency.code,
          id: e.id,
          position,
          receiverRole: e.receiverRole,
          receiverName: e.receiverName.trim(),
          recurrence: JSON.stringify(e.recurrence),
          session: e.session,
          place: e.place.trim(),
          capacity: e.capacity,
          validFrom: e.validFrom,
          validTo: e.validTo ?? null,
        })
        .execute();
    }
    await appendLog(
      trx,
      agency.code,
      who(actor),
      'schedule-set',
      { entries: entries.map(entryOut) },
      deps.now,
    );
  });
  return overview(deps, actor, agency.code, {});
}

/**
 * Records a reception. Accepted as a complaint: the complaint case opens now (channel in-person, first
 * instance, received on the reception's day), in the same transaction, and its code is the follow-up.
 */
export async function recordReception(
  deps: Deps,
  actor: StaffUser,
  code: string,
  body: ReceptionRecordBodyT,
): Promise<ReceptionRecordT> {
  const { tree, agency } = await seenAgency(deps, actor, code);
  if (!mayRecordReception(actor, tree, agency.code)) throw forbidden();
  const today = dayOf(deps.now);
  const record = checkReceptionRecord(body, today);
  return deps.db.transaction().execute(async (trx) => {
    await lockAgency(trx, agency.code);
    let registrationId: number | null = null;
    if (record.registrationCode) {
      const canonical = normalizeRegistrationCode(record.registrationCode);
      const reg = canonical
        ? await trx
            .selectFrom('receptionRegistrations')
            .select(['id', 'status'])
            .where('code', '=', canonical)
            .where('agencyCode', '=', agency.code)
            .executeTakeFirst()
        : undefined;
      if (!reg)
        throw validationError([
          fieldError(
            'registrationCode',
            'Không có lượt đăng ký này ở cơ quan.',
            'No such registration here.',
          ),
        ]);
      if (reg.status === 'received')
        throw new DomainError(
          'CONFLICT',
          'Lượt đăng ký này đã được tiếp.',
          'This registration was already received.',
        );
      registrationId = Number(reg.id);
      record.registrationCode = canonical ?? record.registrationCode;
    }
    let followUp: FollowUp | null = null;
    if (record.outcome === 'complaint') {
      const first = record.visitors[0];
      const caseCode = await receiveWithin(trx, deps, actor, {
        kind: 'complaint',
        channel: 'in-person',
        agencyCode: agency.code,
        instance: 1,
        subject: record.content.slice(0, 4000),
        receivedOn: record.date,
        ...(body.knownOn ? { knownOn: body.knownOn } : {}),
        party: {
          fullName: first?.fullName ?? '',
          ...(first?.idNumber ? { idNumber: first.idNumber } : {}),
          ...(first?.address ? { address: first.address } : {}),
          ...(body.phone?.trim() ? { phone: body.phone.trim() } : {}),
        },
      });
      followUp = { kind: 'complaint', code: caseCode };
    } else if (record.outcome === 'feedback') {
      const first = record.visitors[0];
      const receipt = await receiveAtReception(
        trx,
        deps,
        actor,
        {
          kind: body.feedbackKind ?? 'other',
          title: record.content.split('\n')[0]?.slice(0, 300) || record.content.slice(0, 300),
          content: record.content.slice(0, 8000),
          ...(first?.fullName
            ? {
                contact: {
                  fullName: first.fullName,
                  ...(body.phone?.trim() ? { phone: body.phone.trim() } : {}),
                },
              }
            : {}),
        },
        agency.code,
      );
      followUp = { kind: 'feedback', code: receipt.code };
    }
    const inserted = await trx
      .insertInto('receptionRecords')
      .values({
        agencyCode: agency.code,
        onDate: record.date,
        session: record.session,
        receiverRole: record.receiverRole,
        receiverName: record.receiverName,
        visitors: JSON.stringify(record.visitors),
        content: record.content,
        outcome: record.outcome,
        note: record.note,
        refusalGround: record.refusalGround ?? null,
        registrationCode: record.registrationCode ?? null,
        followUp: followUp ? JSON.stringify(followUp) : null,
        recordedBy: actor.fullName,
        recordedAt: deps.recordedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const id = Number(inserted.id);
    if (registrationId !== null) {
      await trx
        .updateTable('receptionRegistrations')
        .set({ status: 'received', recordId: id })
        .where('id', '=', registrationId)
        .execute();
    }
    await appendLog(
      trx,
      agency.code,
      who(actor),
      'reception-recorded',
      { id, ...record, followUp },
      deps.now,
    );
    return recordOut(await loadRecordRow(trx, id));
  });
}

export async function receptionLog(deps: Deps, actor: StaffUser, code: string) {
  const { agency } = await seenAgency(deps, actor, code);
  const { entries, brokenAt } = await loadLog(deps.db, agency.code);
  return {
    items: entries.map((e) => ({ seq: e.seq, at: e.at, actor: e.actor, action: e.action, hash: e.hash })),
    brokenAt,
  };
}

// ---------------------------------------------------------------------------------------------
// Dialogues.

type DialogueRow = Awaited<ReturnType<typeof dialogueRows>>[number];
const dialogueRows = (db: Db, where: { agency?: string; id?: number; publicOnly?: boolean }) => {
  let q = db
    .selectFrom('dialogues as d')
    .innerJoin('agencies as a', 'a.code', 'd.agencyCode')
    .selectAll('d')
    .select(['a.name as agencyName']);
  if (where.agency) q = q.where('d.agencyCode', '=', where.agency);
  if (where.id) q = q.where('d.id', '=', where.id);
  return q.orderBy('d.onDate', 'desc').orderBy('d.id', 'desc').limit(200).execute();
};

async function dialoguesOut(
  db: Db,
  rows: DialogueRow[],
  today: PlainDate,
  staff: boolean,
): Promise<DialogueT[]> {
  const ids = rows.map((r) => Number(r.id));
  const commitments = ids.length
    ? await db
        .selectFrom('dialogueCommitments')
        .selectAll()
        .where('dialogueId', 'in', ids)
        .orderBy('dialogueId')
        .orderBy('position')
        .execute()
    : [];
  const questions = ids.length
    ? await db
        .selectFrom('dialogueQuestions')
        .selectAll()
        .where('dialogueId', 'in', ids)
        .orderBy('id')
        .execute()
    : [];
  return rows.map((r) => {
    const id = Number(r.id);
    const upcoming = r.onDate >= today;
    const published = r.minutesPublished;
    const own = questions.filter((q) => Number(q.dialogueId) === id);
    return {
      id,
      agency: { code: r.agencyCode, name: r.agencyName },
      date: r.onDate,
      time: r.atTime,
      leaderName: r.leaderName,
      leaderTitle: r.leaderTitle,
      topic: r.topic,
      place: r.place,
      description: r.description,
      upcoming,
      acceptsQuestions: acceptsQuestions(r.onDate as PlainDate, today),
      minutes: staff || published ? (r.minutes ?? null) : null,
      minutesPublished: published,
      // Commitments are published with the minutes.
      commitments:
        staff || published
          ? commitments
              .filter((c) => Number(c.dialogueId) === id)
              .map((c) => ({
                id: Number(c.id),
                text: c.text,
                responsible: c.responsible,
                dueDate: c.dueDate,
                state: c.state as 'open',
                doneOn: c.doneOn,
                progressNote: c.progressNote,
                status: commitmentStatus(
                  {
                    state: c.state as 'open',
                    dueDate: c.dueDate as PlainDate,
                    doneOn: c.doneOn as PlainDate | null,
                  },
                  today,
                ),
              }))
          : [],
      questionCount: own.length,
      ...(staff
        ? {
            questions: own.map((q) => ({
              id: Number(q.id),
              fullName: q.fullName,
              question: q.question,
              at: new Date(q.createdAt).toISOString(),
            })),
          }
        : {}),
    };
  });
}

export async function publicDialogues(deps: Deps, agency?: string) {
  const today = dayOf(deps.now);
  return { items: await dialoguesOut(deps.db, await dialogueRows(deps.db, { agency }), today, false), today };
}

export async function publicDialogue(deps: Deps, id: number) {
  const rows = await dialogueRows(deps.db, { id });
  if (!rows.length) throw notFound('cuộc đối thoại', 'Dialogue');
  const [one] = await dialoguesOut(deps.db, rows, dayOf(deps.now), false);
  return one as DialogueT;
}

export async function sendQuestion(deps: Deps, id: number, body: { fullName?: string; question: string }) {
  const q = checkQuestion(body);
  return deps.db.transaction().execute(async (trx) => {
    const d = await trx
      .selectFrom('dialogues')
      .select(['id', 'onDate', 'agencyCode'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!d) throw notFound('cuộc đối thoại', 'Dialogue');
    if (!acceptsQuestions(d.onDate as PlainDate, dayOf(deps.now)))
      throw new DomainError(
        'CONFLICT',
        'Cuộc đối thoại này không còn nhận câu hỏi.',
        'This dialogue no longer takes questions.',
      );
    await lockAgency(trx, d.agencyCode);
    const row = await trx
      .insertInto('dialogueQuestions')
      .values({ dialogueId: id, fullName: q.fullName, question: q.question, createdAt: deps.recordedAt })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendLog(
      trx,
      d.agencyCode,
      null,
      'question-received',
      { dialogueId: id, questionId: Number(row.id) },
      deps.now,
    );
    return { received: true, dialogueId: id };
  });
}

async function editableDialogue(deps: Deps, actor: StaffUser, id: number) {
  const d = await deps.db
    .selectFrom('dialogues')
    .select(['id', 'agencyCode'])
    .where('id', '=', id)
    .executeTakeFirst();
  const tree = await loadAgencyTree(deps.db);
  if (!d || !seesReception(actor, tree, d.agencyCode)) throw notFound('cuộc đối thoại', 'Dialogue');
  if (!mayEditReception(actor, tree, d.agencyCode)) throw forbidden();
  return d;
}

export async function staffDialogues(deps: Deps, actor: StaffUser, code: string) {
  const { agency } = await seenAgency(deps, actor, code);
  const today = dayOf(deps.now);
  return {
    items: await dialoguesOut(deps.db, await dialogueRows(deps.db, { agency: agency.code }), today, true),
    today,
  };
}

const staffDialogue = async (deps: Deps, id: number) =>
  (await dialoguesOut(deps.db, await dialogueRows(deps.db, { id }), dayOf(deps.now), true))[0] as DialogueT;

export async function createDialogue(deps: Deps, actor: StaffUser, code: string, body: DialogueBodyT) {
  const { tree, agency } = await seenAgency(deps, actor, code);
  if (!mayEditReception(actor, tree, agency.code)) throw forbidden();
  const d = checkDialogue(body);
  const id = await deps.db.transaction().execute(async (trx) => {
    await lockAgency(trx, agency.code);
    const row = await trx
      .insertInto('dialogues')
      .values({
        agencyCode: agency.code,
        onDate: d.date,
        atTime: d.time,
        leaderName: d.leaderName,
        leaderTitle: d.leaderTitle,
        topic: d.topic,
        place: d.place,
        description: d.description,
        minutes: body.minutes?.trim() || null,
        minutesPublished: body.minutesPublished ?? false,
        updatedAt: deps.recordedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendLog(trx, agency.code, who(actor), 'dialogue-created', { id: Number(row.id), ...d }, deps.now);
    return Number(row.id);
  });
  return staffDialogue(deps, id);
}

export async function updateDialogue(deps: Deps, actor: StaffUser, id: number, body: DialogueBodyT) {
  const existing = await editableDialogue(deps, actor, id);
  const d = checkDialogue(body);
  const minutes = body.minutes?.trim() || null;
  if (body.minutesPublished && !minutes)
    throw validationError([
      fieldError(
        'minutes',
        'Cần có biên bản trước khi công khai.',
        'Write the minutes before publishing them.',
      ),
    ]);
  await deps.db.transaction().execute(async (trx) => {
    await lockAgency(trx, existing.agencyCode);
    await trx
      .updateTable('dialogues')
      .set({
        onDate: d.date,
        atTime: d.time,
        leaderName: d.leaderName,
        leaderTitle: d.leaderTitle,
        topic: d.topic,
        place: d.place,
        description: d.description,
        minutes,
        minutesPublished: body.minutesPublished ?? false,
        updatedAt: deps.recordedAt,
      })
      .where('id', '=', id)
      .execute();
    await appendLog(
      trx,
      existing.agencyCode,
      who(actor),
      'dialogue-updated',
      { id, ...d, minutes, minutesPublished: body.minutesPublished ?? false },
      deps.now,
    );
  });
  return staffDialogue(deps, id);
}

/** Replaces a dialogue's commitments (each followed up: its state, due date, done date). */
export async function setCommitments(deps: Deps, actor: StaffUser, id: number, body: CommitmentsBodyT) {
  const existing = await editableDialogue(deps, actor, id);
  const list = body.commitments.map((c, i) => checkCommitment(c, `commitments[${i}]`));
  await deps.db.transaction().execute(async (trx) => {
    await lockAgency(trx, existing.agencyCode);
    await trx.deleteFrom('dialogueCommitments').where('dialogueId', '=', id).execute();
    for (const [position, c] of list.entries()) {
      await trx
        .insertInto('dialogueCommitments')
        .values({ dialogueId: id, position, ...c })
        .execute();
    }
    await appendLog(
      trx,
      existing.agencyCode,
      who(actor),
      'commitments-set',
      { id, commitments: list },
      deps.now,
    );
  });
  return staffDialogue(deps, id);
}

// ---------------------------------------------------------------------------------------------
// Published contacts.

const contactsOut = (
  agency: { code: string; name: string },
  row:
    | { hotline: string; email: string; persons: AgencyContactsT['persons']; updatedAt: Date | string }
    | undefined,
): AgencyContactsT => ({
  agency,
  hotline: row?.hotline ?? '',
  email: row?.email ?? '',
  persons: row?.persons ?? [],
  updatedAt: row ? new Date(row.updatedAt).toISOString() : null,
});

export async function publicContacts(db: Db) {
  const rows = await db
    .selectFrom('agencyContacts as c')
    .innerJoin('agencies as a', 'a.code', 'c.agencyCode')
    .selectAll('c')
    .select(['a.name'])
    .where('a.effectiveTo', 'is', null)
    .orderBy('a.name')
    .execute();
  return { items: rows.map((r) => contactsOut({ code: r.agencyCode, name: r.name }, r)) };
}

export async function agencyContacts(db: Db, code: string) {
  const agency = await agencyOf(db, code);
  const row = await db
    .selectFrom('agencyContacts')
    .selectAll()
    .where('agencyCode', '=', agency.code)
    .executeTakeFirst();
  return contactsOut({ code: agency.code, name: agency.name }, row);
}

export async function setContacts(deps: Deps, actor: StaffUser, code: string, body: ContactsBodyT) {
  const { tree, agency } = await seenAgency(deps, actor, code);
  if (!mayEditReception(actor, tree, agency.code)) throw forbidden();
  const c = checkContacts({ hotline: body.hotline, email: body.email ?? '', persons: body.persons });
  await deps.db.transaction().execute(async (trx) => {
    await lockAgency(trx, agency.code);
    const values = {
      hotline: c.hotline,
      email: c.email,
      persons: JSON.stringify(c.persons),
      updatedAt: deps.recordedAt,
      updatedBy: actor.fullName,
    };
    await trx
      .insertInto('agencyContacts')
      .values({ agencyCode: agency.code, ...values })
      .onConflict((oc) => oc.column('agencyCode').doUpdateSet(values))
      .execute();
    await appendLog(
      trx,
      agency.code,
      who(actor),
      'contacts-set',
      c as unknown as Record<string, unknown>,
      deps.now,
    );
  });
  return agencyContacts(deps.db, agency.code);
}
