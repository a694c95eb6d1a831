import { describe, expect, it } from 'vitest';
import { mapFieldErrors } from './field-errors';

describe('mapFieldErrors', () => {
  it('puts row errors on their row and field, in the UI language', () => {
    const map = mapFieldErrors(
      [
        { path: 'days[2].date', message: 'Ngày không hợp lệ.', messageEn: 'Invalid date.' },
        { path: 'days[2].kind', message: 'Sai loại.' },
        { path: '/days/0/nameEn', message: 'Bắt buộc.' },
        { path: 'days[4]', message: 'Trùng ngày.' },
        { path: 'days[5].source.reference', message: 'Thiếu văn bản.' },
        { path: 'days[5].source.basis', message: 'Sai căn cứ.' },
        { path: '/days/6/source', message: 'Thiếu căn cứ.' },
        { path: 'source', message: 'Thiếu căn cứ.' },
        { path: 'year', message: 'Năm sai.' },
      ],
      'en',
    );
    expect(map.rows.get(2)).toEqual({ date: 'Invalid date.', kind: 'Sai loại.' });
    expect(map.rows.get(0)).toEqual({ nameEn: 'Bắt buộc.' });
    expect(map.rows.get(4)).toEqual({ row: 'Trùng ngày.' });
    expect(map.rows.get(5)).toEqual({ reference: 'Thiếu văn bản.', basis: 'Sai căn cứ.' });
    expect(map.rows.get(6)).toEqual({ reference: 'Thiếu căn cứ.' });
    expect(map.source).toBe('Thiếu căn cứ.');
    expect(map.other).toEqual(['year: Năm sai.']);
  });
});
