import { describe, expect, it } from 'vitest';
import { buildApologyLetter } from './apology-letter.ts';
import { buildControlSlip } from './control-slip.ts';
import {
  demoApology,
  demoControlSlip,
  demoRefusal,
  demoSlipContext,
  demoSlipViews,
  demoStopNotice,
  demoSupplementRequest,
  demoTrackingBook,
} from './demo-inputs.ts';
import { nameInText } from './parts.ts';
import { buildReceiptSlip } from './receipt-slip.ts';
import { buildRefusalSlip } from './refusal-slip.ts';
import type { SlipContext } from './slip-input.ts';
import type { LabelledValue } from './slip-view.ts';
import { buildStopNotice } from './stop-notice.ts';
import { buildSupplementRequest } from './supplement-request.ts';
import { buildTrackingBook } from './tracking-book.ts';

const lineValue = (lines: LabelledValue[], label: string): string | undefined =>
  lines.find((l) => l.label === label || l.label.endsWith(`. ${label}`))?.value;

/** Every string anywhere in a view model, to check that nothing unformatted leaks through. */
const allStrings = (v: unknown): string[] =>
  typeof v === 'string'
    ? [v]
    : Array.isArray(v)
      ? v.flatMap(allStrings)
      : v !== null && typeof v === 'object'
        ? Object.values(v).flatMap(allStrings)
        : [];

const withDossier = (over: Partial<SlipContext['dossier']>): SlipContext => {
  const ctx = demoSlipContext();
  return { ...ctx, dossier: { ...ctx.dossier, ...over } };
};

const allViews = demoSlipViews;

