/**
 * Public working-day and working-hour arithmetic, holiday lists (each day with its source, the year with
 * its status) and centres' office hours; admin entry of later years' decided schedules, of statutory
 * holidays a new law adds, and of office hours.
 */
import {
  addWorkingDays,
  addWorkingHours,
  administers,
  DEFAULT_OFFICE_HOURS,
  DomainError,
  fieldError,
  forbidden,
  instantFromLocalDateTime,
  isInstantWithOffset,
  localDateTimeFromInstant,
  parsePlainDate,
  StatutoryHolidayInputSchema,
  StatutoryHolidayListSchema,
  StatutoryHolidaySchema,
  sameDayDue,
  validateStatutoryHoliday,
  validateYearSchedule,
  withErrors,
  YearScheduleInputSchema,
  YearScheduleSchema,
} from '@motcua/core';
import { Type } from 'typebox';
import { requireRole, roleFirst } from '../../http/auth.ts';
import type { AppInstance } from '../../http/server.ts';
import { loadAgencyTree } from '../reference/agency-tree.ts';
import { findOfficeHours, parseOfficeHours, presentOfficeHours, saveOfficeHours } from './office-hours.ts';

export const MAX_DAYS = 1000;
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

const YearParam = Type.Integer({ minimum: MIN_YEAR, maximum: MAX_YEAR });
const Time = Type.String({ description: 'HH:MM' });
const OfficeHoursSchema = Type.Object({
  agencyCode: Type.String(),
  sessions: Type.Array(Type.Object({ start: Time, end: Time })),
  sameDayCutoff: Time,
  saturdayCounter: Type.Boolean({
    description: 'The counter opens on Saturday mornings (deadlines do not move)',
  }),
});
const Instant = Type.String({ description: 'ISO-8601 instant with offset, e.g. 2025-03-03T14:30:00+07:00' });

const duplicateHoliday = (month: number, day: number) =>
  new DomainError(
    'CONFLICT',
    `Ngày ${day}/${month} đã được khai báo là ngày lễ luật định.`,
    `${day}/${month} is already entered as a statutory holiday.`,
    { fields: [fieldError('day', 'Ngày này đã được khai báo.', 'This date is already entered.')] },
  );

