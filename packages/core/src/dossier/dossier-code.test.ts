import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type PlainDate, plainDate } from '../calendar/index.ts';
import {
  formatDossierCode,
  isDossierCode,
  MAX_DAILY_SEQUENCE,
  parseDossierCode,
  parseResultCode,
  parseSequencePlaces,
  resultCode,
  sequencePlaces,
} from './dossier-code.ts';

const p = (s: string): PlainDate => s as PlainDate;

describe('dossier codes (Circular 01/2018 Art. 19)', () => {
  it.each([
    ['000.00.31.H56', '2025-07-01', 1, '000.00.31.H56-250701-0001'],
    ['000.00.00.H42', '2026-12-31', 9999, '000.00.00.H42-261231-9999'],
    ['000.01.31.H42', '2000-01-01', 42, '000.01.31.H42-000101-0042'],
    ['G22.00.00.A01', '2099-02-28', 123, 'G22.00.00.A01-990228-0123'],
  ])('%s, %s, %i → %s', (agency, date, seq, code) => {
    expect(formatDossierCode(agency, p(date), seq)).toBe(code);
    expect(parseDossierCode(code)).toEqual({ agencyIdentifier: agency, date, sequence: seq });
  });

  it.each([
    [0, 'zero'],
    [MAX_DAILY_SEQUENCE + 1, 'past the last of a day'],
    [1.5, 'not an integer'],
    [-1, 'negative'],
    [Number.NaN, 'NaN'],
  ])('refuses sequence %s (%s)', (seq) => {
    expect(() => formatDossierCode('000.00.31.H56', p('2025-07-01'), seq)).toThrow(RangeError);
  });

  it.each(['000.00.31', '000.00.31.h56', '000.0.31.H56', ' 000.00.31.H56', '000-00-31-H56', ''])(
    'refuses agency identifier %j',
    (agency) => {
      expect(() => formatDossierCode(agency, p('2025-07-01'), 1)).toThrow(RangeError);
    },
  );

  it('refuses dates whose year cannot be written as 20YY', () => {
    expect(() => formatDossierCode('000.00.31.H56', p('1999-12-31'), 1)).toThrow(RangeError);
    expect(() => formatDossierCode('000.00.31.H56', p('2100-01-01'), 1)).toThrow(RangeError);
  });

  it.each([
    '000.00.31.H56-250701-0000',
    '000.00.31.H56-250701-001',
    '000.00.31.H56-250701-00001',
    '000.00.31.H56-250701-10000',
    '000.00.31.H56-250701-0A00',
    '000.00.31.H56-250701-A00O',
    '000.00.31.H56-250701-I000',
    '000.00.31.H56-250701-a000',
    '000.00.31.H56-250230-0001',
    '000.00.31.H56-251301-0001',
    '000.00.31.H56-20250701-0001',
    '000.00.31.H56-250701-0001 ',
    '000.00.31.H56_250701_0001',
    '000.00.31.h56-250701-0001',
    '000.00.31.H56-250701-0001-KQ1',
    'HS-250701-0001',
    '',
  ])('parses %j strictly as not a code', (code) => {
    expect(parseDossierCode(code)).toBeNull();
    expect(isDossierCode(code)).toBe(false);
  });

  it('round-trips every valid agency, date and sequence', () => {
    const part = (n: number) => fc.stringMatching(new RegExp(`^[0-9A-Z]{${n}}$`));
    const agency = fc
      .tuple(part(3), part(2), part(2), fc.stringMatching(/^[A-Z][0-9]{2}$/))
      .map((parts) => parts.join('.'));
    const date = fc.integer({ min: 0, max: 36524 }).map((n) => addDays(plainDate(2000, 1, 1), n));
    fc.assert(
      fc.property(agency, date, fc.integer({ min: 1, max: 9999 }), (a, d, seq) => {
        const code = formatDossierCode(a, d, seq);
        expect(code).toHaveLength(a.length + 12);
        expect(parseDossierCode(code)).toEqual({ agencyIdentifier: a, date: d, sequence: seq });
      }),
      { numRuns: 500 },
    );
  });

  it('orders codes of one agency and day by sequence when sorted as text', () => {
    const codes = [3, 12, 1, 100].map((n) => formatDossierCode('000.00.31.H56', p('2025-07-01'), n));
    expect([...codes].sort()).toEqual(
      [1, 3, 12, 100].map((n) => formatDossierCode('000.00.31.H56', p('2025-07-01'), n)),
    );
  });
});

