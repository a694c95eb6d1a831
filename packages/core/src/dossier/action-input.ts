/**
 * What a caller may send for each action: one schema per action (a discriminated union on `action`, as
 * OpenCRVS's ActionInput), shared by the API (route body and OpenAPI), the deciders and the console's forms.
 * Unknown or extra fields are refused, naming the field. Rules that need the dossier's state (a new due date
 * after the current one, an assignee of the next step's agency) are the deciders' (decide.ts).
 */
import { type Static, type TObject, type TSchema, Type } from 'typebox';
import { Value } from 'typebox/value';
import { type FieldError, fieldError, validationError } from '../errors.ts';
import { fieldErrorsFromSchema } from '../schema-errors.ts';
import { ACTION_TYPES, type ActionType } from './actions.ts';
import {
  APOLOGY_DELIVERIES,
  COLLECTOR_RELATIONS,
  HANDED_RETURN_METHODS,
  PAYMENT_METHODS,
  RETURN_METHODS,
  RETURN_PLACES,
  STOP_REQUEST_CHANNELS,
} from './entries.ts';
import { INSTANT_PATTERN, normalizeCitizenId, validateCitizenId } from './validation.ts';

const strict = { additionalProperties: false } as const;
const Text = (maxLength: number, description?: string) =>
  Type.String({ maxLength, ...(description ? { description } : {}) });
/** Not empty and not only spaces. */
const Filled = (maxLength: number, description?: string) =>
  Type.String({ minLength: 1, maxLength, pattern: '\\S', ...(description ? { description } : {}) });
const OneOf = <const T extends readonly string[]>(values: T, description?: string) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });
const Uuid = Type.String({
  pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
  description: 'The id of a file attached to the dossier',
});
const Instant = Type.String({ pattern: INSTANT_PATTERN, description: 'ISO 8601 instant with its offset' });
const None = Type.Object({}, strict);

/** Staff actions: every action but the online submission, which comes through intake. */
export const STAFF_ACTION_TYPES = ACTION_TYPES.filter(
  (a): a is Exclude<ActionType, 'submit-online'> => a !== 'submit-online',
);
export type StaffActionType = (typeof STAFF_ACTION_TYPES)[number];

/** The `data` each action takes. */
export const ACTION_DATA = {
  receive: None,
  refuse: None,
  'request-supplement': Type.Object(
    {
      missing: Type.Array(
        Type.Object(
          {
            id: Type.Optional(Text(64, "One of the case's components")),
            name: Type.Optional(Text(300, 'The document, when it is not one of the listed components')),
            reason: Type.Optional(Text(500)),
          },
          strict,
        ),
        { minItems: 1, maxItems: 50 },
      ),
      override: Type.Optional(
        Type.Literal(true, {
          description: "A second request on the dossier, the leader's, stated as a breach",
        }),
      ),
    },
    strict,
  ),
  supplement: None,
  transfer: None,
  'send-paper': None,
  assign: Type.Object({ assignee: Filled(64, 'Username of the officer who does the next step') }, strict),
  appraise: None,
  'submit-for-approval': None,
  approve: None,
  'return-for-rework': None,
  consult: Type.Object({ agencyCode: Filled(120, 'The agency consulted') }, strict),
  'consult-reply': Type.Object({ agencyCode: Filled(120, 'The agency that replied') }, strict),
  forward: Type.Object(
    {
      resultName: Type.Optional(Text(300, "This agency's own result handed on, if it issued one")),
      resultFileId: Type.Optional(Uuid),
    },
    strict,
  ),
  'request-payment': Type.Object(
    {
      amount: Type.Optional(
        Type.Integer({ minimum: 1, maximum: 1e12, description: "Whole đồng; default: the case's fees" }),
      ),
    },
    strict,
  ),
  'record-payment': Type.Object(
    {
      method: Type.Optional(OneOf(PAYMENT_METHODS, 'Default cash')),
      reference: Type.Optional(Text(100, 'Transfer or online payment reference')),
      amount: Type.Optional(
        Type.Integer({ minimum: 0, maximum: 1e12, description: 'Default: as requested' }),
      ),
    },
    strict,
  ),
  'apologize-extend': Type.Object(
    {
      newDueDate: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' }),
      delivery: Type.Optional(
        OneOf(APOLOGY_DELIVERIES, 'Default: paper (post for a postal dossier), e-mail or SMS when online'),
      ),
      override: Type.Optional(
        Type.Literal(true, { description: 'A second reset of the appointment, stated as a breach' }),
      ),
    },
    strict,
  ),
  stop: Type.Object(
    {
      requestedVia: Type.Optional(OneOf(STOP_REQUEST_CHANNELS, 'How the applicant asked; default in person')),
    },
    strict,
  ),
  withdraw: None,
  'issue-result': Type.Object(
    {
      number: Filled(100, "The result document's number"),
      signer: Type.Optional(Text(200, 'Who signed it')),
      resultFileId: Type.Optional(Uuid),
    },
    strict,
  ),
  'schedule-return': Type.Object(
    {
      appointmentAt: Instant,
      place: Type.Optional(OneOf(RETURN_PLACES, 'Default counter')),
      address: Type.Optional(Text(500, 'Required at home')),
    },
    strict,
  ),
  'return-result': Type.Object(
    {
      method: Type.Optional(OneOf(RETURN_METHODS, 'Default counter')),
      waybill: Type.Optional(Text(64, 'Required by post')),
      collector: Type.Optional(
        Type.Object(
          {
            fullName: Filled(200, 'Who took the result'),
            idNumber: Filled(20, 'Their 12-digit personal ID number'),
            relation: OneOf(COLLECTOR_RELATIONS, 'Their relation to the applicant'),
            authorisationNote: Type.Optional(
              Text(300, 'The authorisation paper shown; required when authorised'),
            ),
          },
          strict,
        ),
      ),
    },
    strict,
  ),
} satisfies Record<StaffActionType, TObject>;

