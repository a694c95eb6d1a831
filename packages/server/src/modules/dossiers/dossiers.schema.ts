import { DOSSIER_QUEUES, type DossierQueue } from '@motcua/core';
import { Type } from 'typebox';

const Applicant = Type.Object(
  {
    fullName: Type.String({ minLength: 1, maxLength: 200 }),
    idNumber: Type.String({ maxLength: 20, description: '12-digit personal identification number (CCCD)' }),
    phone: Type.String({ maxLength: 20 }),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 200 })),
    address: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);

export const IntakeBody = Type.Object(
  {
    procedureCode: Type.String({ maxLength: 40 }),
    caseCode: Type.Optional(Type.String({ maxLength: 64 })),
    channel: Type.Unsafe<'counter' | 'postal' | 'online'>({
      type: 'string',
      enum: ['counter', 'postal', 'online'],
    }),
    receivingAgencyCode: Type.Optional(
      Type.String({ maxLength: 120, description: 'Online only: the counter chosen by the applicant' }),
    ),
    portalReference: Type.Optional(
      Type.String({ maxLength: 64, description: "Online only: the portal's reference for the submission" }),
    ),
    applicant: Applicant,
    representative: Type.Optional(
      Type.Object(
        {
          fullName: Type.String({ minLength: 1, maxLength: 200 }),
          idNumber: Type.String({ maxLength: 20 }),
          relation: Type.String({ minLength: 1, maxLength: 100 }),
        },
        { additionalProperties: false },
      ),
    ),
    components: Type.Array(
      Type.Object(
        { id: Type.String({ maxLength: 64 }), quantity: Type.Integer({ minimum: 1, maximum: 100 }) },
        { additionalProperties: false },
      ),
      { maxItems: 100 },
    ),
    postalWaybill: Type.Optional(Type.String({ maxLength: 64 })),
    homeService: Type.Optional(
      Type.Object(
        {
          reason: Type.Unsafe<'disability' | 'elderly' | 'illness' | 'other'>({
            type: 'string',
            enum: ['disability', 'elderly', 'illness', 'other'],
            description: 'Why the applicant cannot come to the counter: the result is taken to them',
          }),
          note: Type.Optional(Type.String({ maxLength: 500 })),
        },
        { additionalProperties: false },
      ),
    ),
    receivedAt: Type.Optional(
      Type.String({
        description: 'ISO instant of reception (online: of submission); defaults to now; never in the future',
      }),
    ),
  },
  { additionalProperties: false },
);

export const RefusalBody = Type.Object(
  {
    procedureCode: Type.String({ maxLength: 40 }),
    caseCode: Type.Optional(Type.String({ maxLength: 64 })),
    applicant: Applicant,
    reason: Type.String({ minLength: 1, maxLength: 2000 }),
  },
  { additionalProperties: false },
);

export const ActionBody = Type.Object(
  {
    action: Type.String({ maxLength: 40 }),
    reason: Type.Optional(Type.String({ maxLength: 2000 })),
    data: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { additionalProperties: false },
);

export const QueueQuery = Type.Object(
  {
    queue: Type.Unsafe<DossierQueue>({ type: 'string', enum: [...DOSSIER_QUEUES], default: 'all' }),
    q: Type.Optional(Type.String({ maxLength: 200 })),
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);

export const CodeParams = Type.Object({ code: Type.String({ maxLength: 64 }) });
