/**
 * The workflow (quy trình) of a procedure case: the ordered steps a dossier passes through, each at one
 * agency, done by one role, with its own time allotment. Admins edit it per case; a dossier keeps the copy
 * it was received under (resolved to agency codes), so an edit never moves the deadlines of open dossiers.
 *
 * A step ends with its hand-over action, which passes the dossier to the next step: the counter's
 * 'transfer', the leader's 'assign', the specialist's 'submit-for-approval', the leader's 'approve', an
 * agency's 'forward' to a coordinating agency (liên thông), and last 'issue-result'.
 */
import { ROLE_LABELS } from '../access/roles.ts';
import type { TimeLimit } from '../catalogue/procedure.ts';
import { ACTION_ROLES } from '../dossier/actions.ts';
import { type FieldError, fieldError, validationError } from '../errors.ts';
import { isStepRole, STEP_ROLES, type StepRole } from './step-roles.ts';
import { ALLOTMENT_UNITS, type Allotment, timeLimitHours, workflowTotal } from './workflow-total.ts';

export const HAND_OVER_ACTIONS = [
  'transfer',
  'assign',
  'submit-for-approval',
  'approve',
  'forward',
  'issue-result',
] as const;
export type HandOverAction = (typeof HAND_OVER_ACTIONS)[number];

export const isHandOverAction = (value: unknown): value is HandOverAction =>
  typeof value === 'string' && (HAND_OVER_ACTIONS as readonly string[]).includes(value);

/**
 * Where a step happens: the counter that received the dossier, the competent agency of the procedure, or a
 * coordinating agency (cơ quan phối hợp) of the given kind, found in the same commune as the competent
 * agency (or the province's, for provincial kinds).
 */
export const STEP_AGENCIES = ['receiving', 'competent', 'coordinating'] as const;
export type StepAgency = (typeof STEP_AGENCIES)[number];

export interface WorkflowStep {
  /** Stable within the workflow: lowercase letters, digits and hyphens. */
  key: string;
  name: string;
  nameEn: string;
  agency: StepAgency;
  /** For 'coordinating' steps: the agency kind, e.g. 'cong-an-xa', 'bhxh-tinh'. */
  agencyKind?: string;
  /** Who does the step: one of STEP_ROLES (the roles that process dossiers). */
  role: StepRole;
  handOver: HandOverAction;
  allotment: Allotment;
  /** The step may send the dossier back to the step before it (return-for-rework). */
  mayReturn: boolean;
}

/** A step of a dossier's own copy of the workflow, with the agency resolved. */
export interface ResolvedStep extends WorkflowStep {
  agencyCode: string;
}

export const MAX_WORKFLOW_STEPS = 20;

const STEP_KEY = /^[a-z0-9][a-z0-9-]{0,39}$/;

/**
 * Checks a workflow against a case's legal time limit. Returns every problem with its field path
 * (`steps[2].allotment.value`); empty when valid.
 */
