import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { vi as viMessages } from '../i18n/vi';
import { formatPlainDate, formatTimeLimit, formatVnd } from './format';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({
    resources: { vi: { translation: viMessages }, en: { translation: en } },
    lng: 'vi',
    interpolation: { escapeValue: false },
  });
});

describe('formatTimeLimit', () => {
  it('words each unit in Vietnamese', () => {
    const t = i18n.getFixedT('vi');
    expect(formatTimeLimit(t, { timeLimit: { value: 5, unit: 'working-days' } })).toBe('5 ngày làm việc');
    expect(formatTimeLimit(t, { timeLimit: { value: 8, unit: 'working-hours' } })).toBe('8 giờ làm việc');
    expect(formatTimeLimit(t, { timeLimit: { value: 0, unit: 'same-day' } })).toBe(
      'Trong ngày (tiếp nhận sau 15 giờ thì trả kết quả ngày làm việc tiếp theo)',
    );
    expect(formatTimeLimit(t, { timeLimit: { value: 30, unit: 'calendar-days' } })).toBe('30 ngày');
  });

  it('falls back to processingDays / processingHours', () => {
    const t = i18n.getFixedT('vi');
    expect(formatTimeLimit(t, { processingDays: 3 })).toBe('3 ngày làm việc');
    expect(formatTimeLimit(t, { processingHours: 4 })).toBe('4 giờ làm việc');
    expect(formatTimeLimit(t, {})).toBe('Chưa quy định');
  });

  it('uses English plurals', () => {
    const t = i18n.getFixedT('en');
    expect(formatTimeLimit(t, { timeLimit: { value: 1, unit: 'working-days' } })).toBe('1 working day');
    expect(formatTimeLimit(t, { timeLimit: { value: 5, unit: 'working-days' } })).toBe('5 working days');
  });
});

describe('formatVnd', () => {
  it('formats đồng the Vietnamese way and says free for 0', () => {
    const t = i18n.getFixedT('vi');
    expect(formatVnd(t, 'vi', 8000)).toBe('8.000 đ');
    expect(formatVnd(t, 'vi', 1_500_000)).toBe('1.500.000 đ');
    expect(formatVnd(t, 'vi', 0)).toBe('Miễn phí');
    expect(formatVnd(i18n.getFixedT('en'), 'en', 8000)).toBe('8,000 VND');
  });
});

describe('formatPlainDate', () => {
  it('never shifts the day, whatever the time zone', () => {
    expect(formatPlainDate('2025-02-03', 'vi')).toBe('Thứ Hai, 03/02/2025');
    expect(formatPlainDate('2025-02-03', 'en')).toBe('Monday, 03/02/2025');
    expect(formatPlainDate('not a date', 'vi')).toBe('not a date');
  });
});
