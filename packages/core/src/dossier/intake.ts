/**
 * The first entry of a dossier: its reception at the counter (or by post), or its online submission. Either
 * records the dossier's subject as the catalogue published it that day; reception also records the due date,
 * the office hours it was counted with, and the first workflow step's deadline.
 */
import type { Procedure, ProcedureCase } from '../catalogue/procedure.ts';
import type { ResolvedStep } from '../workflow/workflow.ts';
import type { DeadlineContext } from './deadlines.ts';
import { receptionData } from './decide.ts';
import { type DossierState, deriveState } from './derive-state.ts';
import type { Channel, DossierActor, DossierEntry, DossierSubject, MissingItem } from './entries.ts';

/** What the applicant gave of each listed component (id and number of copies). */
export interface GivenComponent {
  id: string;
  quantity: number;
}

/** The dossier's subject: the procedure and case as published now, and what was given of the checklist. */
export const subjectOf = (
  procedure: Pick<Procedure, 'code' | 'name' | 'nameEn'>,
  procedureCase: ProcedureCase,
  given: readonly GivenComponent[],
): DossierSubject => ({
  procedure: { code: procedure.code, name: procedure.name, nameEn: procedure.nameEn },
  case: {
    code: procedureCase.code,
    name: procedureCase.name,
    nameEn: procedureCase.nameEn,
    timeLimit: procedureCase.timeLimit,
    fees: procedureCase.fees,
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
});

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
}

const first = (entry: DossierEntry): { entry: DossierEntry; state: DossierState } => ({
  entry,
  state: deriveState([entry]),
});

/** A complete dossier received at the counter or by post: the clock starts now. */
export const decideReception = (
  input: FirstEntry & { channel: Exclude<Channel, 'online'> },
  ctx: DeadlineContext & { steps: readonly ResolvedStep[] },
) =>
  first({
    seq: 1,
    at: input.at,
    actor: input.actor,
    action: 'receive',
    data: {
      ...receptionData(input.subject.case.timeLimit, input.channel, { ...ctx, at: input.at }),
      subject: input.subject,
    },
  });

/** An online submission, waiting for the counter to receive it: no clock yet. */
export const decideSubmission = (input: FirstEntry & { portalReference?: string }) =>
  first({
    seq: 1,
    at: input.at,
    actor: input.actor,
    action: 'submit-online',
    data: {
      channel: 'online',
      subject: input.subject,
      ...(input.portalReference ? { portalReference: input.portalReference } : {}),
    },
  });
