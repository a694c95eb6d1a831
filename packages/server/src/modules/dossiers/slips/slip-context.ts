/**
 * Gathering what a slip prints (STYLE.md item 8: gather, then render): the issuing body's heading from the
 * agencies, the dossier's lines from what its log recorded (never from today's catalogue).
 */
import {
  appointmentAt,
  counterInText,
  DEFAULT_OFFICE_HOURS,
  type EntryFor,
  isCounterUnit,
  type PlainDate,
  SLIP_OF_ACTION,
  type SlipContext,
  type SlipDossier,
  type SlipRecord,
  timeLimitText,
} from '@motcua/core';
import type { AgencyRef } from '../../reference/reference-cache.ts';
import type { Executor, StoredEntry } from '../dossier.repo.ts';
import type { LoadedDossier } from '../load-dossier.ts';

/**
 * The heading of an agency's slips: a counter prints the body it acts for on top (UBND PHƯỜNG HOA LƯ) and
 * itself below; any other agency prints its superior (if any) and itself. And the place for the dateline.
 */
export async function issuingBody(db: Executor, agencyCode: string): Promise<SlipContext['issuingBody']> {
  const agency = await db
    .selectFrom('agencies as a')
    .leftJoin('agencies as p', 'p.code', 'a.parentCode')
    .innerJoin('adminUnits as u', 'u.code', 'a.unitCode')
    .select([
      'a.name',
      'a.kind',
      'a.address',
      'a.phone',
      'p.name as parentName',
      'p.phone as parentPhone',
      'u.name as unitName',
    ])
    .where('a.code', '=', agencyCode)
    .executeTakeFirstOrThrow();
  const upper = (s: string) => s.toLocaleUpperCase('vi');
  const isCounter = isCounterUnit(agency.kind);
  return {
    ...(isCounter
      ? {
          name: upper(agency.parentName ?? agency.name),
          unitName: upper(agency.parentName ? agency.name : 'Bộ phận tiếp nhận và trả kết quả'),
        }
      : {
          name: upper(agency.name),
          ...(agency.parentName ? { parentName: upper(agency.parentName) } : {}),
          unitName: upper(agency.name),
        }),
    ...(agency.address ? { address: agency.address } : {}),
    // A counter without a phone of its own is reached through the body it acts for.
    ...(agency.phone || (isCounter && agency.parentPhone)
      ? { phone: agency.phone || (agency.parentPhone ?? '') }
      : {}),
    placeName: agency.unitName.replace(/^(Tỉnh|Thành phố|Phường|Xã|Đặc khu)\s+/u, ''),
  };
}

/** The receiving counter as the applicant's slips name it, and the phone to call it on ('' if none is known). */
export async function receivingCounter(
  db: Executor,
  agencyCode: string,
): Promise<{ counterName: string; counterPhone: string }> {
  const body = await issuingBody(db, agencyCode);
  return { counterName: counterInText(body), counterPhone: body.phone ?? '' };
}

/**
 * An appointment with its hour: the recorded instant, or the close of the office hours recorded at reception
 * on the recorded day (what a day-long deadline means, core's appointmentAt).
 */
export function appointment(
  state: Pick<LoadedDossier['state'], 'office'>,
  due: { dueDate?: PlainDate | undefined; dueAt?: string | undefined },
): { dueDate?: PlainDate; dueAt?: string } {
  const dueAt = appointmentAt(due, state.office ?? DEFAULT_OFFICE_HOURS);
  return { ...(due.dueDate ? { dueDate: due.dueDate } : {}), ...(dueAt ? { dueAt } : {}) };
}

/** The dossier as its slips print it: everything from the log, the applicant from the dossier's row. */
export function slipDossier(
  d: Pick<LoadedDossier, 'row' | 'state'>,
  agencies: ReadonlyMap<string, AgencyRef>,
  trackingUrl: string,
  due: { dueDate?: string | undefined; dueAt?: string | undefined },
): SlipDossier {
  const { row, state } = d;
  const { subject } = state;
  return {
    code: row.code,
    receivedAt: state.receivedAt ?? state.submittedAt ?? row.createdAt.toISOString(),
    ...(due.dueDate ? { dueDate: due.dueDate } : {}),
    ...(due.dueAt ? { dueAt: due.dueAt } : {}),
    channel: state.channel,
    applicant: row.applicant,
    ...(row.representative ? { representative: row.representative } : {}),
    procedure: { code: subject.procedure.code, name: subject.procedure.name },
    caseName: subject.case.name,
    timeLimitText: timeLimitText(
      subject.case.timeLimit,
      (state.office ?? DEFAULT_OFFICE_HOURS).sameDayCutoff,
    ),
    components: subject.checklist
      .filter((c) => c.given > 0)
      .map((c) => ({ name: c.name, form: c.form, quantity: c.given })),
    sets: 1,
    fees: subject.case.fees,
    resultDelivery:
      state.channel === 'postal'
        ? 'Qua dịch vụ bưu chính công ích'
        : (agencies.get(row.receivingAgencyCode)?.name ?? ''),
    trackingUrl,
  };
}

/** What every slip of a dossier is gathered with. */
export interface SlipSource {
  db: Executor;
  dossier: LoadedDossier;
  agencies: ReadonlyMap<string, AgencyRef>;
  /** The public tracking page of the dossier: the QR code's payload. */
  trackingUrl: string;
  now: Date;
}

/** The entry of `action` that issued its numbered slip: the one at `seq`, else the latest. */
export function slipEntry<A extends 'request-supplement' | 'refuse' | 'apologize-extend' | 'stop'>(
  d: LoadedDossier,
  action: A,
  seq?: number,
): { slip: SlipRecord; entry: EntryFor<A> } | undefined {
  const form = SLIP_OF_ACTION[action];
  const slip = [...d.state.slips]
    .reverse()
    .find((s) => s.form === form && (seq === undefined || s.seq === seq));
  const entry =
    slip && d.log.find((e): e is EntryFor<A> & StoredEntry => e.seq === slip.seq && e.action === action);
  return slip && entry ? { slip, entry } : undefined;
}
