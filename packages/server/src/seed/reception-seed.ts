/**
 * The demo's citizen reception (seed/reception.json): schedules, dialogues with minutes and commitments,
 * published contacts. Each agency's part is written once (an admin's later edit is kept), checked by the
 * same core rules as the API, and logged on the agency's reception chain as done by the seed.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  addDays,
  type CommitmentInput,
  type ContactPerson,
  checkCommitment,
  checkContacts,
  checkDialogue,
  type DialogueInput,
  localDateTimeFromInstant,
  type ScheduleEntry,
  scheduleEntryErrors,
} from '@motcua/core';
import type { Db } from '../adapters/db/database.ts';
import { appendLog, lockAgency } from '../modules/reception/reception.repo.ts';

export const RECEPTION_SEED_FILE = 'reception.json';

interface ReceptionSeed {
  schedules: { agencyCode: string; entries: ScheduleEntry[] }[];
  dialogues: (Omit<DialogueInput, 'date'> & {
    agencyCode: string;
    date?: string;
    daysFromSeed?: number;
    minutes?: string;
    commitments: CommitmentInput[];
  })[];
  contacts: { agencyCode: string; hotline: string; email: string; persons: ContactPerson[] }[];
}

const SEED_ACTOR = { id: 'seed', name: 'Dữ liệu mẫu' };

export async function seedReception(db: Db, seedDir: string, now = new Date()): Promise<void> {
  const seed = JSON.parse(fs.readFileSync(path.join(seedDir, RECEPTION_SEED_FILE), 'utf8')) as ReceptionSeed;
  const known = new Set((await db.selectFrom('agencies').select('code').execute()).map((r) => r.code));
  const today = localDateTimeFromInstant(now.getTime()).date;
  await db.transaction().execute(async (trx) => {
    for (const s of seed.schedules.filter((x) => known.has(x.agencyCode))) {
      const has = await trx
        .selectFrom('receptionScheduleEntries')
        .select('id')
        .where('agencyCode', '=', s.agencyCode)
        .executeTakeFirst();
      if (has) continue;
      const errors = s.entries.flatMap((e, i) => scheduleEntryErrors(e, `entries[${i}]`));
      if (errors.length) throw new Error(`seed/reception.json ${s.agencyCode}: ${errors[0]?.path}`);
      await lockAgency(trx, s.agencyCode);
      for (const [position, e] of s.entries.entries()) {
        await trx
          .insertInto('receptionScheduleEntries')
          .values({
            agencyCode: s.agencyCode,
            id: e.id,
            position,
            receiverRole: e.receiverRole,
            receiverName: e.receiverName,
            recurrence: JSON.stringify(e.recurrence),
            session: e.session,
            place: e.place,
            capacity: e.capacity,
            validFrom: e.validFrom,
            validTo: e.validTo ?? null,
          })
          .execute();
      }
      await appendLog(trx, s.agencyCode, SEED_ACTOR, 'schedule-set', { entries: s.entries }, now);
    }
    for (const d of seed.dialogues.filter((x) => known.has(x.agencyCode))) {
      const exists = await trx
        .selectFrom('dialogues')
        .select('id')
        .where('agencyCode', '=', d.agencyCode)
        .where('topic', '=', d.topic)
        .executeTakeFirst();
      if (exists) continue;
      const dialogue = checkDialogue({ ...d, date: d.date ?? addDays(today, d.daysFromSeed ?? 14) });
      await lockAgency(trx, d.agencyCode);
      const row = await trx
        .insertInto('dialogues')
        .values({
          agencyCode: d.agencyCode,
          onDate: dialogue.date,
          atTime: dialogue.time,
          leaderName: dialogue.leaderName,
          leaderTitle: dialogue.leaderTitle,
          topic: dialogue.topic,
          place: dialogue.place,
          description: dialogue.description,
          minutes: d.minutes ?? null,
          minutesPublished: Boolean(d.minutes),
          updatedAt: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const commitments = d.commitments.map((c) => checkCommitment(c));
      for (const [position, c] of commitments.entries()) {
        await trx
          .insertInto('dialogueCommitments')
          .values({ dialogueId: Number(row.id), position, ...c })
          .execute();
      }
      await appendLog(
        trx,
        d.agencyCode,
        SEED_ACTOR,
        'dialogue-created',
        { id: Number(row.id), ...dialogue, minutes: d.minutes ?? null, commitments },
        now,
      );
    }
    for (const c of seed.contacts.filter((x) => known.has(x.agencyCode))) {
      const exists = await trx
        .selectFrom('agencyContacts')
        .select('agencyCode')
        .where('agencyCode', '=', c.agencyCode)
        .executeTakeFirst();
      if (exists) continue;
      const contacts = checkContacts(c);
      await lockAgency(trx, c.agencyCode);
      await trx
        .insertInto('agencyContacts')
        .values({
          agencyCode: c.agencyCode,
          hotline: contacts.hotline,
          email: contacts.email,
          persons: JSON.stringify(contacts.persons),
          updatedAt: now,
          updatedBy: SEED_ACTOR.name,
        })
        .execute();
      await appendLog(trx, c.agencyCode, SEED_ACTOR, 'contacts-set', { ...contacts }, now);
    }
  });
}