describe('the daily sequence past 9,999 (overflow into letters, docs/domain/codes-and-identity.md)', () => {
  const agency = '000.01.31.H42';
  const day = p('2026-12-02');
  const SHAPE = /^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9]{2}-\d{6}-[0-9A-Z]{4}$/;

  it('holds 953,295 dossiers a day', () => {
    expect(MAX_DAILY_SEQUENCE).toBe(953_295);
  });

  it.each([
    [1, '0001'],
    [9999, '9999'],
    [10_000, 'A000'],
    [10_009, 'A009'],
    [10_010, 'A00A'],
    [10_033, 'A00Z'],
    [10_034, 'A010'],
    [10_000 + 34 ** 3, 'B000'],
    [MAX_DAILY_SEQUENCE, 'ZZZZ'],
  ])('number %i is written %s', (n, places) => {
    expect(sequencePlaces(n)).toBe(places);
    expect(parseSequencePlaces(places)).toBe(n);
    expect(parseDossierCode(formatDossierCode(agency, day, n))?.sequence).toBe(n);
  });

  it('writes every number of a day once, in four places of digits and capitals, in text order', () => {
    let previous = '';
    const seen = new Set<string>();
    for (let n = 1; n <= MAX_DAILY_SEQUENCE; n++) {
      const places = sequencePlaces(n);
      if (!(places > previous) || places.length !== 4) throw new Error(`${n} → ${places} after ${previous}`);
      seen.add(places);
      previous = places;
    }
    expect(seen.size).toBe(MAX_DAILY_SEQUENCE);
  });

  it('keeps the national shape for any count up to the bound: digits to 9,999, no I or O after', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_DAILY_SEQUENCE }), (n) => {
        const code = formatDossierCode(agency, day, n);
        expect(code).toMatch(SHAPE);
        expect(code).toHaveLength(25);
        const places = code.slice(-4);
        expect(/^\d{4}$/.test(places)).toBe(n <= 9999);
        expect(places).not.toMatch(/[IO]/);
        expect(parseDossierCode(code)).toEqual({ agencyIdentifier: agency, date: day, sequence: n });
      }),
      { numRuns: 2000 },
    );
  });

  it('gives two numbers two codes, ordered as the numbers', () => {
    const n = fc.integer({ min: 1, max: MAX_DAILY_SEQUENCE });
    fc.assert(
      fc.property(n, n, (a, b) => {
        fc.pre(a !== b);
        const [x, y] = [formatDossierCode(agency, day, a), formatDossierCode(agency, day, b)];
        expect(x).not.toBe(y);
        expect(x < y).toBe(a < b);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads nothing else as a number', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Za-z]{1,5}$/), (places) => {
        const n = parseSequencePlaces(places);
        if (n !== null) expect(sequencePlaces(n)).toBe(places);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('result codes (Decree 45/2020 Art. 14.3)', () => {
  const code = '000.00.31.H56-250701-0001';

  it('number results from 1 as -KQ1, -KQ2', () => {
    expect(resultCode(code, 1)).toBe('000.00.31.H56-250701-0001-KQ1');
    expect(resultCode(code, 2)).toBe('000.00.31.H56-250701-0001-KQ2');
    expect(parseResultCode('000.00.31.H56-250701-0001-KQ12')).toEqual({ dossierCode: code, n: 12 });
  });

  it('refuse a bad number or a bad dossier code', () => {
    expect(() => resultCode(code, 0)).toThrow(RangeError);
    expect(() => resultCode(code, 1.5)).toThrow(RangeError);
    expect(() => resultCode('HS-1', 1)).toThrow(RangeError);
    for (const bad of [`${code}-KQ0`, `${code}-KQ(1)`, `${code}-KQ01`, `${code}-kq1`, 'x-KQ1', code]) {
      expect(parseResultCode(bad)).toBeNull();
    }
  });

  it('round-trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (n) => {
        expect(parseResultCode(resultCode(code, n))).toEqual({ dossierCode: code, n });
      }),
    );
  });
});