/** An ISO instant with an offset, as local Vietnam time; 400 naming the field otherwise. */
function parseInstant(value: string, field: string) {
  try {
    if (!isInstantWithOffset(value)) throw new RangeError();
    return localDateTimeFromInstant(value);
  } catch {
    throw new DomainError('VALIDATION_FAILED', 'Dữ liệu không hợp lệ.', 'The request is not valid.', {
      fields: [
        fieldError(
          field,
          `"${value}" không phải thời điểm hợp lệ (ví dụ 2025-03-03T14:30:00+07:00).`,
          `"${value}" is not a valid instant (e.g. 2025-03-03T14:30:00+07:00).`,
        ),
      ],
    });
  }
}

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
        response: {
          200: Type.Object({
            from: Type.String(),
            days: Type.Integer(),
            due: Type.String(),
            status: Type.Union([Type.Literal('official'), Type.Literal('provisional')], {
              description: 'provisional when the count crosses a year whose schedule awaits its decision',
            }),
            provisionalYears: Type.Array(Type.Integer()),
          }),
        },
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
      const working = await calendar.calendar();
      const due = addWorkingDays(working, from, request.query.days);
      // The due date is only as firm as every year it was counted across (a public answer: say so).
      const provisionalYears: number[] = [];
      for (let year = Number(from.slice(0, 4)); year <= Number(due.slice(0, 4)); year++) {
        if (working.schedule(year).status === 'provisional') provisionalYears.push(year);
      }
      const status = provisionalYears.length > 0 ? ('provisional' as const) : ('official' as const);
      return { from, days: request.query.days, due, status, provisionalYears };
    },
  );

  app.get(
    '/api/calendar/holidays',
    {
      schema: {
        tags: ['calendar'],
        summary:
          "A year's days off and swapped working days, each with its source (statute, decision or estimate); " +
          '`status` is official only when every day has its statute or decision',
        querystring: Type.Object({ year: YearParam }, { additionalProperties: false }),
        response: withErrors({ 200: YearScheduleSchema }),
      },
    },
    async (request) => (await calendar.calendar()).schedule(request.query.year),
  );

  app.put(
    '/api/admin/calendar/:year',
    {
      onRequest: roleFirst(db, 'system-admin'),
      schema: {
        tags: ['admin'],
        summary:
          "Enter a year's schedule (Tết window, swaps) as decided; a day without its own source cites the year's",
        params: Type.Object({ year: YearParam }),
        body: YearScheduleInputSchema,
        response: withErrors({ 200: YearScheduleSchema }),
      },
    },
    async (request) => {
      const actor = await requireRole(db, request, 'system-admin');
      const yearSource = request.body.source.trim();
      const checked = validateYearSchedule({
        year: request.params.year,
        source: request.body.source,
        days: request.body.days.map(({ source, ...day }) => ({
          ...day,
          source: source
            ? { ...source, referenceEn: source.referenceEn ?? source.reference }
            : { basis: 'decision', reference: yearSource, referenceEn: yearSource },
        })),
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

  app.get(
    '/api/calendar/statutory-holidays',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Holidays a law added after the Labour Code 2019, each recurring from its effective date',
        response: withErrors({ 200: StatutoryHolidayListSchema }),
      },
    },
    async () => ({ items: await calendar.statutoryHolidays() }),
  );

  app.post(
    '/api/admin/calendar/statutory-holidays',
    {
      onRequest: roleFirst(db, 'system-admin'),
      schema: {
        tags: ['admin'],
        summary:
          'Add a statutory holiday when a law makes it one: it counts in every year from the effective date, never before',
        body: StatutoryHolidayInputSchema,
        response: withErrors({ 201: StatutoryHolidaySchema }),
      },
    },
    async (request, reply) => {
      const actor = await requireRole(db, request, 'system-admin');
      const existing = await calendar.statutoryHolidays();
      const { month, day } = request.body;
      if (existing.some((h) => h.month === month && h.day === day)) throw duplicateHoliday(month, day);
      const checked = validateStatutoryHoliday(request.body, existing);
      if (!checked.ok) {
        throw new DomainError('VALIDATION_FAILED', 'Ngày lễ không hợp lệ.', 'The holiday is not valid.', {
          fields: checked.errors,
        });
      }
      try {
        const saved = await calendar.addStatutoryHoliday(checked.value, actor.username);
        return reply.code(201).send(saved);
      } catch (error) {
        if ((error as { code?: string }).code === '23505') throw duplicateHoliday(month, day);
        throw error;
      }
    },
  );

  app.get(
    '/api/calendar/working-hours',
    {
      schema: {
        tags: ['calendar'],
        summary:
          'The moment reached by counting N office hours from `from` at a centre (procedures measured in hours)',
        querystring: Type.Object(
          {
            from: Instant,
            hours: Type.Integer({ minimum: 0, maximum: MAX_DAYS * 8 }),
            agency: Type.Optional(
              Type.String({ maxLength: 100, description: 'Centre whose office hours apply' }),
            ),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            from: Type.String(),
            hours: Type.Integer(),
            agency: Type.Union([Type.String(), Type.Null()]),
            due: Type.String(),
          }),
        },
      },
    },
    async (request) => {
      const start = parseInstant(request.query.from, 'from');
      const office = request.query.agency ? await findOfficeHours(db, request.query.agency) : undefined;
      const due = addWorkingHours(await calendar.calendar(), start, request.query.hours, office);
      return {
        from: request.query.from,
        hours: request.query.hours,
        agency: request.query.agency ?? null,
        due: instantFromLocalDateTime(due),
      };
    },
  );

  app.get(
    '/api/calendar/same-day-due',
    {
      schema: {
        tags: ['calendar'],
        summary:
          "Due date of a same-day ('trong ngày') procedure: after the centre's cut-off, the next working day",
        querystring: Type.Object(
          { receivedAt: Instant, agency: Type.Optional(Type.String({ maxLength: 100 })) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ receivedAt: Type.String(), sameDayCutoff: Type.String(), due: Type.String() }),
        },
      },
    },
    async (request) => {
      const receivedAt = parseInstant(request.query.receivedAt, 'receivedAt');
      const office = request.query.agency ? await findOfficeHours(db, request.query.agency) : undefined;
      const hours = office ?? { ...DEFAULT_OFFICE_HOURS, saturdayCounter: false };
      const due = sameDayDue(await calendar.calendar(), receivedAt, hours);
      return {
        receivedAt: request.query.receivedAt,
        sameDayCutoff: presentOfficeHours('', hours).sameDayCutoff,
        due,
      };
    },
  );

  app.get(
    '/api/agencies/:code/office-hours',
    {
      schema: {
        tags: ['calendar'],
        summary: "A centre's office hours and same-day cut-off",
        params: Type.Object({ code: Type.String({ maxLength: 100 }) }),
        response: { 200: OfficeHoursSchema },
      },
    },
    async (request) =>
      presentOfficeHours(request.params.code, await findOfficeHours(db, request.params.code)),
  );

  app.put(
    '/api/admin/agencies/:code/office-hours',
    {
      onRequest: roleFirst(db, 'system-admin', 'supervisor'),
      schema: {
        tags: ['admin'],
        summary:
          "Set a centre's office hours and same-day cut-off (system administrator, or the centre's supervisor)",
        params: Type.Object({ code: Type.String({ maxLength: 100 }) }),
        body: Type.Object(
          {
            sessions: Type.Array(Type.Object({ start: Time, end: Time }, { additionalProperties: false }), {
              minItems: 1,
              maxItems: 4,
            }),
            sameDayCutoff: Time,
            saturdayCounter: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
        response: { 200: OfficeHoursSchema },
      },
    },
    async (request) => {
      const actor = await requireRole(db, request, 'system-admin', 'supervisor');
      await findOfficeHours(db, request.params.code); // 404 for an unknown agency
      // A supervisor sees the province but sets only their own centre's hours.
      if (!administers(actor, await loadAgencyTree(db), request.params.code)) throw forbidden();
      const hours = parseOfficeHours(request.body);
      await saveOfficeHours(db, request.params.code, hours);
      app.ctx.reference.invalidate();
      return presentOfficeHours(request.params.code, hours);
    },
  );
}
