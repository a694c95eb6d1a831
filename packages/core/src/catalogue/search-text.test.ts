import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVERYDAY_FILLER_WORDS, foldVietnamese, MAX_SEARCH_TERMS, searchTerms } from './search-text.ts';

describe('foldVietnamese', () => {
  it.each([
    ['Đăng ký khai sinh', 'dang ky khai sinh'],
    ['CHỨNG THỰC  BẢN SAO', 'chung thuc ban sao'],
    ['Giỗ Tổ Hùng Vương', 'gio to hung vuong'],
    ['Xác nhận tình trạng hôn nhân', 'xac nhan tinh trang hon nhan'],
  ])('folds %s', (input, folded) => {
    expect(foldVietnamese(input)).toBe(folded);
  });

  it('is idempotent and yields plain ASCII for Vietnamese letters', () => {
    const letters =
      'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ ';
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...letters, ...letters.toUpperCase()) }), (s) => {
        const folded = foldVietnamese(s);
        expect(foldVietnamese(folded)).toBe(folded);
        expect(folded).toMatch(/^[a-z ]*$/);
      }),
    );
  });
});

describe('searchTerms', () => {
  it.each([
    ['Làm giấy khai sinh cho con', ['giay', 'khai', 'sinh', 'con']],
    ['thủ tục đăng ký hộ khẩu ở đâu?', ['dang', 'ky', 'ho', 'khau']],
    ['xin giấy phép xây dựng nhà', ['giay', 'phep', 'xay', 'dung', 'nha']],
    ['  ', []],
  ])('keeps the words that name something in %j', (query, terms) => {
    expect(searchTerms(query)).toEqual(terms);
  });

  it('gives at most the bound of distinct words, each only letters and digits, never a filler word', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (query) => {
        const terms = searchTerms(query);
        expect(terms.length).toBeLessThanOrEqual(MAX_SEARCH_TERMS);
        expect(new Set(terms).size).toBe(terms.length);
        for (const t of terms) {
          expect(t).toMatch(/^[a-z0-9]+$/);
          expect(EVERYDAY_FILLER_WORDS.has(t)).toBe(false);
        }
      }),
    );
  });
});
