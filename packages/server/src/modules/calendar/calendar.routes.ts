/** Public working-day arithmetic and holiday lists; admin entry of later years' official schedules. */
import {
  addWorkingDays,
  DAY_KINDS,
  DomainError,
  fieldError,
  parsePlainDate,
  validateYearSchedule,
} from '@motcua/core';
import { Type } from 'typebox';
import { requireRole } from '../../http/auth.ts';
import { StringEnum } from '../../http/schema-helpers.ts';
import type { AppInstance } from '../../http/server.ts';

export const MAX_DAYS = 1000;
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

const DayKind = StringEnum(DAY_KINDS);
const CalendarDaySchema = Type.Object({
  date: Type.String(),
  name: Type.String(),
  nameEn: Type.String(),
  kind: DayKind,
});
const YearScheduleSchema = Type.Object({
  year: Type.Integer(),
  status: Type.Union([Type.Literal('official'), Type.Literal('provisional')]),
  source: Type.String(),
  days: Type.Array(CalendarDaySchema),
});
const YearParam = Type.Integer({ minimum: MIN_YEAR, maximum: MAX_YEAR });

export function calendarRoutes(app: AppInstance): void {
  const { db, calendar } = app.ctx;

  app.get(
    '/api/calendar/working-days',
    {
      schema: {
        tags: ['calendar'],
        summary: 'The date reached by counting N working days after `from` (`from` itself is not counted)',
        querystring: Type.Object(
          {
            from: Type.String({ description: 'YYYY-MM-DD' }),
            days: Type.Integer({ minimum: 0, maximum: MAX_DAYS }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ from: Type.String(), days: Type.Integer(), due: Type.String() }) },
      },
    },
    async (request) => {
      const from = parsePlainDate(request.query.from);
      if (!from) {
        throw new DomainError('VALIDATION_FAILED', 'Dữ liệu không hợp lệ.', 'The request is not valid.', {
          fields: [
            fieldError(
              'from',
              `"${request.query.from}" không phải là ngày hợp lệ (YYYY-MM-DD).`,
              `"${request.query.from}" is not a valid date (YYYY-MM-DD).`,
            ),
          ],
        });
      }
      const due = addWorkingDays(await calendar.calendar(), from, request.query.days);
      return { from, days: request.query.days, due };
    },
  );

  app.get(
    '/api/calendar/holidays',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Days off and swapped working days of a year; `status` is provisional without a decision',
        querystring: Type.Object({ year: YearParam }, { additionalProperties: false }),
        response: { 200: YearScheduleSchema },
      },
    },
    async (request) => (await calendar.calendar()).schedule(request.query.year),
  );

  app.put(
    '/api/admin/calendar/:year',
    {
      schema: {
        tags: ['admin'],
        summary: "Enter a year's official schedule (Tết window, swaps) as decided by the Government",
        params: Type.Object({ year: YearParam }),
        body: Type.Object(
          {
            source: Type.String({ minLength: 1, maxLength: 500 }),
            days: Type.Array(CalendarDaySchema, { maxItems: 120 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: YearScheduleSchema },
      },
    },
    async (request) => {
      const actor = await requireRole(db, request, 'system-admin');
      const checked = validateYearSchedule({
        year: request.params.year,
        status: 'official',
        source: request.body.source,
        days: request.body.days,
      });
      if (!checked.ok) {
        throw new DomainError(
          'VALIDATION_FAILED',
          'Lịch năm không hợp lệ.',
          'The year schedule is not valid.',
          {
            fields: checked.errors,
          },
        );
      }
      await calendar.save(checked.value, actor.username);
      return (await calendar.calendar()).schedule(request.params.year);
    },
  );
}
