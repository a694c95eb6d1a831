import { describe, expect, it } from 'vitest';
import { fieldErrorMap, formatInstant, publicStatusText, statusTone } from './dossier-format';

describe('dossier-format', () => {
  it('shows instants in Vietnam time', () => {
    expect(formatInstant('2026-03-12T07:05:00Z', 'vi')).toBe('14:05 12/03/2026');
    expect(formatInstant('2026-03-12T17:30:00Z', 'en')).toBe('00:30 13/03/2026');
    expect(formatInstant(null, 'vi')).toBe('');
  });

  it('labels statuses in plain language for the public', () => {
    expect(publicStatusText('returned', undefined, 'vi')).toBe('Đã trả kết quả');
    expect(publicStatusText('mystery', 'Khác', 'vi')).toBe('Khác');
    expect(statusTone('supplement-requested')).toBe('waiting');
  });

  it('maps field paths from either notation', () => {
    const map = fieldErrorMap(
      [
        { path: 'applicant.idNumber', message: 'Sai', messageEn: 'Wrong' },
        { path: '/components/1/id', message: 'Không có' },
      ],
      'en',
    );
    expect(map).toEqual({ 'applicant.idNumber': 'Wrong', 'components[1].id': 'Không có' });
  });
});
