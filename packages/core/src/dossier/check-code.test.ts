import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHECK_CODE_ALPHABET,
  CHECK_CODE_LENGTH,
  checkCodeFromBytes,
  isCheckCode,
  normaliseCheckCode,
  trackingPath,
} from './check-code.ts';
import { dossierCodePrefix } from './dossier-code.ts';

const bytes = fc.uint8Array({ minLength: CHECK_CODE_LENGTH, maxLength: 16 });

describe('check codes (issue 9, item 10)', () => {
  it('is Crockford’s base32: 32 characters without I, L, O, U', () => {
    expect(CHECK_CODE_ALPHABET).toHaveLength(32);
    expect(new Set(CHECK_CODE_ALPHABET).size).toBe(32);
    expect(CHECK_CODE_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it('makes six characters of the alphabet from any bytes, the same from the same bytes', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        const code = checkCodeFromBytes(b);
        expect(code).toHaveLength(6);
        expect(isCheckCode(code)).toBe(true);
        expect(checkCodeFromBytes(Uint8Array.from(b))).toBe(code);
      }),
    );
  });

  it('uses every byte’s value: each of the 256 values picks character value % 32 (uniform)', () => {
    const counts = new Map<string, number>();
    for (let v = 0; v < 256; v++) {
      const code = checkCodeFromBytes(new Uint8Array(6).fill(v));
      expect(code).toBe(CHECK_CODE_ALPHABET[v % 32]!.repeat(6));
      counts.set(code[0]!, (counts.get(code[0]!) ?? 0) + 1);
    }
    expect([...counts.values()]).toEqual(new Array(32).fill(8));
  });

  it('refuses fewer than six bytes', () => {
    expect(() => checkCodeFromBytes(new Uint8Array(5))).toThrow(RangeError);
  });

  it('reads back what people type: any case, spaces and hyphens, O for 0, I and L for 1', () => {
    fc.assert(
      fc.property(
        bytes,
        fc.array(fc.constantFrom(' ', '-', '  '), { minLength: 7, maxLength: 7 }),
        fc.boolean(),
        (b, gaps, lower) => {
          const code = checkCodeFromBytes(b);
          let typed: string = gaps[0]!;
          for (let i = 0; i < code.length; i++) typed += code[i]! + gaps[i + 1]!;
          typed = typed.replace(/0/g, 'O').replace(/1/g, () => (lower ? 'l' : 'I'));
          expect(normaliseCheckCode(lower ? typed.toLowerCase() : typed)).toBe(code);
        },
      ),
    );
  });

  it.each([
    ['ab3-k9z', 'AB3K9Z'],
    [' 0O1 IL2 ', '001112'],
    ['ZZZZZZ', 'ZZZZZZ'],
  ])('%j → %s', (typed, code) => {
    expect(normaliseCheckCode(typed)).toBe(code);
  });

  it.each(['', 'AB3K9', 'AB3K9ZZ', 'AB3K9U', 'AB3K9_', 'ÀB3K9Z', 'AB3K 9Z1'])('refuses %j', (typed) => {
    expect(normaliseCheckCode(typed)).toBeNull();
  });

  it('never accepts what is not six characters of the alphabet', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (typed) => {
        const code = normaliseCheckCode(typed);
        if (code !== null) expect(isCheckCode(code)).toBe(true);
      }),
    );
  });

  it('builds the tracking page’s address with the code in its query', () => {
    expect(trackingPath('000.01.31.H42-250303-0012', 'AB3K9Z')).toBe(
      '/tra-cuu/000.01.31.H42-250303-0012?check=AB3K9Z',
    );
    expect(trackingPath('000.01.31.H42-250303-0012')).toBe('/tra-cuu/000.01.31.H42-250303-0012');
  });
});

describe('the code prefix the public lookup is limited by', () => {
  it('is the agency and the day', () => {
    expect(dossierCodePrefix('000.01.31.H42-250303-0012')).toBe('000.01.31.H42-250303');
    expect(dossierCodePrefix('000.01.31.H42-250303-A00Z')).toBe('000.01.31.H42-250303');
    expect(dossierCodePrefix('000.01.31.H42-250303')).toBeNull();
    expect(dossierCodePrefix('x')).toBeNull();
  });
});