describe('every slip', () => {
  it('carries the national heading, its form number and the Circular 03/2025 note', () => {
    const views = allViews();
    expect(views.map((v) => v.form)).toEqual(['01', '02', '03', '04', '05', '06', '07']);
    for (const v of views) {
      expect(v.heading.nation).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(v.heading.motto).toBe('Độc lập - Tự do - Hạnh phúc');
      expect(v.heading.dateline).toBe('Hoa Lư, ngày 03 tháng 3 năm 2025');
      expect(v.legalNote.startsWith(`Mẫu số ${v.form} – Thông tư số 03/2025/TT-VPCP`)).toBe(true);
    }
  });

  it('prints A5 portrait except the A4 landscape tracking book', () => {
    expect(allViews().map((v) => `${v.pageSize} ${v.orientation}`)).toEqual([
      ...Array(6).fill('A5 portrait'),
      'A4 landscape',
    ]);
  });

  it('has the legal titles', () => {
    expect(allViews().map((v) => v.title)).toEqual([
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
      'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
      'VĂN BẢN XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
      'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ',
      'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
      'SỔ THEO DÕI HỒ SƠ',
    ]);
  });

  it('leaks no raw ISO dates, enum keys or undefined into printed text', () => {
    for (const v of allViews()) {
      // The QR payload is a URL, not printed text.
      const { qr: _qr, ...printed } = v;
      for (const s of allStrings(printed)) {
        expect(s).not.toMatch(/\d{4}-\d{2}-\d{2}|undefined|null|NaN|\[object/);
        expect(s).not.toMatch(/\b(original|certified-copy|on-time|pending|counter|online|postal)\b/);
      }
    }
  });

  it('puts the tracking URL in the QR code of every single-dossier slip', () => {
    for (const v of allViews().slice(0, 6)) {
      expect(v.qr?.payload).toBe('https://motcua.ninhbinh.gov.vn/tra-cuu/H37.01-250303-0012');
    }
    expect(allViews()[6]?.qr).toBeNull();
  });
});

describe('names in running text', () => {
  it.each([
    ['UBND PHƯỜNG HOA LƯ', 'UBND phường Hoa Lư'],
    ['BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ', 'Bộ phận tiếp nhận và trả kết quả'],
    ['TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH NINH BÌNH', 'Trung tâm phục vụ hành chính công tỉnh Ninh Bình'],
    ['UBND THÀNH PHỐ HÀ NỘI', 'UBND thành phố Hà Nội'],
    ['UBND xã Gia Viễn', 'UBND xã Gia Viễn'],
  ])('%s reads %s', (name, text) => {
    expect(nameInText(name)).toBe(text);
  });
});

describe('Mẫu số 01 – receipt and appointment', () => {
  const v = buildReceiptSlip(demoSlipContext());

  it('names the counter under its body', () => {
    expect(v.heading.agencyLines).toEqual([
      { text: 'UBND PHƯỜNG HOA LƯ', bold: false },
      { text: 'BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ', bold: true },
    ]);
    expect(v.subtitle).toEqual(['Mã hồ sơ: H37.01-250303-0012']);
  });

  it('lists the applicant', () => {
    expect(lineValue(v.applicant, 'Ông/Bà')).toBe('Nguyễn Văn An');
    expect(lineValue(v.applicant, 'Số định danh cá nhân/Mã số thuế')).toBe('037090001234');
    expect(lineValue(v.applicant, 'Số điện thoại')).toBe('0912345678');
    expect(lineValue(v.applicant, 'Thư điện tử')).toBe('nguyenvanan@example.vn');
    expect(lineValue(v.applicant, 'Địa chỉ')).toContain('phường Hoa Lư');
    expect(v.request.value).toBe('Đăng ký khai sinh – Trường hợp chung (mã thủ tục 1.001193)');
  });

  it('lists every component with its form and quantity', () => {
    expect(v.components.headers).toEqual(['STT', 'Tên giấy tờ', 'Hình thức', 'Số lượng']);
    expect(v.components.rows).toEqual([
      ['1', 'Tờ khai đăng ký khai sinh', 'Bản chính', '01'],
      ['2', 'Giấy chứng sinh', 'Bản chính hoặc bản sao có chứng thực', '01'],
    ]);
  });

  it('fixes the reception time, the appointment, the time limit and where to collect', () => {
    expect(lineValue(v.items, 'Số lượng hồ sơ')).toBe('01 bộ');
    expect(lineValue(v.items, 'Thời gian giải quyết hồ sơ theo quy định')).toBe('03 ngày làm việc');
    expect(lineValue(v.items, 'Thời gian nhận hồ sơ')).toBe('14 giờ 30 phút, ngày 03 tháng 3 năm 2025');
    expect(lineValue(v.items, 'Thời gian trả kết quả giải quyết hồ sơ')).toBe(
      '16 giờ 00 phút, ngày 06 tháng 3 năm 2025',
    );
    expect(lineValue(v.items, 'Nhận kết quả tại')).toBe('Bộ phận Một cửa UBND phường Hoa Lư');
    expect(lineValue(v.items, 'Hình thức nộp hồ sơ')).toBe('Trực tiếp tại Bộ phận Một cửa');
    expect(v.book).toBe('Vào Sổ theo dõi hồ sơ, Quyển số: 01/2025, Số thứ tự: 12');
  });

  it('prints only the day when the appointment has no hour, and a blank when there is none', () => {
    const dateOnly = buildReceiptSlip(withDossier({ dueAt: undefined }));
    expect(lineValue(dateOnly.items, 'Thời gian trả kết quả giải quyết hồ sơ')).toBe(
      'ngày 06 tháng 3 năm 2025',
    );
    const none = buildReceiptSlip(
      withDossier({ dueAt: undefined, dueDate: undefined, bookNumber: undefined, bookSequence: undefined }),
    );
    expect(lineValue(none.items, 'Thời gian trả kết quả giải quyết hồ sơ')).toBe('……………………');
    expect(none.book).toBe('Vào Sổ theo dõi hồ sơ, Quyển số: ……………………, Số thứ tự: ……………………');
  });

  it('lists fees and their total', () => {
    expect(v.fees).toEqual([{ label: 'Lệ phí đăng ký khai sinh (đăng ký quá hạn)', value: '8.000 đồng' }]);
    expect(v.feesTotal).toBe('8.000 đồng');
    const two = buildReceiptSlip(
      withDossier({
        fees: [
          { name: 'Lệ phí', amount: 8000 },
          { name: 'Phí cấp bản sao trích lục', amount: 15000 },
          { name: 'Lệ phí cấp lần đầu', amount: 0 },
        ],
      }),
    );
    expect(two.fees.map((f) => f.value)).toEqual(['8.000 đồng', '15.000 đồng', 'Miễn']);
    expect(two.feesTotal).toBe('23.000 đồng');
    expect(buildReceiptSlip(withDossier({ fees: [] })).feesTotal).toBe('Không thu phí, lệ phí');
  });

  it('is signed by the applicant (or the representative) and the receiving officer', () => {
    expect(v.signatures).toEqual([
      { title: ['NGƯỜI NỘP HỒ SƠ'], hint: '(Ký và ghi rõ họ tên)', name: 'Nguyễn Văn An' },
      { title: ['NGƯỜI TIẾP NHẬN HỒ SƠ'], hint: '(Ký và ghi rõ họ tên)', name: 'Trần Thị Bích Ngọc' },
    ]);
    const rep = buildReceiptSlip(
      withDossier({
        representative: { fullName: 'Nguyễn Thị Lan', idNumber: '037190004321', relation: 'Bà nội' },
      }),
    );
    expect(rep.signatures[0]?.name).toBe('Nguyễn Thị Lan');
    expect(lineValue(rep.applicant, 'Người nộp thay')).toBe(
      'Nguyễn Thị Lan (Bà nội), số định danh 037190004321',
    );
  });

  it('names online and postal submissions', () => {
    expect(lineValue(buildReceiptSlip(withDossier({ channel: 'online' })).items, 'Hình thức nộp hồ sơ')).toBe(
      'Trực tuyến trên Cổng Dịch vụ công',
    );
    expect(lineValue(buildReceiptSlip(withDossier({ channel: 'postal' })).items, 'Hình thức nộp hồ sơ')).toBe(
      'Qua dịch vụ bưu chính công ích',
    );
  });

  it('cites both circulars', () => {
    expect(v.legalNote).toBe(
      'Mẫu số 01 – Thông tư số 03/2025/TT-VPCP (nội dung theo Mẫu số 01 Thông tư số 01/2018/TT-VPCP)',
    );
  });
});

describe('Mẫu số 02 – supplementation request', () => {
  const v = buildSupplementRequest(demoSlipContext(), demoSupplementRequest());

  it('is numbered …/HDHS and signed by the guiding officer', () => {
    expect(v.heading.number).toBe('Số: 15/HDHS');
    expect(
      buildSupplementRequest(demoSlipContext(), { ...demoSupplementRequest(), number: '15/HDHS-TP' }).heading
        .number,
    ).toBe('Số: 15/HDHS-TP');
    expect(v.signatures).toEqual([
      { title: ['NGƯỜI HƯỚNG DẪN'], hint: '(Ký và ghi rõ họ tên)', name: 'Trần Thị Bích Ngọc' },
    ]);
  });

  it('lists each missing document with its form, quantity and reason', () => {
    expect(v.missing.headers).toEqual(['STT', 'Tên giấy tờ', 'Hình thức', 'Số lượng', 'Lý do']);
    expect(v.missing.rows).toEqual([
      [
        '1',
        'Giấy chứng sinh',
        'Bản chính hoặc bản sao có chứng thực',
        '01',
        'Bản nộp là bản chụp, không có chứng thực',
      ],
      ['2', 'Văn bản ủy quyền đăng ký khai sinh', 'Bản chính', '01', 'Người nộp không phải cha, mẹ của trẻ'],
    ]);
  });

  it('names the applicant, the request and a contact', () => {
    expect(lineValue(v.applicant, 'Hồ sơ của')).toBe('Nguyễn Văn An');
    expect(lineValue(v.applicant, 'Số điện thoại')).toBe('0912345678');
    expect(v.request.value).toContain('Đăng ký khai sinh');
    expect(v.contact).toContain('bà Trần Thị Bích Ngọc, số điện thoại 0229 3871 234');
  });

  it('refuses an empty request', () => {
    expect(() =>
      buildSupplementRequest(demoSlipContext(), { ...demoSupplementRequest(), missing: [] }),
    ).toThrow(RangeError);
  });
});

describe('Mẫu số 03 – refusal', () => {
  const v = buildRefusalSlip(demoSlipContext(), demoRefusal());

  it('states the reason and is signed by the receiving officer', () => {
    expect(v.reason).toContain('Trẻ đã được đăng ký khai sinh');
    expect(v.reasonIntro).toContain('từ chối tiếp nhận, giải quyết hồ sơ');
    expect(v.heading.number).toBe('Số: 03/TCHS');
    expect(v.signatures[0]?.title).toEqual(['NGƯỜI TIẾP NHẬN HỒ SƠ']);
    expect(lineValue(v.applicant, 'Ông/Bà')).toBe('Nguyễn Văn An');
  });

  it('needs a reason, and may go without a number', () => {
    expect(() => buildRefusalSlip(demoSlipContext(), { reason: '  ' })).toThrow(RangeError);
    expect(
      buildRefusalSlip(demoSlipContext(), { reason: 'Không thuộc thẩm quyền' }).heading.number,
    ).toBeNull();
  });
});

describe('Mẫu số 04 – apology', () => {
  const v = buildApologyLetter(demoSlipContext(), demoApology());

  it('comes from the competent body, numbered …/PXL', () => {
    expect(v.heading.agencyLines).toEqual([
      { text: 'UBND TỈNH NINH BÌNH', bold: false },
      { text: 'UBND PHƯỜNG HOA LƯ', bold: true },
    ]);
    expect(v.heading.number).toBe('Số: 25/PXL');
  });

  it('gives the receipt, the missed and the new date, the reason and the apology', () => {
    expect(v.addressee).toEqual({ label: 'Kính gửi', value: 'Ông Nguyễn Văn An' });
    expect(v.originalDue).toBe('16 giờ 00 phút, ngày 06 tháng 3 năm 2025');
    expect(v.newDue).toBe('ngày 10 tháng 3 năm 2025');
    const text = v.paragraphs.join('\n');
    expect(text).toContain(
      'Ngày 03 tháng 3 năm 2025, Bộ phận tiếp nhận và trả kết quả UBND phường Hoa Lư tiếp nhận hồ sơ',
    );
    expect(text).toContain('mã hồ sơ H37.01-250303-0012');
    expect(text).toContain('Lý do: cần xác minh thông tin nơi sinh');
    expect(text).toContain('xin lỗi Ông/Bà và hẹn trả kết quả giải quyết hồ sơ vào ngày 10 tháng 3 năm 2025');
  });

  it('signs for the chairman on two lines and lists the recipients', () => {
    expect(v.signatures[0]).toEqual({
      title: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
      hint: '(Ký, ghi rõ họ tên và đóng dấu)',
      name: 'Lê Văn Hùng',
    });
    expect(v.recipients).toEqual(['- Như trên;', '- Bộ phận Một cửa phường;', '- Lưu: VT.']);
  });

  it('words the Circular 03/2025 extension request', () => {
    const ext = buildApologyLetter(demoSlipContext(), { ...demoApology(), kind: 'extension' });
    expect(ext.title).toBe('VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT');
    expect(ext.paragraphs.join(' ')).toContain(
      'đề nghị gia hạn thời gian giải quyết hồ sơ đến ngày 10 tháng 3 năm 2025',
    );
  });
});

describe('Mẫu số 05 – stop notice', () => {
  const v = buildStopNotice(demoSlipContext(), demoStopNotice());

  it('gives the legal ground and the reason', () => {
    expect(v.legalNote).toBe('Mẫu số 05 – Thông tư số 03/2025/TT-VPCP');
    expect(v.paragraphs.join(' ')).toContain('Căn cứ Nghị định số 118/2025/NĐ-CP');
    expect(v.paragraphs).toContain(
      'Lý do: Người yêu cầu đã có đơn đề nghị rút hồ sơ ngày 05 tháng 3 năm 2025.',
    );
    expect(v.addressee.value).toBe('Ông/Bà Nguyễn Văn An');
    expect(v.signatures[0]?.title).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });

  it('falls back to the officer as signer', () => {
    const plain = buildStopNotice(demoSlipContext(), { reason: 'x', legalGround: 'y' });
    expect(plain.signatures[0]?.name).toBe('Trần Thị Bích Ngọc');
    expect(plain.signatures[0]?.title).toEqual(['CÔNG CHỨC TƯ PHÁP', 'HỘ TỊCH']);
  });
});

describe('Mẫu số 06 – process control slip', () => {
  const v = buildControlSlip(demoSlipContext(), demoControlSlip());

  it('has one row per hand-over with time, giver, receiver and result', () => {
    expect(v.handOvers.rows).toHaveLength(3);
    expect(v.handOvers.rows[0]).toEqual([
      '1. Giao: Bộ phận TN&TKQ\nNhận: Công chức Tư pháp – Hộ tịch',
      'Giao lúc 15 giờ 00 phút, ngày 03 tháng 3 năm 2025\nNgười giao: Trần Thị Bích Ngọc\nNgười nhận: Phạm Minh Đức',
      'Trước hạn\n(hạn: 17 giờ 00 phút, ngày 04 tháng 3 năm 2025)',
      '',
    ]);
    expect(v.handOvers.rows.map((r) => r[2]?.split('\n')[0])).toEqual([
      'Trước hạn',
      'Đúng hạn',
      'Đang giải quyết',
    ]);
    expect(v.handOvers.rows[2]?.[3]).toBe('Đã ký giấy khai sinh');
  });

  it('heads the slip with the dossier', () => {
    expect(lineValue(v.details, 'Kèm theo hồ sơ của')).toBe('Nguyễn Văn An');
    expect(lineValue(v.details, 'Ngày nhận hồ sơ')).toBe('14 giờ 30 phút, ngày 03 tháng 3 năm 2025');
    expect(v.legalNote).toContain('Mẫu số 05 Thông tư số 01/2018/TT-VPCP');
  });
});

describe('Mẫu số 07 – tracking book', () => {
  const v = buildTrackingBook(demoSlipContext(), demoTrackingBook());

  it('covers the period with one row per dossier', () => {
    expect(v.period).toBe('Từ ngày 01 tháng 3 năm 2025 đến ngày 31 tháng 3 năm 2025');
    expect(v.book.headers).toHaveLength(13);
    expect(v.book.rows).toHaveLength(3);
    expect(v.book.rows.every((r) => r.length === v.book.headers.length)).toBe(true);
    expect(v.book.rows[0]).toEqual([
      '1',
      'H37.01-250303-0012',
      'Đăng ký khai sinh',
      'Nguyễn Văn An',
      '0912345678',
      '14:30 03/03/2025',
      '06/03/2025',
      '15:00 03/03/2025',
      '10:40 05/03/2025',
      '15:20 05/03/2025',
      'Đã trả kết quả',
      '',
      '',
    ]);
    expect(v.book.rows[2]?.slice(7, 10)).toEqual(['10:30 05/03/2025', '', '']);
    expect(v.summary).toBe('Tổng số: 3 hồ sơ');
  });
});
