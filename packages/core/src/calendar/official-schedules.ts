/**
 * The schedules decided for civil servants, 2024–2026, each day with the article or decision it rests on
 * (docs/domain/calendar.md#official-schedules-2024-to-2026). Weekends inside the windows are not listed:
 * they are rest days anyway.
 */
import {
  type CalendarDay,
  type DaySource,
  decision,
  entry,
  LABOUR_CODE,
  scheduleStatus,
  weekdaysFrom,
  type YearSchedule,
} from './holidays.ts';
import { plainDate as d } from './plain-date.ts';

const compensatory = (what: string, whatEn: string): DaySource => ({
  ...LABOUR_CODE.compensatory,
  reference: `${LABOUR_CODE.compensatory.reference}, nghỉ bù cho ${what}`,
  referenceEn: `${LABOUR_CODE.compensatory.referenceEn}, make-up for ${whatEn}`,
});

const schedule = (year: number, source: string, days: CalendarDay[]): YearSchedule => ({
  year,
  status: scheduleStatus(days),
  source,
  days,
});

// 2024: the PM agreed to Tết 8–14/2 and National Day 31/8–3/9 in letter 8662/VPCP-KGVX; MoLISA notified it.
const TET_2024 = decision(
  'Công văn 8662/VPCP-KGVX ngày 03/11/2023 của Văn phòng Chính phủ; Thông báo 5015/TB-LĐTBXH ngày 22/11/2023',
  'Government Office letter 8662/VPCP-KGVX of 3 Nov 2023; MoLISA Notice 5015/TB-LĐTBXH of 22 Nov 2023',
);
const SWAP_2024 = decision(
  'Công văn 2450/VPCP-KGVX ngày 12/4/2024 của Văn phòng Chính phủ (hoán đổi thứ Hai 29/4 với thứ Bảy 4/5)',
  'Government Office letter 2450/VPCP-KGVX of 12 Apr 2024 (Mon 29 Apr swapped with Sat 4 May)',
);
// 2025: the PM agreed in letter 8726/VPCP-KGVX; MoLISA's Notice 6150 sets Tết, the 2/5 ↔ 26/4 swap and 1/9.
const NOTICE_2025 = decision(
  'Công văn 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ; Thông báo 6150/TB-BLĐTBXH',
  'Government Office letter 8726/VPCP-KGVX of 26 Nov 2024; MoLISA Notice 6150/TB-BLĐTBXH',
);
// 2026: New Year swap by 12729/VPCP-KGVX; Tết and National Day (with its swap) agreed by the PM on 13/10/2025.
const NEW_YEAR_SWAP_2026 = decision(
  'Công văn 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ (hoán đổi thứ Sáu 02/01 với thứ Bảy 10/01/2026)',
  'Government Office letter 12729/VPCP-KGVX of 25 Dec 2025 (Fri 2 Jan swapped with Sat 10 Jan 2026)',
);
const TET_NATIONAL_2026 = decision(
  'Văn bản ngày 13/10/2025 của Văn phòng Chính phủ (ý kiến Thủ tướng); Thông báo 9441/TB-BNV của Bộ Nội vụ',
  'Government Office letter of 13 Oct 2025 (the Prime Minister’s approval); Ministry of Home Affairs Notice 9441/TB-BNV',
);

