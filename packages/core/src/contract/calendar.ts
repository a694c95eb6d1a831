/** The calendar API's answers and bodies: each day with its source, the year with its status. */
import { type Static, Type } from 'typebox';
import { DAY_KINDS, SOURCE_BASES } from '../calendar/holidays.ts';
import { DateText, StringEnum } from './common.ts';

export const DaySourceSchema = Type.Object({
  basis: StringEnum(
    SOURCE_BASES,
    'statute: the law fixes the day; decision: a Government decision or letter; estimate: computed, awaiting the decision',
  ),
  reference: Type.String({ description: 'The article or document, in Vietnamese' }),
  referenceEn: Type.String(),
});

export const CalendarDaySchema = Type.Object({
  date: DateText,
  name: Type.String(),
  nameEn: Type.String(),
  kind: StringEnum(DAY_KINDS),
  source: DaySourceSchema,
});

export const YearScheduleSchema = Type.Object({
  year: Type.Integer(),
  status: StringEnum(
    ['official', 'provisional'] as const,
    'official only when every day has its statute or decision',
  ),
  source: Type.String({ description: "Summary of the decisions the year's schedule rests on" }),
  days: Type.Array(CalendarDaySchema),
});

const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });

/** A day as an administrator enters it; without a source it rests on the year's decision. */
export const CalendarDayInputSchema = Type.Object(
  {
    date: Type.String(),
    name: Type.String({ maxLength: 200 }),
    nameEn: Type.String({ maxLength: 200 }),
    kind: StringEnum(DAY_KINDS),
    source: Type.Optional(
      Type.Object(
        {
          basis: StringEnum(SOURCE_BASES),
          reference: Type.String({ maxLength: 500 }),
          referenceEn: Type.Optional(Type.String({ maxLength: 500 })),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const YearScheduleInputSchema = Type.Object(
  { source: Text(500), days: Type.Array(CalendarDayInputSchema, { maxItems: 120 }) },
  { additionalProperties: false },
);

export const StatutoryHolidaySchema = Type.Object({
  id: Type.Integer(),
  month: Type.Integer(),
  day: Type.Integer(),
  name: Type.String(),
  nameEn: Type.String(),
  effectiveFrom: DateText,
  compensated: Type.Boolean({ description: 'A weekend occurrence gives a make-up weekday' }),
  reference: Type.String(),
  referenceEn: Type.String(),
  createdBy: Type.String(),
});
export const StatutoryHolidayListSchema = Type.Object({ items: Type.Array(StatutoryHolidaySchema) });

export const StatutoryHolidayInputSchema = Type.Object(
  {
    month: Type.Integer({ minimum: 1, maximum: 12 }),
    day: Type.Integer({
      minimum: 1,
      maximum: 31,
      description: 'A day that exists every year (not 29 February)',
    }),
    name: Text(200),
    nameEn: Text(200),
    effectiveFrom: Type.String({
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      description: "YYYY-MM-DD, the law's effective date",
    }),
    compensated: Type.Boolean({
      description: 'Whether a Saturday or Sunday occurrence gives a make-up weekday, as the law says',
    }),
    reference: Text(500),
    referenceEn: Type.Optional(Text(500)),
  },
  { additionalProperties: false },
);

export type DaySourceView = Static<typeof DaySourceSchema>;
export type CalendarDayView = Static<typeof CalendarDaySchema>;
export type YearScheduleView = Static<typeof YearScheduleSchema>;
export type YearScheduleInput = Static<typeof YearScheduleInputSchema>;
export type StatutoryHolidayView = Static<typeof StatutoryHolidaySchema>;
export type StatutoryHolidayInput = Static<typeof StatutoryHolidayInputSchema>;
