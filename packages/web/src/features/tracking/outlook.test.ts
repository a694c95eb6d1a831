import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { vi } from '../../i18n/vi';
import { countdownPhrase, countdownTone, forecastPhrase } from './outlook';

// A standalone i18next with the app's dictionaries: the real plural and interpolation rules.
const i18n = i18next.createInstance();
await i18n.init({
  lng: 'vi',
  resources: { vi: { translation: vi }, en: { translation: en } },
  interpolation: { escapeValue: false },
});
type Said = { key: string; values?: Record<string, string | number> } | null;
const say = (phrase: Said, lang: 'vi' | 'en' = 'vi') =>
  phrase ? i18n.getFixedT(lang)(phrase.key, phrase.values) : null;

describe('the tracking page’s countdown', () => {
  it('says the working days left, due today, or overdue by working days', () => {
    expect(say(countdownPhrase({ kind: 'remaining', workingDays: 3 }))).toBe('Còn 3 ngày làm việc');
    expect(say(countdownPhrase({ kind: 'due-today', workingDays: 0 }))).toBe('Đến hạn hôm nay');
    expect(say(countdownPhrase({ kind: 'overdue', workingDays: 2 }))).toBe('Quá hạn 2 ngày làm việc');
    expect(say(countdownPhrase({ kind: 'overdue', workingDays: 0 }))).toBe('Đã quá hạn');
    expect(say(countdownPhrase({ kind: 'paused', workingDays: 0 }))).toMatch(/^Tạm dừng tính thời hạn/);
    expect(say(countdownPhrase({ kind: 'remaining', workingDays: 1 }), 'en')).toBe('1 working day left');
    expect(countdownPhrase(null)).toBeNull();
    expect(countdownPhrase(undefined)).toBeNull();
  });

  it('stands out when due today or overdue', () => {
    expect(countdownTone({ kind: 'remaining', workingDays: 3 })).toBe('calm');
    expect(countdownTone({ kind: 'remaining', workingDays: 1 })).toBe('soon');
    expect(countdownTone({ kind: 'due-today', workingDays: 0 })).toBe('soon');
    expect(countdownTone({ kind: 'overdue', workingDays: 1 })).toBe('late');
  });
});

describe('the tracking page’s forecast', () => {
  const date = (iso: string) => iso.split('-').reverse().join('/');

  it('gives the median date and the 80 % band, and how many dossiers it comes from', () => {
    const f = forecastPhrase(
      { kind: 'forecast', date: '2026-12-08', earliest: '2026-12-07', latest: '2026-12-11', samples: 42 },
      date,
    );
    expect(say(f?.main ?? null)).toBe('Khoảng 08/12/2026 (thường trong khoảng 07/12/2026 – 11/12/2026)');
    expect(say(f?.note ?? null)).toMatch(/^Dự báo từ thời gian thực tế của 42 hồ sơ cùng loại/);
  });

  it('says there is not enough data otherwise', () => {
    const f = forecastPhrase({ kind: 'insufficient', needed: 20 }, date);
    expect(say(f?.main ?? null)).toBe('Chưa đủ dữ liệu để dự báo');
    expect(say(f?.note ?? null)).toMatch(/^Cần ít nhất 20 hồ sơ/);
    expect(forecastPhrase(null, date)).toBeNull();
  });
});