export const OFFICIAL_SCHEDULES: readonly YearSchedule[] = [
  schedule(
    2024,
    'Công văn 8662/VPCP-KGVX (03/11/2023) và Thông báo 5015/TB-LĐTBXH (22/11/2023): Tết, Quốc khánh; ' +
      'Công văn 2450/VPCP-KGVX (12/4/2024): hoán đổi thứ Hai 29/4 với thứ Bảy 4/5. ' +
      'Letters 8662/VPCP-KGVX and 2450/VPCP-KGVX; Notice 5015/TB-LĐTBXH.',
    [
      entry(d(2024, 1, 1), 'newYear', LABOUR_CODE.newYear),
      ...weekdaysFrom(d(2024, 2, 8), d(2024, 2, 14), 'tet', TET_2024),
      entry(d(2024, 4, 18), 'hungKings', LABOUR_CODE.hungKings),
      entry(d(2024, 4, 29), 'swapOff', SWAP_2024),
      entry(d(2024, 4, 30), 'victory', LABOUR_CODE.victory),
      entry(d(2024, 5, 1), 'labour', LABOUR_CODE.labour),
      entry(d(2024, 5, 4), 'swapWork', SWAP_2024),
      entry(d(2024, 9, 2), 'national', LABOUR_CODE.national),
      entry(d(2024, 9, 3), 'national', TET_2024),
    ],
  ),
  schedule(
    2025,
    'Công văn 8726/VPCP-KGVX (26/11/2024) và Thông báo 6150/TB-BLĐTBXH: Tết 25/1–2/2 (5 ngày luật định 27–31/1); ' +
      'hoán đổi thứ Sáu 2/5 với thứ Bảy 26/4; Quốc khánh 1/9 và 2/9. ' +
      'Letter 8726/VPCP-KGVX; Notice 6150/TB-BLĐTBXH.',
    [
      entry(d(2025, 1, 1), 'newYear', LABOUR_CODE.newYear),
      ...weekdaysFrom(d(2025, 1, 27), d(2025, 1, 31), 'tet', NOTICE_2025),
      entry(d(2025, 4, 7), 'hungKings', LABOUR_CODE.hungKings),
      entry(d(2025, 4, 26), 'swapWork', NOTICE_2025),
      entry(d(2025, 4, 30), 'victory', LABOUR_CODE.victory),
      entry(d(2025, 5, 1), 'labour', LABOUR_CODE.labour),
      entry(d(2025, 5, 2), 'swapOff', NOTICE_2025),
      entry(d(2025, 9, 1), 'national', NOTICE_2025),
      entry(d(2025, 9, 2), 'national', LABOUR_CODE.national),
    ],
  ),
  schedule(
    2026,
    'Công văn 12729/VPCP-KGVX (25/12/2025): nghỉ thứ Sáu 2/1, làm bù thứ Bảy 10/1; ' +
      'văn bản của Văn phòng Chính phủ ngày 13/10/2025 và Thông báo 9441/TB-BNV: Tết 14/2–22/2 (5 ngày luật định 16–20/2), ' +
      'Quốc khánh 29/8–2/9 (ngày liền kề thứ Ba 1/9), nghỉ thứ Hai 31/8, làm bù thứ Bảy 22/8. ' +
      'Letter 12729/VPCP-KGVX; Government Office letter of 13 Oct 2025; Notice 9441/TB-BNV.',
    [
      entry(d(2026, 1, 1), 'newYear', LABOUR_CODE.newYear),
      entry(d(2026, 1, 2), 'swapOff', NEW_YEAR_SWAP_2026),
      entry(d(2026, 1, 10), 'swapWork', NEW_YEAR_SWAP_2026),
      ...weekdaysFrom(d(2026, 2, 16), d(2026, 2, 20), 'tet', TET_NATIONAL_2026),
      entry(d(2026, 4, 26), 'hungKings', LABOUR_CODE.hungKings),
      entry(
        d(2026, 4, 27),
        'compensatory',
        compensatory('Giỗ Tổ Hùng Vương Chủ nhật 26/4', 'Hùng Kings Day on Sunday 26 Apr'),
      ),
      entry(d(2026, 4, 30), 'victory', LABOUR_CODE.victory),
      entry(d(2026, 5, 1), 'labour', LABOUR_CODE.labour),
      entry(d(2026, 8, 22), 'swapWork', TET_NATIONAL_2026),
      entry(d(2026, 8, 31), 'swapOff', TET_NATIONAL_2026),
      entry(d(2026, 9, 1), 'national', TET_NATIONAL_2026),
      entry(d(2026, 9, 2), 'national', LABOUR_CODE.national),
    ],
  ),
];
