import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldVietnamese } from './search-text.ts';

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
