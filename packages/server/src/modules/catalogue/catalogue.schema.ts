import {
  COMPONENT_FORMS,
  DateText,
  FEE_STATUSES,
  LEVELS,
  ONLINE_SERVICES,
  TIME_LIMIT_UNITS,
  StringEnum as union,
} from '@motcua/core';
import { type TSchema, Type } from 'typebox';

const Nullable = <T extends TSchema>(schema: T) => Type.Optional(schema);

export const MAX_PAGE_SIZE = 100;

export const SearchQuerySchema = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Ignores case and Vietnamese diacritics' })),
    field: Type.Optional(Type.String({ maxLength: 200 })),
    level: Type.Optional(union(LEVELS)),
    online: Type.Optional(union(ONLINE_SERVICES)),
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 }),
  },
  { additionalProperties: false },
);

export const TimeLimitSchema = Type.Object({ value: Type.Integer(), unit: union(TIME_LIMIT_UNITS) });

const Figures = {
  processingDays: Nullable(Type.Integer()),
  processingHours: Nullable(Type.Integer()),
  calendarDays: Nullable(Type.Integer()),
};

export const ProcedureSummarySchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  nameEn: Type.String(),
  field: Type.String(),
  fieldEn: Type.String(),
  level: union(LEVELS),
  agencyKind: Type.String(),
  agencyName: Type.String(),
  onlineService: union(ONLINE_SERVICES),
  postal: Type.Boolean(),
  timeLimit: TimeLimitSchema,
  ...Figures,
});

export const SearchResultSchema = Type.Object({
  items: Type.Array(ProcedureSummarySchema),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  broadMatch: Type.Optional(
    Type.Boolean({
      description: 'No procedure has every word: these match some of them, those matching most first',
    }),
  ),
  suggestion: Type.Optional(Type.String({ description: '"Did you mean" for a near miss' })),
});

export const ComponentSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  nameEn: Type.String(),
  required: Type.Boolean(),
  form: union(COMPONENT_FORMS),
  quantity: Type.Integer(),
  template: Type.String(),
  templateUrl: Type.String({ description: 'Where the form can be downloaded (https), or empty' }),
  note: Type.String(),
});

export const CaseSchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  nameEn: Type.String(),
  timeLimit: TimeLimitSchema,
  ...Figures,
  channelLimits: Type.Object(
    {
      counter: Nullable(TimeLimitSchema),
      online: Nullable(TimeLimitSchema),
      postal: Nullable(TimeLimitSchema),
    },
    { description: 'Where the limit differs by submission channel; other channels take timeLimit' },
  ),
  limitChanges: Type.Array(
    Type.Object({ effectiveFrom: DateText, value: TimeLimitSchema, basis: Type.String() }),
    { description: 'Limits later laws set from their effective dates, for dossiers received from then on' },
  ),
  extensions: Type.Array(
    Type.Object({
      code: Type.String(),
      name: Type.String(),
      nameEn: Type.String(),
      workingDays: Type.Integer(),
    }),
    { description: 'Conditions under which the law extends the limit (ticked by the counter at intake)' },
  ),
  agreedExtension: Type.Boolean({ description: 'A later date may be agreed in writing with the applicant' }),
  feeStatus: union(FEE_STATUSES),
  fees: Type.Array(Type.Object({ name: Type.String(), amount: Type.Integer() })),
  feeNote: Type.String(),
  components: Type.Array(ComponentSchema),
});

export const ProcedureSchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  nameEn: Type.String(),
  field: Type.String(),
  fieldEn: Type.String(),
  level: union(LEVELS),
  agencyKind: Type.String(),
  agencyName: Type.String(),
  onlineService: union(ONLINE_SERVICES),
  postal: Type.Boolean(),
  result: Type.String(),
  resultEn: Type.String(),
  subjects: Type.String(),
  requirements: Type.String(),
  steps: Type.Array(Type.String()),
  submission: Type.Array(Type.String()),
  legalBasis: Type.Array(Type.String()),
  source: Type.String(),
  notes: Type.String(),
  paymentStopsClock: Type.Boolean({ description: 'Whether waiting for a payment stops the clock' }),
  paymentStopsClockBasis: Type.String({ description: 'The law that says so' }),
  publicUrl: Type.String(),
  cases: Type.Array(CaseSchema),
  counters: Type.Array(
    Type.Object({
      code: Type.String(),
      name: Type.String(),
      nameEn: Type.String(),
      address: Type.String({ description: 'Empty when the agency has not entered it' }),
      phone: Type.String(),
      sessions: Type.Array(Type.Object({ start: Type.String(), end: Type.String() })),
      saturdayCounter: Type.Boolean({ description: 'Also open on Saturday mornings' }),
    }),
    {
      description:
        'Where the dossier can be handed in: the one-stop counters that route it to its competent agency',
    },
  ),
});

export const CodeParamsSchema = Type.Object({ code: Type.String({ maxLength: 40 }) });

export const CsvImportSchema = Type.Object(
  {
    fileName: Type.Optional(Type.String({ maxLength: 200 })),
    procedures: Type.String({ maxLength: 20_000_000 }),
    cases: Type.String({ maxLength: 20_000_000 }),
    components: Type.String({ maxLength: 20_000_000 }),
  },
  { additionalProperties: false },
);