export type ActionData<A extends StaffActionType> = Static<(typeof ACTION_DATA)[A]>;

/** Actions whose reason is required: it is printed on a slip, or explains a refusal, stop or rework. */
export const REASON_REQUIRED: readonly ActionType[] = [
  'refuse',
  'request-supplement',
  'apologize-extend',
  'stop',
  'withdraw',
  'return-for-rework',
];

export const MAX_REASON_LENGTH = 2000;

/** A request to perform an action, as checked: `data` always present, text trimmed. */
export type ActionInput = {
  [A in StaffActionType]: { action: A; reason?: string; data: ActionData<A> };
}[StaffActionType];

const hasRequired = (schema: TObject): boolean => (schema.required?.length ?? 0) > 0;

/** The body of POST /api/dossiers/{code}/actions for one action. */
const branch = (action: StaffActionType): TSchema => {
  const data = ACTION_DATA[action];
  return Type.Object(
    {
      action: Type.Literal(action),
      reason: Type.Optional(Text(MAX_REASON_LENGTH)),
      data: hasRequired(data) ? data : Type.Optional(data),
    },
    strict,
  );
};
const BRANCHES = new Map<StaffActionType, TSchema>(STAFF_ACTION_TYPES.map((a) => [a, branch(a)]));

/** The whole body: one branch per action, told apart by `action` (OpenAPI discriminator). */
export const ActionBodySchema = Type.Unsafe<ActionBody>({
  type: 'object',
  oneOf: [...BRANCHES.values()],
  discriminator: { propertyName: 'action' },
  description: "An action and its data; each action's data is its own object (ACTION_DATA).",
});

/** The body as sent (data may be left out where nothing is required). */
export type ActionBody = {
  [A in StaffActionType]: { action: A; reason?: string; data?: ActionData<A> };
}[StaffActionType];

const isStaffAction = (value: unknown): value is StaffActionType =>
  typeof value === 'string' && BRANCHES.has(value as StaffActionType);

/**
 * Every problem with a request, by field: its shape against the action's schema, the reason where one is
 * required, and what the action's own fields need together (an address at home, a waybill by post, a
 * reference for a transfer, a name or a component for each missing item).
 */
