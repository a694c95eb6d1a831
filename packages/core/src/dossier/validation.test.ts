import { describe, expect, it } from 'vitest';
import {
  CITIZEN_ID_PROVINCE_CODES,
  decodeCitizenId,
  isFutureInstant,
  isInstantWithOffset,
  normalizeCitizenId,
  normalizePhone,
  validateCitizenId,
  validatePhone,
} from './validation.ts';

describe('validateCitizenId', () => {
  it.each([
    ['001099012345', 'Hà Nội, male born 1999'],
    ['037301001234', 'Ninh Bình, female born 2001'],
    ['079200000001', 'TP HCM, male born 2000'],
    ['096185123456', 'Cà Mau, female born 1985'],
    ['046999999999', 'Thừa Thiên Huế, any gender/century digit'],
  ])('accepts %s (%s)', (id) => {
    expect(validateCitizenId(id)).toBeNull();
  });

  it.each([
    ['00109901234', 'eleven digits'],
    ['0010990123456', 'thirteen digits'],
    ['001 099 012 345', 'spaces (normalise first)'],
    ['00109901234a', 'a letter'],
    ['', 'empty'],
    ['123456789', 'old 9-digit CMND'],
  ])('refuses %j (%s) as not 12 digits', (id) => {
    expect(validateCitizenId(id)?.messageEn).toBe('The personal ID number must be exactly 12 digits.');
  });

  it.each([
    ['000099012345', 'no province 000'],
    ['003099012345', 'gap in the list (003)'],
    ['097099012345', 'beyond 096'],
    ['999099012345', 'far beyond'],
  ])('refuses %s (%s) for its province code', (id) => {
    expect(validateCitizenId(id)?.message).toContain('mã tỉnh');
  });

  it('knows the 63 provincial codes from 001 to 096', () => {
    expect(CITIZEN_ID_PROVINCE_CODES.size).toBe(63);
    for (const c of CITIZEN_ID_PROVINCE_CODES) expect(c >= '001' && c <= '096').toBe(true);
  });

  it('normalises the spaces people type', () => {
    expect(normalizeCitizenId(' 001 099 012 345 ')).toBe('001099012345');
  });

  it.each([
    ['001099012345', 'male', 1999],
    ['001199012345', 'female', 1999],
    ['001200012345', 'male', 2000],
    ['001325012345', 'female', 2025],
    ['001850012345', 'male', 1850],
  ])('decodes %s as %s born %i', (id, gender, birthYear) => {
    expect(decodeCitizenId(id)).toEqual({ provinceCode: '001', gender, birthYear });
  });

  it('decodes nothing from an invalid ID', () => {
    expect(decodeCitizenId('000099012345')).toBeNull();
  });
});

describe('validatePhone', () => {
  it.each([
    ['0912345678', '0912345678'],
    ['0312345678', '0312345678'],
    ['0561234567', '0561234567'],
    ['0701234567', '0701234567'],
    ['0861234567', '0861234567'],
    ['091 234 5678', '0912345678'],
    ['091.234.5678', '0912345678'],
    ['091-234-5678', '0912345678'],
    ['+84912345678', '0912345678'],
    ['+84 91 234 5678', '0912345678'],
    ['02438123456', '02438123456'],
    ['0229 3871 234', '02293871234'],
    ['+842438123456', '02438123456'],
  ])('accepts %j as %s', (input, canonical) => {
    expect(validatePhone(input)).toBeNull();
    expect(normalizePhone(input)).toBe(canonical);
  });

  it.each([
    ['091234567', 'nine digits'],
    ['09123456789', 'eleven-digit mobile'],
    ['0112345678', '01x is not a mobile prefix'],
    ['0412345678', '04x is not a mobile prefix'],
    ['0612345678', '06x is not a mobile prefix'],
    ['0243812345', 'ten-digit landline'],
    ['84912345678', '84 without +'],
    ['+8409123456789', '+84 followed by 0'],
    ['912345678', 'no leading 0'],
    ['0912345abc', 'letters'],
    ['', 'empty'],
  ])('refuses %j (%s)', (input) => {
    expect(validatePhone(input)).not.toBeNull();
    expect(normalizePhone(input)).toBeNull();
  });
});

describe('isFutureInstant', () => {
  const now = '2025-07-01T10:00:00+07:00';
  it.each([
    ['2025-07-01T10:00:01+07:00', true],
    ['2025-07-01T10:00:00+07:00', false],
    ['2025-07-01T03:00:00Z', false],
    ['2025-07-01T03:00:00.001Z', true],
    ['2025-06-30T23:59:59+07:00', false],
  ])('%s after %s: %s', (at, expected) => {
    expect(isFutureInstant(at, now)).toBe(expected);
  });

  it('accepts now as epoch milliseconds', () => {
    expect(isFutureInstant('2025-07-01T03:00:00.001Z', Date.UTC(2025, 6, 1, 3))).toBe(true);
    expect(isFutureInstant('2025-07-01T03:00:00Z', Date.UTC(2025, 6, 1, 3))).toBe(false);
  });

  it('throws on an instant without an offset', () => {
    expect(() => isFutureInstant('2025-07-01T10:00:00', now)).toThrow(RangeError);
  });
});

describe('isInstantWithOffset', () => {
  it.each([
    ['2025-03-03T14:30:00+07:00', true],
    ['2025-03-03T07:30Z', true],
    ['2025-03-03T14:30:00', false], // no offset: would be read in the server's zone
    ['2026-02-30T08:00+07:00', false], // Date.parse would roll it over to 2 March
    ['2025-03-03T24:30+07:00', false],
    ['2025-03-03T14:60+07:00', false],
    ['not a time', false],
  ])('%s → %s', (value, ok) => {
    expect(isInstantWithOffset(value)).toBe(ok);
  });
});
