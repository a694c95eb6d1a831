import { describe, expect, it } from 'vitest';
import type { PlainDate } from './plain-date.ts';
import { validateYearSchedule } from './schedule-validation.ts';

const VIETNAMESE_LETTERS = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

describe('validateYearSchedule', () => {
  const SRC = {
    basis: 'decision',
    reference: 'Thông báo thử 1/TB-BNV ngày 01/12/2024',
    referenceEn: 'Test notice 1/TB-BNV of 1 Dec 2024',
  } as const;
  const day = (
    date: string,
    kind: string,
    name = 'Ngày thử',
    nameEn = 'Test day',
    source: unknown = SRC,
  ) => ({
    date,
    kind,
    name,
    nameEn,
    source,
  });
  const schedule = (days: unknown[], extra: Record<string, unknown> = {}) => ({
    year: 2025,
    source: 'Thông báo thử',
    days,
    ...extra,
  });
  const errorsOf = (input: unknown) => {
    const r = validateYearSchedule(input);
    if (r.ok) throw new Error('expected errors');
    return r.errors;
  };

  it('accepts a valid schedule and returns its days sorted, names trimmed', () => {
    const r = validateYearSchedule(
      schedule([day('2025-05-02', 'swap-off'), day('2025-04-26', 'swap-work', ' Làm bù ', ' Make-up ')]),
    );
    expect(r).toEqual({
      ok: true,
      value: {
        year: 2025,
        status: 'official',
        source: 'Thông báo thử',
        days: [
          {
            date: '2025-04-26' as PlainDate,
            name: 'Làm bù',
            nameEn: 'Make-up',
            kind: 'swap-work',
            source: SRC,
          },
          {
            date: '2025-05-02' as PlainDate,
            name: 'Ngày thử',
            nameEn: 'Test day',
            kind: 'swap-off',
            source: SRC,
          },
        ],
      },
    });
  });

  it('derives the status from the sources: one estimate makes the year provisional, and so does an empty one', () => {
    const estimate = { basis: 'estimate', reference: 'Tạm tính', referenceEn: 'Estimate' };
    const r = validateYearSchedule(
      schedule([
        day('2025-01-01', 'holiday'),
        day('2025-09-01', 'holiday', 'Quốc khánh', 'National Day', estimate),
      ]),
    );
    expect(r.ok && r.value.status).toBe('provisional');
    const e = validateYearSchedule(schedule([]));
    expect(e.ok && e.value.status).toBe('provisional');
    // A status sent by the caller is not taken.
    const claimed = validateYearSchedule(
      schedule([day('2025-09-01', 'holiday', 'x', 'x', estimate)], { status: 'official' }),
    );
    expect(claimed.ok && claimed.value.status).toBe('provisional');
  });

  it('allows a holiday on a weekend', () => {
    expect(validateYearSchedule(schedule([day('2025-01-25', 'holiday')])).ok).toBe(true);
  });

  it.each([
    ['not an object', 42, ''],
    ['an array', [], ''],
    ['year out of range', schedule([], { year: 1899 }), 'year'],
    ['year not an integer', schedule([], { year: 2025.5 }), 'year'],
    ['source not a string', schedule([], { source: null }), 'source'],
    ['days not an array', schedule([], { days: {} }), 'days'],
    ['a day not an object', schedule(['2025-01-01']), 'days[0]'],
    ['impossible date', schedule([day('2025-02-30', 'holiday')]), 'days[0].date'],
    ['unpadded date', schedule([day('2025-2-3', 'holiday')]), 'days[0].date'],
    ['date in another year', schedule([day('2024-12-31', 'holiday')]), 'days[0].date'],
    [
      'duplicate date',
      schedule([day('2025-01-01', 'holiday'), day('2025-01-01', 'holiday')]),
      'days[1].date',
    ],
    ['unknown kind', schedule([day('2025-01-02', 'vacation')]), 'days[0].kind'],
    ['swap-work on a Monday', schedule([day('2025-04-28', 'swap-work')]), 'days[0].kind'],
    ['swap-off on a Saturday', schedule([day('2025-04-26', 'swap-off')]), 'days[0].kind'],
    ['compensatory on a Sunday', schedule([day('2025-04-27', 'compensatory')]), 'days[0].kind'],
    ['empty name', schedule([day('2025-01-01', 'holiday', '  ')]), 'days[0].name'],
    [
      'a day without its source',
      schedule([day('2025-01-01', 'holiday', 'Tết', 'NY', null)]),
      'days[0].source',
    ],
    [
      'an unknown basis',
      schedule([day('2025-01-01', 'holiday', 'Tết', 'NY', { ...SRC, basis: 'rumour' })]),
      'days[0].source.basis',
    ],
    [
      'an empty reference',
      schedule([day('2025-01-01', 'holiday', 'Tết', 'NY', { ...SRC, reference: ' ' })]),
      'days[0].source.reference',
    ],
    [
      'missing English name',
      schedule([{ date: '2025-01-01', kind: 'holiday', name: 'Tết' }]),
      'days[0].nameEn',
    ],
  ])('rejects %s', (_label, input, path) => {
    const errors = errorsOf(input);
    expect(errors.map((e) => e.path)).toContain(path);
    for (const e of errors) {
      expect(e.message).toMatch(VIETNAMESE_LETTERS);
      expect(e.messageEn).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it('reports every problem at once, with its path', () => {
    const errors = errorsOf(
      schedule([day('2025-04-28', 'swap-work', ''), day('2026-01-01', 'holiday')], { source: 1 }),
    );
    expect(errors.map((e) => e.path)).toEqual(['source', 'days[0].kind', 'days[0].name', 'days[1].date']);
    expect(errors[1]?.message).toBe('Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; 2025-04-28 là thứ Hai.');
    expect(errors[1]?.messageEn).toBe(
      'A make-up working day must be a Saturday or Sunday; 2025-04-28 is a Monday.',
    );
  });
});
