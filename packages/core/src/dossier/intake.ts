/**
 * The first entry of a dossier: its reception at the counter (or by post), or its online submission. Either
 * records the dossier's subject as the catalogue published it that day, with the time limit of its channel
 * and what the counter chose of the case's extensions; reception also records the due date, the office hours
 * it was counted with, and the first workflow step's deadline.
 */
import { addWorkingDays, isPlainDate, localDateTimeFromInstant, type PlainDate } from '../calendar/index.ts';
import { limitForChannel, type Procedure, type ProcedureCase } from '../catalogue/procedure.ts';
import { type FieldError, fieldError, validationError } from '../errors.ts';
import { changeInForceOn } from '../law/in-force.ts';
import type { ResolvedStep } from '../workflow/workflow.ts';
import { addWorkingDaysToInstant, closeOfOfficeDay, type DeadlineContext } from './deadlines.ts';
import { receptionData } from './decide.ts';
import { type DossierState, deriveState } from './derive-state.ts';
import type {
  BackdatedReception,
  Channel,
  CitizenLogin,
  DossierActor,
  DossierEntry,
  DossierSubject,
  MissingItem,
  RecordedData,
} from './entries.ts';

/** What the applicant gave of each listed component (id and number of copies). */
export interface GivenComponent {
  id: string;
  quantity: number;
}

/** How the dossier comes in and what the counter chose of the case's ways to a later due date. */
export interface LimitChoice {
  channel: Channel;
  /** The day the dossier comes in (Vietnam date): a limit a later law changed applies from its effective date. */
  day?: PlainDate;
  /** Codes of the case's extension conditions the counter found to apply (counter and post only). */
  extensions?: readonly string[];
  /** A later date (YYYY-MM-DD) agreed in writing with the applicant, where the case allows it (counter, post). */
  agreed?: { dueDate: string; reference: string };
}

/** What is wrong with a choice for this case, named by the intake body's fields. */
export function limitChoiceErrors(procedureCase: ProcedureCase, choice: LimitChoice): FieldError[] {
  const errors: FieldError[] = [];
  const codes = choice.extensions ?? [];
  if (choice.channel === 'online' && codes.length > 0) {
    errors.push(
      fieldError(
        'limitExtensions',
        'Điều kiện gia hạn do Bộ phận Một cửa chọn khi tiếp nhận hồ sơ trực tiếp hoặc qua bưu chính.',
        'Extension conditions are chosen by the counter for dossiers received in person or by post.',
      ),
    );
  } else {
    codes.forEach((code, i) => {
      if (!procedureCase.extensions?.some((x) => x.code === code)) {
        errors.push(
          fieldError(
            `limitExtensions[${i}]`,
            'Trường hợp này không có điều kiện gia hạn này.',
            'Not an extension condition of this case.',
          ),
        );
      } else if (codes.indexOf(code) !== i) {
        errors.push(fieldError(`limitExtensions[${i}]`, 'Bị trùng.', 'Listed twice.'));
      }
    });
  }
  const agreed = choice.agreed;
  if (agreed === undefined) return errors;
  if (!procedureCase.agreedExtension || choice.channel === 'online') {
    errors.push(
      fieldError(
        'agreedExtension',
        'Thủ tục này không cho thỏa thuận bằng văn bản một ngày trả kết quả muộn hơn (hoặc hồ sơ nộp trực tuyến).',
        'This case allows no later date agreed in writing (or the dossier came online).',
      ),
    );
    return errors;
  }
  if (agreed.reference.trim() === '') {
    errors.push(
      fieldError(
        'agreedExtension.reference',
        'Ghi số, ngày của văn bản thỏa thuận với người yêu cầu.',
        'Give the number and date of the written agreement.',
      ),
    );
  }
  if (!isPlainDate(agreed.dueDate)) {
    errors.push(fieldError('agreedExtension.dueDate', 'Ngày không hợp lệ.', 'Not a valid date.'));
  }
  return errors;
}

/**
 * The dossier's subject: the procedure and case as published now, with the limit of the dossier's channel
 * and the counter's choice (without a choice, the case's limit and nothing recorded of how: for tests), and
 * what was given of the checklist. Throws VALIDATION_FAILED for a choice the case does not allow.
 */
export const subjectOf = (
  procedure: Pick<Procedure, 'code' | 'name' | 'nameEn'> &
    Partial<Pick<Procedure, 'paymentStopsClock' | 'paymentStopsClockBasis'>>,
  procedureCase: ProcedureCase,
  given: readonly GivenComponent[],
  choice?: LimitChoice,
): DossierSubject => {
  if (choice) {
    const errors = limitChoiceErrors(procedureCase, choice);
    if (errors.length > 0) throw validationError(errors);
  }
  const codes = choice?.extensions ?? [];
  const changed = choice?.day ? changeInForceOn(procedureCase.limitChanges, choice.day) : undefined;
  return {
    procedure: {
      code: procedure.code,
      name: procedure.name,
      nameEn: procedure.nameEn,
      ...(procedure.paymentStopsClock === undefined
        ? {}
        : {
            paymentStopsClock: procedure.paymentStopsClock,
            paymentStopsClockBasis: procedure.paymentStopsClockBasis ?? '',
          }),
    },
    case: {
      code: procedureCase.code,
      name: procedureCase.name,
      nameEn: procedureCase.nameEn,
      timeLimit: choice
        ? limitForChannel(procedureCase, choice.channel, choice.day)
        : procedureCase.timeLimit,
      fees: procedureCase.fees,
      ...(procedureCase.feeStatus ? { feeStatus: procedureCase.feeStatus } : {}),
      ...(choice
        ? {
            limit: {
              channel: choice.channel,
              ...(changed
                ? { changedBy: { effectiveFrom: changed.effectiveFrom, basis: changed.basis } }
                : {}),
              extensions: (procedureCase.extensions ?? []).filter((x) => codes.includes(x.code)),
              ...(choice.agreed
                ? {
                    agreed: {
                      dueDate: choice.agreed.dueDate as PlainDate,
                      reference: choice.agreed.reference.trim(),
                    },
                  }
                : {}),
            },
          }
        : {}),
    },
    checklist: procedureCase.components.map((c) => ({
      id: c.id,
      name: c.name,
      nameEn: c.nameEn,
      form: c.form,
      quantity: c.quantity,
      required: c.required,
      given: given.find((g) => g.id === c.id)?.quantity ?? 0,
    })),
  };
};

