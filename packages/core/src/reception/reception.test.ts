import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  createWorkingCalendar,
  fromEpochDay,
  OFFICIAL_SCHEDULES,
  type PlainDate,
  toEpochDay,
} from '../calendar/index.ts';
import { DomainError } from '../errors.ts';
import { checkContacts } from './contacts.ts';
import { acceptsQuestions, checkCommitment, commitmentStatus } from './dialogue.ts';
import { checkReceptionRecord } from './record.ts';
import {
  admitToSession,
  checkRegistration,
  normalizeRegistrationCode,
  placesLeft,
  registrationCodeFromIndices,
} from './registration.ts';
import { dutyOfAgencyKind, FREQUENCY_RULES, type FrequencyRule, frequencyRuleInForce } from './rules.ts';
import { expandSchedule, frequencyGaps, isoWeekday, type ScheduleEntry, weekStart } from './schedule.ts';

const cal = createWorkingCalendar(OFFICIAL_SCHEDULES);
const D = (s: string) => s as PlainDate;
const weekly = (weekday: number, extra: Partial<ScheduleEntry> = {}): ScheduleEntry => ({
  id: `w${weekday}`,
  receiverRole: 'head',
  receiverName: 'Ông Đỗ Quang Hải, Chủ tịch UBND xã',
  recurrence: { kind: 'weekly', weekday },
  session: 'morning',
  place: 'Phòng tiếp công dân, trụ sở UBND xã',
  capacity: 5,
  validFrom: D('2025-01-01'),
  ...extra,
});

describe('the frequency rules', () => {
  it('commune chairman weekly, provincial chairman and agency heads monthly, from 1/7/2014', () => {
    expect(frequencyRuleInForce('commune-chairman', D('2026-03-02'))).toMatchObject({
      period: 'week',
      minDays: 1,
    });
    expect(frequencyRuleInForce('provincial-chairman', D('2026-03-02'))).toMatchObject({ period: 'month' });
    expect(frequencyRuleInForce('agency-head', D('2026-03-02'))).toMatchObject({ period: 'month' });
    expect(frequencyRuleInForce('agency-head', D('2014-06-30'))).toBeNull();
    expect(dutyOfAgencyKind('ubnd-xa')).toBe('commune-chairman');
    expect(dutyOfAgencyKind('ubnd-tinh')).toBe('provincial-chairman');
    expect(dutyOfAgencyKind('so-tu-phap')).toBe('agency-head');
    expect(dutyOfAgencyKind('one-stop-section')).toBeNull();
  });
});

