import { describe, expect, it } from 'vitest';
import {
  DOSSIER_STATUSES,
  isStatusKey,
  OPEN_STATUSES,
  STATUS_KEYS,
  statusByCode,
  statusByKey,
  TERMINAL_STATUSES,
} from './statuses.ts';

describe('dossier statuses', () => {
  it('are the ten national codes in order with their official labels', () => {
    expect(DOSSIER_STATUSES.map((s) => [s.code, s.key, s.label])).toEqual([
      [1, 'new', 'Mới đăng ký'],
      [2, 'received', 'Được tiếp nhận'],
      [3, 'refused', 'Không được tiếp nhận'],
      [4, 'processing', 'Đang xử lý'],
      [5, 'supplement-requested', 'Yêu cầu bổ sung giấy tờ'],
      [6, 'payment-requested', 'Yêu cầu thực hiện nghĩa vụ tài chính'],
      [7, 'withdrawn', 'Công dân yêu cầu rút hồ sơ'],
      [8, 'stopped', 'Dừng xử lý'],
      [9, 'finished', 'Đã xử lý xong'],
      [10, 'returned', 'Đã trả kết quả'],
    ]);
  });

  it('have every label filled in both languages', () => {
    for (const s of DOSSIER_STATUSES) {
      for (const text of [s.label, s.labelEn, s.publicLabel, s.publicLabelEn]) {
        expect(text.trim()).not.toBe('');
      }
    }
    expect(statusByKey('processing').publicLabel).toBe('Hồ sơ đang được giải quyết');
  });

  it('are found by key and by code', () => {
    for (const s of DOSSIER_STATUSES) {
      expect(statusByKey(s.key)).toBe(s);
      expect(statusByCode(s.code)).toBe(s);
    }
    expect(statusByCode(0)).toBeUndefined();
    expect(statusByCode(11)).toBeUndefined();
    expect(statusByKey('pending')).toBeUndefined();
  });

  it('recognises keys', () => {
    expect(STATUS_KEYS).toHaveLength(10);
    expect(isStatusKey('stopped')).toBe(true);
    expect(isStatusKey('Stopped')).toBe(false);
    expect(isStatusKey(4)).toBe(false);
  });

  it('split into open and terminal sets that do not overlap', () => {
    expect(OPEN_STATUSES.filter((s) => TERMINAL_STATUSES.includes(s))).toEqual([]);
    expect(TERMINAL_STATUSES.map((k) => statusByKey(k).code)).toEqual([3, 7, 8, 10]);
  });
});