export type MissingComponent = Required<MissingItem>;

/** Required components not given, or given in fewer copies than asked (what Form 02 lists). */
export const missingComponents = (subject: DossierSubject): MissingComponent[] =>
  subject.checklist
    .filter((c) => c.required && c.given < c.quantity)
    .map((c) => ({
      id: c.id,
      name: c.name,
      form: c.form,
      quantity: c.quantity - c.given,
      reason:
        c.given === 0 ? 'Chưa có giấy tờ này.' : `Thiếu ${c.quantity - c.given} bản (cần ${c.quantity}).`,
    }));

interface FirstEntry {
  subject: DossierSubject;
  at: string;
  actor: DossierActor;
  /** The public lookup's check code drawn for it (checkCodeFromBytes); recorded so the receipt reprints it. */
  checkCode?: string;
}

const first = (entry: DossierEntry): { entry: DossierEntry; state: DossierState } => ({
  entry,
  state: deriveState([entry]),
});

/** A complete dossier received at the counter or by post: the clock starts now. */
export const decideReception = (
  input: FirstEntry & {
    channel: Exclude<Channel, 'online'>;
    /** A back-dated reception a leader approved: its reason and approval go into the entry. */
    backdated?: { reason: string } & BackdatedReception;
    /** The Form 02 counter slip the applicant came back to. */
    supplementSlip?: { id: string; number: string };
  },
  ctx: DeadlineContext & { steps: readonly ResolvedStep[] },
) => {
  const { reason, ...backdated } = input.backdated ?? { reason: undefined };
  return first({
    seq: 1,
    at: input.at,
    actor: input.actor,
    action: 'receive',
    ...(reason ? { reason } : {}),
    data: {
      ...withRecordedLimit(
        receptionData(input.subject.case.timeLimit, input.channel, { ...ctx, at: input.at }),
        input.subject,
        ctx,
      ),
      subject: input.subject,
      ...(input.checkCode ? { checkCode: input.checkCode } : {}),
      ...(input.backdated ? { backdated: backdated as BackdatedReception } : {}),
      ...(input.supplementSlip ? { supplementSlip: input.supplementSlip } : {}),
    },
  });
};

/**
 * The due date the subject's recorded limit gives: the extension conditions' working days added, or the date
 * agreed in writing (which must be a working day after the due date the limit gives).
 */
function withRecordedLimit(
  data: RecordedData['receive'],
  subject: DossierSubject,
  ctx: DeadlineContext,
): RecordedData['receive'] {
  const limit = subject.case.limit;
  if (limit === undefined) return data;
  const extra = limit.extensions.reduce((sum, x) => sum + x.workingDays, 0);
  let dueDate: PlainDate = data.dueDate;
  let dueAt = data.dueAt;
  if (extra > 0) {
    if (dueAt === undefined) dueDate = addWorkingDays(ctx.calendar, dueDate, extra);
    else {
      dueAt = addWorkingDaysToInstant(ctx.calendar, dueAt, extra);
      dueDate = localDateTimeFromInstant(dueAt).date;
    }
  }
  if (limit.agreed) {
    const agreed = limit.agreed.dueDate;
    if (agreed <= dueDate || !ctx.calendar.isWorkingDay(agreed)) {
      throw validationError([
        fieldError(
          'agreedExtension.dueDate',
          `Ngày thỏa thuận phải là một ngày làm việc sau ngày hẹn theo thời hạn (${dueDate.split('-').reverse().join('/')}).`,
          `The agreed date must be a working day after the date the time limit gives (${dueDate}).`,
        ),
      ]);
    }
    dueDate = agreed;
    if (dueAt !== undefined) dueAt = closeOfOfficeDay(agreed, ctx.office);
  }
  const { dueAt: _previous, ...rest } = data;
  return { ...rest, dueDate, ...(dueAt ? { dueAt } : {}) };
}

/** An online submission, waiting for the counter to receive it: no clock yet. */
export const decideSubmission = (input: FirstEntry & { portalReference?: string; account?: CitizenLogin }) =>
  first({
    seq: 1,
    at: input.at,
    actor: input.actor,
    action: 'submit-online',
    data: {
      channel: 'online',
      subject: input.subject,
      ...(input.portalReference ? { portalReference: input.portalReference } : {}),
      ...(input.checkCode ? { checkCode: input.checkCode } : {}),
      ...(input.account ? { account: input.account } : {}),
    },
  });
