import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutDiacritics } from '../catalogue/search-text.ts';
import { isGsm7, smsCost, smsLength, smsText } from './sms.ts';

const VIETNAMESE =
  'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ';
const vietnameseText = fc
  .array(fc.constantFrom(...`${VIETNAMESE}${VIETNAMESE.toUpperCase()} 0123456789.,:-`), { maxLength: 600 })
  .map((cs) => cs.join(''));
const gsmText = fc
  .array(fc.constantFrom(...'abcXYZ 019.,!?@£$èé\n'), { maxLength: 700 })
  .map((cs) => cs.join(''));

describe('SMS segments (GSM-7 / UCS-2)', () => {
  it('counts the boundaries of each encoding', () => {
    expect(smsLength('a'.repeat(160))).toMatchObject({ encoding: 'gsm7', segments: 1 });
    expect(smsLength('a'.repeat(161))).toMatchObject({ encoding: 'gsm7', segments: 2, perSegment: 153 });
    expect(smsLength('a'.repeat(306)).segments).toBe(2);
    expect(smsLength('a'.repeat(307)).segments).toBe(3);
    expect(smsLength('€'.repeat(80))).toMatchObject({ encoding: 'gsm7', units: 160, segments: 1 });
    expect(smsLength('ồ'.repeat(70))).toMatchObject({ encoding: 'ucs2', segments: 1 });
    expect(smsLength('ồ'.repeat(71))).toMatchObject({ encoding: 'ucs2', segments: 2, perSegment: 67 });
    expect(smsLength('').segments).toBe(0);
  });

  it('a segment count always holds the text, and no fewer would', () => {
    fc.assert(
      fc.property(fc.oneof(gsmText, vietnameseText, fc.string({ maxLength: 500 })), (text) => {
        const { units, segments, perSegment } = smsLength(text);
        expect(segments * perSegment).toBeGreaterThanOrEqual(units);
        if (segments > 1) expect((segments - 1) * perSegment).toBeLessThan(units);
      }),
    );
  });

  it('appending text never makes a message cheaper in the same encoding', () => {
    fc.assert(
      fc.property(gsmText, gsmText, (a, b) => {
        expect(smsLength(a + b).segments).toBeGreaterThanOrEqual(smsLength(a).segments);
      }),
    );
  });

  it('Vietnamese without diacritics is plain GSM-7 and keeps its length in letters', () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        const plain = withoutDiacritics(text);
        expect(isGsm7(plain)).toBe(true);
        expect([...plain].length).toBe([...text.normalize('NFC')].length);
      }),
    );
    expect(withoutDiacritics('Hồ sơ đã được tiếp nhận. Đến hạn')).toBe('Ho so da duoc tiep nhan. Den han');
  });

  it('smsText never costs more than the text as written, and strips only when that saves a segment', () => {
    fc.assert(
      fc.property(vietnameseText, fc.integer({ min: 1, max: 2000 }), (text, price) => {
        const chosen = smsText(text);
        expect(chosen.length.segments).toBeLessThanOrEqual(smsLength(text).segments);
        expect(smsCost(text, price)).toBe(chosen.length.segments * price);
        if (chosen.stripped) expect(chosen.length.segments).toBeLessThan(smsLength(text).segments);
        else expect(chosen.text).toBe(text);
      }),
    );
    // A short message with diacritics stays as written (one UCS-2 segment either way is not cheaper).
    expect(smsText('Hồ sơ đã tiếp nhận').stripped).toBe(false);
  });
});