export const workflowErrors = (steps: readonly WorkflowStep[], limit: TimeLimit): FieldError[] => {
  const errors: FieldError[] = [];
  if (steps.length === 0 || steps.length > MAX_WORKFLOW_STEPS) {
    errors.push(
      fieldError(
        'steps',
        `Quy trình phải có từ 1 đến ${MAX_WORKFLOW_STEPS} bước.`,
        `A workflow has 1 to ${MAX_WORKFLOW_STEPS} steps.`,
      ),
    );
    return errors;
  }
  const keys = new Set<string>();
  steps.forEach((s, i) => {
    const at = (field: string) => `steps[${i}].${field}`;
    if (!STEP_KEY.test(s.key)) {
      errors.push(
        fieldError(
          at('key'),
          'Mã bước chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.',
          'A step key has lowercase letters, digits and hyphens.',
        ),
      );
    } else if (keys.has(s.key)) {
      errors.push(fieldError(at('key'), 'Mã bước bị trùng.', 'Duplicate step key.'));
    }
    keys.add(s.key);
    if (s.name.trim() === '') errors.push(fieldError(at('name'), 'Cần tên bước.', 'The step needs a name.'));
    if (!(STEP_AGENCIES as readonly string[]).includes(s.agency)) {
      errors.push(fieldError(at('agency'), 'Cơ quan thực hiện không hợp lệ.', 'Unknown step agency.'));
    }
    if (s.agency === 'coordinating' && !s.agencyKind?.trim()) {
      errors.push(
        fieldError(
          at('agencyKind'),
          'Bước liên thông cần loại cơ quan phối hợp.',
          'An inter-agency step needs the coordinating agency kind.',
        ),
      );
    }
    if (!isStepRole(s.role)) {
      errors.push(
        fieldError(
          at('role'),
          `Vai trò này không xử lý hồ sơ; bước chỉ giao cho: ${STEP_ROLES.map((r) => ROLE_LABELS[r].vi).join(', ')}.`,
          `This role does not process dossiers; a step is given to: ${STEP_ROLES.map((r) => ROLE_LABELS[r].en).join(', ')}.`,
        ),
      );
    } else if (isHandOverAction(s.handOver) && !ACTION_ROLES[s.handOver].includes(s.role)) {
      errors.push(
        fieldError(
          at('role'),
          `Vai trò này không thực hiện được thao tác chuyển của bước (${ACTION_ROLES[s.handOver].join(', ')}).`,
          `This role cannot perform the step's hand-over (${ACTION_ROLES[s.handOver].join(', ')}).`,
        ),
      );
    }
    if (!isHandOverAction(s.handOver)) {
      errors.push(fieldError(at('handOver'), 'Thao tác chuyển không hợp lệ.', 'Unknown hand-over action.'));
    }
    const first = i === 0;
    const last = i === steps.length - 1;
    if (first && (s.handOver !== 'transfer' || s.agency !== 'receiving')) {
      errors.push(
        fieldError(
          at('handOver'),
          'Bước đầu tiên là tiếp nhận tại Bộ phận Một cửa và chuyển cơ quan giải quyết.',
          'The first step is reception at the counter, ending with the transfer.',
        ),
      );
    }
    if (!first && s.handOver === 'transfer') {
      errors.push(
        fieldError(at('handOver'), 'Chỉ bước đầu tiên chuyển từ Một cửa.', 'Only the first step transfers.'),
      );
    }
    if (last !== (s.handOver === 'issue-result')) {
      errors.push(
        fieldError(
          at('handOver'),
          'Bước cuối cùng (và chỉ bước đó) ban hành kết quả.',
          'The last step, and only it, issues the result.',
        ),
      );
    }
    const next = steps[i + 1];
    const movesAgency = next !== undefined && (next.agency !== s.agency || next.agencyKind !== s.agencyKind);
    if (movesAgency && s.handOver !== 'transfer' && s.handOver !== 'forward') {
      errors.push(
        fieldError(
          at('handOver'),
          'Hồ sơ sang cơ quan khác ở bước sau: bước này phải kết thúc bằng "chuyển liên thông".',
          'The next step is at another agency: this step must end with "forward".',
        ),
      );
    }
    if (s.handOver === 'forward' && !movesAgency) {
      errors.push(
        fieldError(
          at('handOver'),
          '"Chuyển liên thông" phải chuyển sang cơ quan khác.',
          '"Forward" must pass the dossier to another agency.',
        ),
      );
    }
    if (s.mayReturn && (first || !ACTION_ROLES['return-for-rework'].includes(s.role))) {
      errors.push(
        fieldError(
          at('mayReturn'),
          'Chỉ lãnh đạo ở bước sau bước đầu tiên được trả lại bước trước.',
          'Only a leader, after the first step, may send a dossier back.',
        ),
      );
    }
    const { unit, value } = s.allotment ?? {};
    if (!(ALLOTMENT_UNITS as readonly string[]).includes(unit)) {
      errors.push(fieldError(at('allotment.unit'), 'Đơn vị thời gian không hợp lệ.', 'Unknown time unit.'));
    }
    if (!(Number.isFinite(value) && value > 0 && Number.isInteger(value * 2))) {
      errors.push(
        fieldError(
          at('allotment.value'),
          'Thời gian phải lớn hơn 0, theo bội số của 0,5.',
          'The time must be positive, in steps of 0.5.',
        ),
      );
    }
  });
  if (errors.length === 0) {
    const total = workflowTotal(steps, limit);
    if (total.isOverLimit) {
      errors.push(
        fieldError(
          'steps',
          `Tổng thời gian các bước (${total.usedHours} giờ làm việc) vượt thời hạn giải quyết (${total.limitHours} giờ).`,
          `The steps take ${total.usedHours} working hours, more than the time limit (${total.limitHours} hours).`,
        ),
      );
    }
  }
  return errors;
};

/** Throws VALIDATION_FAILED with every problem. */
export const assertWorkflow = (steps: readonly WorkflowStep[], limit: TimeLimit): void => {
  const errors = workflowErrors(steps, limit);
  if (errors.length > 0) throw validationError(errors);
};

const floorHalf = (hours: number): number => Math.floor(hours * 2) / 2;

/**
 * The workflow of a case nobody has edited: reception and transfer at the counter, assignment, appraisal,
 * approval and issue at the competent agency, sharing the legal time limit (appraisal gets the most).
 */
export const defaultWorkflow = (limit: TimeLimit): WorkflowStep[] => {
  const budget = Math.max(timeLimitHours(limit), 2.5);
  const edge = Math.min(4, floorHalf(budget / 10) || 0.5);
  const rest = budget - 2 * edge;
  const assign = Math.max(0.5, floorHalf(rest * 0.1));
  const approve = Math.max(0.5, floorHalf(rest * 0.2));
  const appraise = Math.max(0.5, floorHalf(rest - assign - approve));
  const hours = (value: number): Allotment => ({ unit: 'working-hours', value });
  return [
    {
      key: 'tiep-nhan',
      name: 'Tiếp nhận và chuyển hồ sơ',
      nameEn: 'Receive and transfer',
      agency: 'receiving',
      role: 'counter-officer',
      handOver: 'transfer',
      allotment: hours(edge),
      mayReturn: false,
    },
    {
      key: 'phan-cong',
      name: 'Phân công thụ lý',
      nameEn: 'Assign a specialist',
      agency: 'competent',
      role: 'leader',
      handOver: 'assign',
      allotment: hours(assign),
      mayReturn: false,
    },
    {
      key: 'tham-dinh',
      name: 'Thẩm định, trình ký',
      nameEn: 'Appraise and submit',
      agency: 'competent',
      role: 'specialist',
      handOver: 'submit-for-approval',
      allotment: hours(appraise),
      mayReturn: false,
    },
    {
      key: 'phe-duyet',
      name: 'Phê duyệt',
      nameEn: 'Approve',
      agency: 'competent',
      role: 'leader',
      handOver: 'approve',
      allotment: hours(approve),
      mayReturn: true,
    },
    {
      key: 'ban-hanh',
      name: 'Vào sổ, ban hành kết quả',
      nameEn: 'Register and issue the result',
      agency: 'competent',
      role: 'clerical',
      handOver: 'issue-result',
      allotment: hours(edge),
      mayReturn: false,
    },
  ];
};