describe('the minimum-frequency checker', () => {
  it('a weekly Thursday session meets the commune rule; the Tết week (no working day) needs none', () => {
    const sessions = expandSchedule([weekly(4)], D('2026-02-02'), D('2026-03-01'), cal);
    // 19/2 (Thursday of Tết) is a holiday: not held.
    expect(sessions.map((s) => s.date)).toEqual(['2026-02-05', '2026-02-12', '2026-02-26']);
    expect(
      frequencyGaps({ duty: 'commune-chairman', sessions, from: D('2026-02-02'), to: D('2026-03-01'), cal }),
    ).toEqual([]);
  });
  it('a week with working days but no head session is a gap; a deputy does not count', () => {
    const sessions = expandSchedule(
      [weekly(2, { validTo: D('2026-03-08') }), weekly(3, { id: 'dep', receiverRole: 'deputy' })],
      D('2026-03-02'),
      D('2026-03-15'),
      cal,
    );
    const gaps = frequencyGaps({
      duty: 'commune-chairman',
      sessions,
      from: D('2026-03-02'),
      to: D('2026-03-15'),
      cal,
    });
    expect(gaps).toEqual([
      expect.objectContaining({
        period: 'week',
        start: '2026-03-09',
        end: '2026-03-15',
        heldDays: 0,
        required: 1,
      }),
    ]);
  });
  it('a week of Tết with one working day left still needs its session', () => {
    // Week of 9–15/2/2026: Mon–Fri working; a Saturday-only schedule holds nothing.
    const sessions = expandSchedule([weekly(6)], D('2026-02-09'), D('2026-02-15'), cal);
    expect(sessions).toEqual([]);
    expect(
      frequencyGaps({ duty: 'commune-chairman', sessions, from: D('2026-02-09'), to: D('2026-02-15'), cal }),
    ).toHaveLength(1);
  });
  it('a monthly rule: the 15th, which in August 2026 is a Saturday, leaves August short', () => {
    const entries = [weekly(0, { id: 'm', recurrence: { kind: 'monthly', day: 15 } })];
    const sessions = expandSchedule(entries, D('2026-07-01'), D('2026-09-30'), cal);
    const gaps = frequencyGaps({
      duty: 'agency-head',
      sessions,
      from: D('2026-07-01'),
      to: D('2026-09-30'),
      cal,
    });
    expect(gaps.map((g) => g.start)).toEqual(['2026-08-01']);
  });
  it('a later row changes the period from its effective date', () => {
    const rules: FrequencyRule[] = [
      ...FREQUENCY_RULES,
      { ...FREQUENCY_RULES[0]!, effectiveFrom: D('2026-07-01'), period: 'month', basis: 'test' },
    ];
    const sessions = [{ date: D('2026-07-02'), receiverRole: 'head' as const }];
    const gaps = frequencyGaps({
      duty: 'commune-chairman',
      sessions,
      from: D('2026-06-22'),
      to: D('2026-07-31'),
      cal,
      rules,
    });
    expect(gaps.map((g) => [g.period, g.start])).toEqual([['week', '2026-06-22']]);
  });

  const day = fc
    .integer({ min: toEpochDay(D('2025-01-01')), max: toEpochDay(D('2027-12-31')) })
    .map(fromEpochDay);
  const sessionsArb = fc.array(
    fc.record({
      date: day,
      receiverRole: fc.constantFrom('head' as const, 'deputy' as const, 'officer' as const),
    }),
    { maxLength: 60 },
  );

  it('property: every reported week has working days and no head session on a working day in it', () => {
    fc.assert(
      fc.property(sessionsArb, day, fc.integer({ min: 0, max: 120 }), (sessions, from, span) => {
        const to = addDays(from, span);
        const gaps = frequencyGaps({ duty: 'commune-chairman', sessions, from, to, cal });
        for (const g of gaps) {
          expect(isoWeekday(g.start)).toBe(1);
          expect(g.end).toBe(addDays(g.start, 6));
          let working = 0;
          for (let d = g.start; d <= g.end; d = addDays(d, 1)) if (cal.isWorkingDay(d)) working++;
          expect(working).toBeGreaterThan(0);
          expect(
            sessions.some(
              (s) =>
                s.receiverRole === 'head' && s.date >= g.start && s.date <= g.end && cal.isWorkingDay(s.date),
            ),
          ).toBe(false);
        }
      }),
    );
  });

  it('property: every week touching the range that is not reported has a head session or no working day', () => {
    fc.assert(
      fc.property(sessionsArb, day, fc.integer({ min: 0, max: 120 }), (sessions, from, span) => {
        const to = addDays(from, span);
        const reported = new Set(
          frequencyGaps({ duty: 'commune-chairman', sessions, from, to, cal }).map((g) => g.start),
        );
        for (let w = weekStart(from); w <= to; w = addDays(w, 7)) {
          if (reported.has(w)) continue;
          const days = [...Array(7)].map((_, i) => addDays(w, i));
          const ok =
            days.every((d) => !cal.isWorkingDay(d)) ||
            sessions.some(
              (s) => s.receiverRole === 'head' && days.includes(s.date) && cal.isWorkingDay(s.date),
            );
          expect(ok).toBe(true);
        }
      }),
    );
  });

  it('property: adding a head session on a working day never adds a gap (monotone)', () => {
    fc.assert(
      fc.property(sessionsArb, day, day, (sessions, from, extra) => {
        const to = addDays(from, 90);
        const before = frequencyGaps({ duty: 'agency-head', sessions, from, to, cal }).length;
        const after = frequencyGaps({
          duty: 'agency-head',
          sessions: [...sessions, { date: extra, receiverRole: 'head' }],
          from,
          to,
          cal,
        }).length;
        expect(after).toBeLessThanOrEqual(before);
      }),
    );
  });
});