export function actionInputErrors(body: unknown): FieldError[] {
  const action = (body as { action?: unknown } | null)?.action;
  if (!isStaffAction(action)) {
    return [
      fieldError('action', `Không có thao tác "${String(action)}".`, `Unknown action "${String(action)}".`),
    ];
  }
  const schemaErrors = fieldErrorsFromSchema([...Value.Errors(BRANCHES.get(action) as TSchema, body)]);
  if (schemaErrors.length > 0) return schemaErrors;
  const { reason, data = {} } = body as { reason?: string; data?: Record<string, unknown> };
  const errors: FieldError[] = [];
  const need = (when: boolean, path: string, vi: string, en: string) => {
    if (when) errors.push(fieldError(path, vi, en));
  };
  const blank = (v: unknown) => typeof v !== 'string' || v.trim() === '';
  need(
    REASON_REQUIRED.includes(action) && blank(reason),
    'reason',
    'Cần nêu lý do.',
    'A reason is required.',
  );
  switch (action) {
    case 'request-supplement':
      for (const [i, m] of (data.missing as { id?: string; name?: string }[]).entries()) {
        need(
          blank(m.id) && blank(m.name),
          `data.missing[${i}].name`,
          'Ghi tên giấy tờ cần bổ sung.',
          'Name the document to add.',
        );
      }
      break;
    case 'record-payment':
      need(
        (data.method ?? 'cash') !== 'cash' && blank(data.reference),
        'data.reference',
        'Cần mã giao dịch chuyển khoản hoặc thanh toán trực tuyến.',
        'The transfer or online payment reference is required.',
      );
      break;
    case 'schedule-return':
      need(
        data.place === 'home' && blank(data.address),
        'data.address',
        'Trả kết quả tại nhà cần địa chỉ.',
        'A return at home needs the address.',
      );
      break;
    case 'return-result':
      need(
        data.method === 'post' && blank(data.waybill),
        'data.waybill',
        'Cần số vận đơn bưu chính.',
        'The postal waybill number is required.',
      );
      errors.push(...collectorErrors(data as ActionData<'return-result'>));
      break;
  }
  return errors;
}

const isHanded = (method: string | undefined) =>
  (HANDED_RETURN_METHODS as readonly string[]).includes(method ?? 'counter');

/**
 * A result handed over in person (at the counter, at home) names who took it: name, personal ID (core's
 * citizen ID rule), relation, and the authorisation paper for an authorised person. By post or online
 * there is nobody at the desk to record.
 */
function collectorErrors(data: ActionData<'return-result'>): FieldError[] {
  const { collector } = data;
  if (!isHanded(data.method)) {
    return collector
      ? [
          fieldError(
            'data.collector',
            'Chỉ ghi người nhận kết quả khi trả trực tiếp (tại quầy hoặc tại nhà).',
            'A collector is recorded only for a result handed over in person (at the counter or at home).',
          ),
        ]
      : [];
  }
  if (!collector) {
    return [
      fieldError(
        'data.collector.fullName',
        'Cần họ tên người nhận kết quả.',
        "The collector's name is required.",
      ),
      fieldError(
        'data.collector.idNumber',
        'Cần số định danh cá nhân của người nhận kết quả.',
        "The collector's personal ID number is required.",
      ),
      fieldError(
        'data.collector.relation',
        'Cần ghi người nhận là ai đối với người nộp hồ sơ.',
        "The collector's relation to the applicant is required.",
      ),
    ];
  }
  const errors: FieldError[] = [];
  const idError = validateCitizenId(normalizeCitizenId(collector.idNumber));
  if (idError) errors.push(fieldError('data.collector.idNumber', idError.message, idError.messageEn));
  if (collector.relation === 'authorised' && (collector.authorisationNote ?? '').trim() === '') {
    errors.push(
      fieldError(
        'data.collector.authorisationNote',
        'Người được ủy quyền cần ghi giấy ủy quyền đã xuất trình (số, ngày).',
        'An authorised collector needs the authorisation paper shown (number, date).',
      ),
    );
  }
  return errors;
}

const trimStrings = (data: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(data)
      .map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v] as const)
      .filter(([, v]) => v !== ''),
  );

/** Checks a request (actionInputErrors) and returns it typed, text trimmed; throws VALIDATION_FAILED. */
export function parseActionInput(body: unknown): ActionInput {
  const errors = actionInputErrors(body);
  if (errors.length > 0) throw validationError(errors);
  const { action, reason, data = {} } = body as ActionBody & { data?: Record<string, unknown> };
  const trimmed = reason?.trim();
  const clean = trimStrings(data);
  if (action === 'request-supplement') {
    clean.missing = (data as ActionData<'request-supplement'>).missing.map(trimStrings);
  }
  const { collector } = data as ActionData<'return-result'>;
  if (action === 'return-result' && collector) {
    clean.collector = {
      ...trimStrings(collector),
      fullName: collector.fullName.trim().replace(/\s+/g, ' '),
      idNumber: normalizeCitizenId(collector.idNumber),
    };
  }
  return { action, ...(trimmed ? { reason: trimmed } : {}), data: clean } as ActionInput;
}