describe('registration', () => {
  const today = D('2026-03-02');
  const input = {
    entryId: 'w4',
    date: '2026-03-05',
    session: 'morning',
    fullName: ' Nguyễn Văn An ',
    phone: '0912 345 678',
    subject: 'Tranh chấp đất',
  };
  it('takes a session in the schedule and normalises the fields', () => {
    const { registration } = checkRegistration(input, [weekly(4)], today, cal);
    expect(registration).toMatchObject({
      fullName: 'Nguyễn Văn An',
      phone: '0912345678',
      date: '2026-03-05',
    });
  });
  it('refuses a day with no session, a past day, a bad phone, naming the field', () => {
    const fieldsOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as DomainError).fields?.map((x) => x.path);
      }
      return [];
    };
    expect(
      fieldsOf(() => checkRegistration({ ...input, date: '2026-03-04' }, [weekly(4)], today, cal)),
    ).toEqual(['entryId']);
    expect(
      fieldsOf(() => checkRegistration({ ...input, date: '2026-02-26' }, [weekly(4)], today, cal)),
    ).toEqual(['date']);
    expect(fieldsOf(() => checkRegistration({ ...input, phone: '123' }, [weekly(4)], today, cal))).toEqual([
      'phone',
    ]);
  });
  it('codes round-trip when typed back loosely', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 10, maxLength: 10 }), (idx) => {
        const code = registrationCodeFromIndices(idx);
        expect(normalizeRegistrationCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code);
      }),
    );
    expect(normalizeRegistrationCode('TCD-00000-00000')).toBeNull();
  });
  it('property: a session never takes more than its capacity, and takes every request until full', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.constantFrom('book' as const, 'cancel' as const), { maxLength: 100 }),
        (capacity, ops) => {
          let taken = 0;
          for (const op of ops) {
            if (op === 'cancel') {
              taken = Math.max(0, taken - 1);
              continue;
            }
            const before = taken;
            try {
              admitToSession(taken, capacity);
              taken++;
            } catch (e) {
              expect((e as DomainError).code).toBe('CONFLICT');
              expect(before).toBe(capacity);
            }
            expect(taken).toBeLessThanOrEqual(capacity);
            expect(placesLeft(taken, capacity)).toBe(capacity - taken);
          }
        },
      ),
    );
  });
});

describe('reception records, dialogues, contacts', () => {
  const base = {
    date: '2026-03-05',
    session: 'morning',
    receiverRole: 'head',
    receiverName: 'Đỗ Quang Hải',
    visitors: [{ fullName: 'Nguyễn Văn An' }],
    content: 'Đề nghị xem xét quyết định thu hồi đất',
  };
  it('a refusal needs a ground of Art. 9; an answer needs its text', () => {
    expect(() => checkReceptionRecord({ ...base, outcome: 'refused' }, D('2026-03-05'))).toThrow(DomainError);
    expect(
      checkReceptionRecord({ ...base, outcome: 'refused', refusalGround: 'incapacitated' }, D('2026-03-05'))
        .refusalGround,
    ).toBe('incapacitated');
    expect(() => checkReceptionRecord({ ...base, outcome: 'answered' }, D('2026-03-05'))).toThrow(
      DomainError,
    );
    expect(() => checkReceptionRecord({ ...base, outcome: 'complaint' }, D('2026-03-04'))).toThrow(
      DomainError,
    );
  });
  it('commitments: overdue when past due and not done; done late when done after the due date', () => {
    const c = checkCommitment({ text: 'Sửa đường', responsible: 'UBND xã', dueDate: '2026-04-30' });
    expect(commitmentStatus(c, D('2026-05-01'))).toBe('overdue');
    expect(commitmentStatus({ ...c, state: 'done', doneOn: D('2026-05-02') }, D('2026-06-01'))).toBe(
      'done-late',
    );
    expect(() =>
      checkCommitment({ text: 'x', responsible: 'y', dueDate: '2026-04-30', state: 'done' }),
    ).toThrow(DomainError);
    expect(acceptsQuestions(D('2026-04-10'), D('2026-04-09'))).toBe(true);
    expect(acceptsQuestions(D('2026-04-10'), D('2026-04-10'))).toBe(false);
  });
  it('contacts accept short and 1900 numbers and refuse letters', () => {
    expect(
      checkContacts({
        hotline: '1900 1234',
        email: '',
        persons: [{ fullName: 'A', title: 'Chủ tịch', phone: '0229.3871.234' }],
      }).hotline,
    ).toBe('1900 1234');
    expect(() => checkContacts({ hotline: 'abc', email: '', persons: [] })).toThrow(DomainError);
  });
});
