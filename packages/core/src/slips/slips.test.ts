import { describe, expect, it } from 'vitest';
import { buildApologyLetter } from './apology-letter.ts';
import { buildControlSlip } from './control-slip.ts';
import {
  demoApology,
  demoControlSlip,
  demoHandOverReceipt,
  demoRefusal,
  demoSlipContext,
  demoSlipViews,
  demoStopNotice,
  demoSupplementRequest,
  demoTrackingBook,
} from './demo-inputs.ts';
import { buildHandOverReceipt } from './handover-receipt.ts';
import { nameInText } from './parts.ts';
import { buildReceiptSlip } from './receipt-slip.ts';
import { buildRefusalSlip } from './refusal-slip.ts';
import type { ApologyInput, SlipContext } from './slip-input.ts';
import type { LabelledValue } from './slip-view.ts';
import { buildStopNotice } from './stop-notice.ts';
import { buildSupplementRequest } from './supplement-request.ts';
import { buildTrackingBook } from './tracking-book.ts';

/** The value printed after `label`, on its own line or beside another on the same line. */
const lineValue = (lines: LabelledValue[], label: string): string | undefined =>
  lines
    .flatMap((l) => [l, ...(l.also ?? [])])
    .find((l) => l.label === label || l.label.endsWith(`. ${label}`))?.value;

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
      'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT',
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
      expect(v.qr?.payload).toBe(
        'https://motcua.ninhbinh.gov.vn/tra-cuu/000.01.31.H42-250303-0012?check=7KQ2MX',
      );
    }
    expect(allViews()[6]?.qr).toBeNull();
  });

  it('prints no empty dossier code and no QR code when the counter issued a slip without a dossier', () => {
    const ctx = withDossier({
      code: '',
      trackingUrl: undefined,
      procedureUrl: 'https://motcua.ninhbinh.gov.vn/thu-tuc/1.001193',
    });
    const guidance = buildSupplementRequest(ctx, demoSupplementRequest());
    const refusal = buildRefusalSlip(ctx, demoRefusal());
    for (const v of [guidance, refusal]) {
      expect(v.qr).toBeNull();
      expect(allStrings(v).some((s) => /Mã hồ sơ/.test(s))).toBe(false);
    }
    expect(guidance.lookup).toBe(
      'Tra cứu quy định của thủ tục tại: https://motcua.ninhbinh.gov.vn/thu-tuc/1.001193',
    );
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
    expect(v.subtitle).toEqual([
      'Mã hồ sơ: 000.01.31.H42-250303-0012 – Mã kiểm tra: 7KQ2MX',
      '(Liên: Lưu/Giao khách hàng)',
    ]);
  });

  it('prints no check code line for a dossier received before check codes existed', () => {
    const { checkCode: _, ...dossier } = demoSlipContext().dossier;
    const old = buildReceiptSlip({ ...demoSlipContext(), dossier });
    expect(old.subtitle).toEqual(['Mã hồ sơ: 000.01.31.H42-250303-0012', '(Liên: Lưu/Giao khách hàng)']);
  });

  it('numbers items 1–6 as the form does, with the channel and fees outside the numbered list', () => {
    expect(v.componentsHeading).toBe('1. Thành phần hồ sơ nộp gồm:');
    expect(v.items.map((i) => i.label)).toEqual([
      '2. Số lượng hồ sơ',
      '3. Thời gian giải quyết hồ sơ theo quy định là',
      '4. Thời gian nhận hồ sơ',
      '5. Thời gian trả kết quả giải quyết hồ sơ',
      '6. Đăng ký nhận kết quả tại',
    ]);
    expect(v.submission).toEqual({ label: 'Hình thức nộp hồ sơ', value: 'Trực tiếp tại Bộ phận Một cửa' });
    expect(v.feesHeading).toBe('Phí, lệ phí');
  });

  it('notes the two copies', () => {
    expect(v.notes[0]).toContain('được lập thành 02 liên');
    expect(v.notes[0]).toContain('01 liên giao cho người nộp hồ sơ');
  });

  it('lists the applicant', () => {
    expect(lineValue(v.applicant, 'Ông/Bà')).toBe('Nguyễn Văn An');
    expect(lineValue(v.applicant, 'Số định danh cá nhân/Mã số thuế')).toBe('037090001234');
    expect(lineValue(v.applicant, 'Số điện thoại')).toBe('0912345678');
    expect(lineValue(v.applicant, 'Thư điện tử')).toBe('nguyenvanan@example.vn');
    expect(lineValue(v.applicant, 'Địa chỉ')).toContain('phường Hoa Lư');
    expect(v.request.value).toBe(
      'Cấp Giấy xác nhận tình trạng hôn nhân – Trường hợp chung (mã thủ tục 1.004873)',
    );
  });

  it('lists every component with its form and quantity', () => {
    expect(v.components.headers).toEqual(['STT', 'Tên giấy tờ', 'Hình thức', 'Số lượng']);
    expect(v.components.rows).toEqual([
      ['1', 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', 'Bản chính', '01'],
      ['2', 'Văn bản ủy quyền thực hiện việc cấp Giấy xác nhận tình trạng hôn nhân', 'Bản chính', '01'],
    ]);
  });

  it('fixes the reception time, the appointment, the time limit and where to collect', () => {
    expect(lineValue(v.items, 'Số lượng hồ sơ')).toBe('01 (bộ)');
    expect(lineValue(v.items, 'Thời gian giải quyết hồ sơ theo quy định là')).toBe('03 ngày làm việc');
    expect(lineValue(v.items, 'Thời gian nhận hồ sơ')).toBe('14 giờ 30 phút, ngày 03 tháng 3 năm 2025');
    expect(lineValue(v.items, 'Thời gian trả kết quả giải quyết hồ sơ')).toBe(
      '16 giờ 00 phút, ngày 06 tháng 3 năm 2025',
    );
    expect(lineValue(v.items, 'Đăng ký nhận kết quả tại')).toBe('Bộ phận Một cửa UBND phường Hoa Lư');
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

  it('lists the published fees and totals only those due: a fee charged "nếu yêu cầu" is not counted', () => {
    expect(v.fees).toEqual([{ label: 'Lệ phí', value: 'Miễn' }]);
    const late = buildReceiptSlip(
      withDossier({
        fees: [
          { name: 'Lệ phí đăng ký khai sinh (đăng ký quá hạn)', amount: 8000 },
          { name: 'Phí cấp bản sao Giấy khai sinh (nếu yêu cầu)', amount: 8000 },
        ],
      }),
    );
    expect(late.fees).toEqual([
      { label: 'Lệ phí đăng ký khai sinh (đăng ký quá hạn)', value: '8.000 đồng' },
      { label: 'Phí cấp bản sao Giấy khai sinh (nếu yêu cầu)', value: '8.000 đồng' },
    ]);
    expect(late.feesTotal).toEqual({ label: 'Tổng số phải nộp', value: '8.000 đồng' });
    const onTime = buildReceiptSlip(
      withDossier({
        fees: [
          { name: 'Lệ phí', amount: 0 },
          { name: 'Phí cấp bản sao Giấy khai sinh (nếu yêu cầu)', amount: 8000 },
        ],
      }),
    );
    expect(onTime.feesTotal.value).toBe('0 đồng');
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
    expect(two.feesTotal.value).toBe('23.000 đồng');
    expect(buildReceiptSlip(withDossier({ fees: [] })).feesTotal.value).toBe('Không thu phí, lệ phí');
  });

  it('is signed by the applicant (or the representative) and the receiving officer', () => {
    expect(v.signatures).toEqual([
      { title: ['NGƯỜI NỘP HỒ SƠ'], hint: '(Ký và ghi rõ họ tên)', name: 'Nguyễn Văn An' },
      { title: ['NGƯỜI TIẾP NHẬN HỒ SƠ'], hint: '(Ký và ghi rõ họ tên)', name: 'Trần Thị Bích Ngọc' },
    ]);
    const rep = buildReceiptSlip(
      withDossier({
        representative: { fullName: 'Nguyễn Thị Lan', idNumber: '037165004321', relation: 'Mẹ' },
      }),
    );
    expect(rep.signatures[0]?.name).toBe('Nguyễn Thị Lan');
    expect(lineValue(rep.applicant, 'Người nộp thay')).toBe('Nguyễn Thị Lan (Mẹ)');
  });

  it('gives the representative’s full details, left blank for the pen where none was recorded', () => {
    const rep = (over: object) =>
      buildReceiptSlip(
        withDossier({
          representative: {
            fullName: 'Nguyễn Thị Lan',
            idNumber: '037165004321',
            relation: 'Mẹ',
            ...over,
          },
        }),
      ).applicant.slice(4);
    expect(
      rep({
        address: 'Xóm 3, xã Ninh Hải',
        phone: '0987000111',
        email: 'lan@example.vn',
        authorization: 'Văn bản ủy quyền ngày 01/3/2025',
      }),
    ).toEqual([
      {
        label: 'Người nộp thay',
        value: 'Nguyễn Thị Lan (Mẹ)',
        also: [{ label: 'Số định danh cá nhân', value: '037165004321' }],
      },
      { label: 'Địa chỉ', value: 'Xóm 3, xã Ninh Hải' },
      {
        label: 'Số điện thoại',
        value: '0987000111',
        also: [{ label: 'Thư điện tử', value: 'lan@example.vn' }],
      },
      { label: 'Giấy tờ ủy quyền', value: 'Văn bản ủy quyền ngày 01/3/2025' },
    ]);
    expect(
      rep({})
        .flatMap((l) => [l, ...(l.also ?? [])])
        .map((l) => l.value),
    ).toEqual(['Nguyễn Thị Lan (Mẹ)', '037165004321', '……………………', '……………………', '……………………', '……………………']);
  });

  it('names online and postal submissions', () => {
    expect(buildReceiptSlip(withDossier({ channel: 'online' })).submission.value).toBe(
      'Trực tuyến trên Cổng Dịch vụ công',
    );
    expect(buildReceiptSlip(withDossier({ channel: 'postal' })).submission.value).toBe(
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

  it('lists each missing document under the form’s heading, then one "Lý do" line', () => {
    expect(v.missingHeading).toBe('Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:');
    expect(v.missing.headers).toEqual([
      'STT',
      'Tên giấy tờ, nội dung cần bổ sung, hoàn thiện',
      'Hình thức',
      'Số lượng',
    ]);
    expect(v.missing.rows).toEqual([
      [
        '1',
        'Giấy xác nhận tình trạng hôn nhân đã cấp trước đây: Xin cấp lại để dùng vào mục đích khác nhưng chưa nộp lại giấy đã cấp',
        'Bản chính',
        '01',
      ],
      [
        '2',
        'Giấy tờ chứng minh thông tin về cư trú: Không khai thác được thông tin cư trú trên Cơ sở dữ liệu quốc gia về dân cư',
        'Bản chính hoặc bản sao có chứng thực',
        '01',
      ],
    ]);
    expect(v.reason).toEqual({ label: 'Lý do', value: 'Hồ sơ chưa đủ giấy tờ theo quy định của thủ tục' });
    const { reason: _, ...withoutReason } = demoSupplementRequest();
    const itemsOnly = buildSupplementRequest(demoSlipContext(), withoutReason);
    expect(itemsOnly.missing.rows[0]?.[1]).toBe('Giấy xác nhận tình trạng hôn nhân đã cấp trước đây');
    expect(itemsOnly.reason.value).toBe(
      'Xin cấp lại để dùng vào mục đích khác nhưng chưa nộp lại giấy đã cấp; ' +
        'Không khai thác được thông tin cư trú trên Cơ sở dữ liệu quốc gia về dân cư',
    );
  });

  it('names the applicant and the request in the form’s order, and the counter’s phone to call', () => {
    expect(v.applicant.flatMap((l) => [l, ...(l.also ?? [])]).map((l) => l.label)).toEqual([
      'Hồ sơ của',
      'Số định danh cá nhân/Mã số thuế',
      'Nội dung yêu cầu giải quyết',
      'Địa chỉ',
      'Số điện thoại',
      'Thư điện tử',
    ]);
    expect(v.contact).toBe(
      'Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, Ông/Bà liên hệ bà Trần Thị Bích Ngọc ' +
        '(Bộ phận tiếp nhận và trả kết quả UBND phường Hoa Lư), số điện thoại 0229 3871 234 để được hướng dẫn./.',
    );
    const noPhone = buildSupplementRequest(withDossier({ counterPhone: '' }), demoSupplementRequest());
    expect(noPhone.contact).toContain('số điện thoại …………………… để được hướng dẫn');
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
    expect(v.reason).toContain('Người yêu cầu đang có vợ');
    expect(v.reasonIntro).toBe(
      'Qua xem xét, Bộ phận tiếp nhận và trả kết quả UBND phường Hoa Lư thông báo không tiếp nhận, ' +
        'giải quyết hồ sơ này với lý do cụ thể như sau:',
    );
    expect(v.heading.number).toBe('Số: 03/TCHS');
    expect(lineValue(v.applicant, 'Ông/Bà')).toBe('Nguyễn Văn An');
  });

  it('prints "Mã hồ sơ (nếu có)" in the body, and both the applicant and the officer sign', () => {
    expect(v.subtitle).toEqual([]);
    expect(lineValue(v.applicant, 'Mã hồ sơ (nếu có)')).toBe('000.01.31.H42-250303-0012');
    expect(v.signatures.map((s) => [s.title[0], s.name])).toEqual([
      ['NGƯỜI NỘP HỒ SƠ', 'Nguyễn Văn An'],
      ['NGƯỜI TIẾP NHẬN HỒ SƠ', 'Trần Thị Bích Ngọc'],
    ]);
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

  it('is titled as Circular 03/2025 titles it, whatever the dossier', () => {
    expect(v.title).toBe('VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT');
  });

  it('addresses "Ông/Bà/Tổ chức" with the ID number and address, and closes as the form does', () => {
    expect(v.addressee).toEqual({ label: 'Kính gửi', value: 'Ông Nguyễn Văn An' });
    expect(v.addresseeDetails).toBe(
      '(Số định danh cá nhân/Mã số thuế: 037090001234; Địa chỉ: Số 15 đường Trần Hưng Đạo, phường Hoa Lư, ' +
        'tỉnh Ninh Bình; Số điện thoại: 0912345678)',
    );
    expect(v.originalDue).toBe('16 giờ 00 phút, ngày 06 tháng 3 năm 2025');
    expect(v.newDue).toBe('ngày 10 tháng 3 năm 2025');
    const text = v.paragraphs.join('\n');
    expect(text).toContain(
      'Ngày 03 tháng 3 năm 2025, UBND phường Hoa Lư tiếp nhận giải quyết hồ sơ đề nghị giải quyết thủ tục ' +
        'hành chính Cấp Giấy xác nhận tình trạng hôn nhân của Ông/Bà/Tổ chức Nguyễn Văn An; số định danh: 037090001234; ' +
        'mã số hồ sơ: 000.01.31.H42-250303-0012.',
    );
    expect(text).toContain('Thời gian hẹn trả kết quả: 16 giờ 00 phút, ngày 06 tháng 3 năm 2025.');
    expect(text).toContain('Lý do: cần xác minh tình trạng hôn nhân của Ông');
    expect(text).toContain('xin trân trọng gửi lời xin lỗi đến Ông/Bà/Tổ chức');
    expect(text).toContain('đề nghị gia hạn thời gian giải quyết hồ sơ');
    expect(text).toContain('vào ngày 10 tháng 3 năm 2025');
    expect(text).not.toMatch(/Ông\/Bà(?!\/Tổ chức)/);
    expect(v.paragraphs.at(-1)).toBe('Mong nhận được sự thông cảm của Ông/Bà/Tổ chức vì sự chậm trễ này./.');
  });

  it('signs for the chairman on two lines and lists the recipients', () => {
    expect(v.signatures[0]).toEqual({
      title: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
      hint: '(Ký, ghi rõ họ tên và đóng dấu)',
      name: 'Lê Văn Hùng',
    });
    expect(v.recipients).toEqual([
      '- Như trên (bản giấy, qua Bộ phận Một cửa);',
      '- Bộ phận Một cửa phường;',
      '- Lưu: VT.',
    ]);
  });

  it('says how it was delivered when that was recorded, and nothing when it was not (older entries)', () => {
    const by = (delivery: ApologyInput['delivery']) =>
      buildApologyLetter(demoSlipContext(), { ...demoApology(), delivery }).recipients[0];
    expect(by('email')).toBe('- Như trên (qua thư điện tử);');
    expect(by('sms')).toBe('- Như trên (qua tin nhắn SMS);');
    expect(by('post')).toBe('- Như trên (qua dịch vụ bưu chính công ích);');
    expect(by('paper')).toBe('- Như trên (bản giấy, qua Bộ phận Một cửa);');
    expect(by(undefined)).toBe('- Như trên;');
  });
});

describe('Mẫu số 05 – stop notice', () => {
  const v = buildStopNotice(demoSlipContext(), demoStopNotice());

  it('is issued by the receiving counter on the applicant’s request, on Art. 21 Decree 118 and Art. 7 Circular 03', () => {
    expect(v.legalNote).toBe('Mẫu số 05 – Thông tư số 03/2025/TT-VPCP');
    expect(v.heading.agencyLines).toEqual([
      { text: 'UBND PHƯỜNG HOA LƯ', bold: false },
      { text: 'BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ', bold: true },
    ]);
    expect(v.legalGround).toBe('Điều 21 Nghị định số 118/2025/NĐ-CP và Điều 7 Thông tư số 03/2025/TT-VPCP');
    expect(v.paragraphs).toContain(
      'Căn cứ Điều 21 Nghị định số 118/2025/NĐ-CP và Điều 7 Thông tư số 03/2025/TT-VPCP, ' +
        'Bộ phận tiếp nhận và trả kết quả UBND phường Hoa Lư thông báo dừng giải quyết hồ sơ nêu trên.',
    );
    expect(v.paragraphs).toContain(
      'Ngày 05 tháng 3 năm 2025, Ông/Bà đề nghị trực tiếp dừng giải quyết hồ sơ nêu trên.',
    );
    expect(v.paragraphs).toContain(
      'Lý do: Người yêu cầu có đơn đề nghị dừng giải quyết để nộp lại Giấy xác nhận đã cấp trước đây.',
    );
    expect(v.addressee.value).toBe('Ông/Bà Nguyễn Văn An');
    expect(v.signatures[0]?.name).toBe('Trần Thị Bích Ngọc');
    expect(v.signatures[0]?.title).toEqual(['CÔNG CHỨC TƯ PHÁP', 'HỘ TỊCH']);
  });

  it('takes the body’s heading when a leader of the body issued it (entries recorded before the counter did)', () => {
    const ctx = demoSlipContext();
    const body = { ...ctx.issuingBody, name: 'UBND PHƯỜNG HOA LƯ', unitName: 'UBND PHƯỜNG HOA LƯ' };
    const byLeader = buildStopNotice(
      { ...ctx, issuingBody: body },
      { ...demoStopNotice(), signerTitle: 'KT. CHỦ TỊCH – PHÓ CHỦ TỊCH', signerName: 'Lê Văn Hùng' },
    );
    expect(byLeader.heading.agencyLines).toEqual([
      { text: 'UBND TỈNH NINH BÌNH', bold: false },
      { text: 'UBND PHƯỜNG HOA LƯ', bold: true },
    ]);
    expect(byLeader.signatures[0]?.title).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(byLeader.signatures[0]?.hint).toBe('(Ký, ghi rõ họ tên và đóng dấu)');
  });

  it('prints an older entry (no request recorded) on the ground it recorded, without saying the applicant asked', () => {
    const { requestedVia: _, ...older } = demoStopNotice();
    const v = buildStopNotice(demoSlipContext(), {
      ...older,
      legalGround: 'Điều 21 Nghị định số 118/2025/NĐ-CP',
    });
    expect(v.paragraphs.join(' ')).not.toMatch(/Ông\/Bà đề nghị (trực tiếp|qua|trực tuyến|dừng)/);
    expect(v.paragraphs).toContain(
      'Căn cứ Điều 21 Nghị định số 118/2025/NĐ-CP, Bộ phận tiếp nhận và trả kết quả UBND phường Hoa Lư ' +
        'thông báo dừng giải quyết hồ sơ nêu trên.',
    );
  });
});

describe('Mẫu số 06 – process control slip', () => {
  const v = buildControlSlip(demoSlipContext(), demoControlSlip());

  it('has one row per hand-over with its time and a signature cell each for the giver and the receiver', () => {
    expect(v.handOvers.rows).toHaveLength(3);
    expect(v.handOvers.rows[0]).toEqual({
      unit: '1. Bộ phận TN&TKQ\n(Tiếp nhận và chuyển hồ sơ)',
      handOver: 'Giao lúc 15 giờ 00 phút, ngày 03 tháng 3 năm 2025',
      giver: { label: 'Người giao', name: 'Trần Thị Bích Ngọc' },
      receiver: { label: 'Người nhận', name: 'Phạm Minh Đức' },
      result: 'Trước hạn',
      note: 'Hạn: 17:00 04/03/2025',
    });
  });

  it('prints only trước hạn / đúng hạn / quá hạn, and leaves an open step’s result blank', () => {
    expect(v.handOvers.headers[2]).toBe('KẾT QUẢ GIẢI QUYẾT HỒ SƠ\n(Trước hạn/\nĐúng hạn/\nQuá hạn)');
    expect(v.handOvers.rows.map((r) => r.result)).toEqual(['Trước hạn', 'Đúng hạn', '']);
    expect(v.handOvers.rows[2]?.note).toBe('Hạn: 11:30 06/03/2025\nĐang trình ký');
    expect(v.notes[0]).toContain('do bên nhận ghi khi nhận bàn giao');
  });

  it('heads the slip with the dossier, the handling and the coordinating agencies', () => {
    expect(lineValue(v.details, 'Cơ quan (bộ phận) giải quyết hồ sơ')).toBe('UBND phường Hoa Lư');
    expect(lineValue(v.details, 'Cơ quan phối hợp giải quyết hồ sơ')).toBe('Công an phường Hoa Lư');
    expect(
      lineValue(
        buildControlSlip(demoSlipContext(), { ...demoControlSlip(), coordinatingAgencies: [] }).details,
        'Cơ quan phối hợp giải quyết hồ sơ',
      ),
    ).toBe('……………………');
    expect(lineValue(v.details, 'Kèm theo hồ sơ của')).toBe('Nguyễn Văn An');
    expect(lineValue(v.details, 'Ngày nhận hồ sơ')).toBe('14 giờ 30 phút, ngày 03 tháng 3 năm 2025');
    expect(v.legalNote).toContain('Mẫu số 05 Thông tư số 01/2018/TT-VPCP');
  });
});

describe('Mẫu số 07 – tracking book', () => {
  const v = buildTrackingBook(demoSlipContext(), demoTrackingBook());

  it('covers the period with one row per dossier, numbered as in the counter’s book', () => {
    expect(v.period).toBe('Từ ngày 01 tháng 3 năm 2025 đến ngày 31 tháng 3 năm 2025');
    expect(v.book.headers).toHaveLength(15);
    expect(v.book.rows).toHaveLength(3);
    expect(v.book.rows.every((r) => r.length === v.book.headers.length)).toBe(true);
    expect(v.book.rows[0]).toEqual([
      '12',
      '000.01.31.H42-250303-0012',
      'Cấp Giấy xác nhận tình trạng hôn nhân',
      'Nguyễn Văn An',
      'Số 15 đường Trần Hưng Đạo, phường Hoa Lư\n0912345678',
      'UBND phường Hoa Lư',
      '14:30 03/03/2025',
      '06/03/2025',
      '15:00 03/03/2025',
      '10:40 05/03/2025',
      '15:20 05/03/2025',
      'Trực tiếp tại Bộ phận Một cửa',
      'Đã trả kết quả',
      '',
      '',
    ]);
    expect(v.book.rows[2]?.slice(8, 12)).toEqual([
      '10:30 05/03/2025',
      '',
      '',
      'Qua dịch vụ bưu chính công ích',
    ]);
    expect(v.summary).toBe('Tổng số: 3 hồ sơ');
  });

  it('has the columns of the form: address, lead agency and how the result is collected', () => {
    expect(v.book.headers).toEqual(
      expect.arrayContaining([
        'Địa chỉ, số điện thoại',
        'Cơ quan chủ trì giải quyết',
        'Phương thức nhận kết quả',
      ]),
    );
  });

  it('names the fields of a book kept per field or group of fields', () => {
    expect(v.subtitle).toEqual([
      'Bộ phận Một cửa UBND phường Hoa Lư',
      'Lĩnh vực: Hộ tịch, Chứng thực',
      'Từ ngày 01 tháng 3 năm 2025 đến ngày 31 tháng 3 năm 2025',
    ]);
    const { fields: _, ...all } = demoTrackingBook();
    expect(buildTrackingBook(demoSlipContext(), all).subtitle).toHaveLength(2);
  });
});

describe('the hand-over receipt (our own form)', () => {
  const receipt = () => buildHandOverReceipt(demoSlipContext(), demoHandOverReceipt());

  it('is an A5 slip under the counter’s heading, dated when the result changed hands', () => {
    const v = receipt();
    expect(v).toMatchObject({ form: 'GN', pageSize: 'A5', orientation: 'portrait' });
    expect(v.title).toBe('PHIẾU GIAO NHẬN KẾT QUẢ GIẢI QUYẾT HỒ SƠ');
    expect(v.subtitle).toEqual(['Mã hồ sơ: 000.01.31.H42-250303-0012']);
    expect(v.heading.agencyLines.map((l) => l.text)).toEqual([
      'UBND PHƯỜNG HOA LƯ',
      'BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ',
    ]);
    expect(v.heading.dateline).toBe('Hoa Lư, ngày 05 tháng 3 năm 2025');
    expect(v.intro).toBe(
      'Hồi 15 giờ 20 phút, ngày 05 tháng 3 năm 2025, tại Bộ phận tiếp nhận và trả kết quả UBND phường Hoa Lư, chúng tôi gồm:',
    );
  });

  it('states it is the counter’s own form, not one of Circular 03’s', () => {
    expect(receipt().legalNote).toBe(
      'Mẫu riêng của Bộ phận tiếp nhận và trả kết quả, không thuộc các mẫu ban hành kèm theo Thông tư số 03/2025/TT-VPCP',
    );
  });

  it('names the collector, their ID, their relation and authorisation, and the officer who handed it', () => {
    const v = receipt();
    expect(lineValue(v.collector, 'Ông/Bà')).toBe('Nguyễn Thị Hồng Nhung');
    expect(lineValue(v.collector, 'Số định danh cá nhân')).toBe('037195004321');
    expect(lineValue(v.collector, 'Là')).toBe('Người được ủy quyền');
    expect(lineValue(v.collector, 'Giấy tờ ủy quyền, giấy tờ chứng minh')).toBe(
      'Giấy ủy quyền ngày 04/3/2025, chứng thực tại UBND phường Hoa Lư',
    );
    expect(lineValue(v.giver, 'Ông/Bà')).toBe('Trần Thị Bích Ngọc');
    expect(v.signatures).toEqual([
      { title: ['NGƯỜI GIAO'], hint: '(Ký và ghi rõ họ tên)', name: 'Trần Thị Bích Ngọc' },
      { title: ['NGƯỜI NHẬN'], hint: '(Ký và ghi rõ họ tên)', name: 'Nguyễn Thị Hồng Nhung' },
    ]);
  });

  it('lists the dossier, the procedure and each result with its code', () => {
    const v = receipt();
    expect(lineValue(v.details, 'Hồ sơ của')).toBe('Nguyễn Văn An');
    expect(lineValue(v.details, 'Nội dung yêu cầu giải quyết')).toContain('(mã thủ tục 1.004873)');
    expect(v.results).toEqual(['1. Văn bản số 25/XNTTHN – mã kết quả 000.01.31.H42-250303-0012-KQ1']);
    const none = buildHandOverReceipt(demoSlipContext(), { ...demoHandOverReceipt(), results: [] });
    expect(none.results).toEqual(['Kết quả giải quyết hồ sơ (không có mã kết quả)']);
  });

  it('prints the applicant themself without an authorisation line, and a home return at its address', () => {
    const v = buildHandOverReceipt(demoSlipContext(), {
      ...demoHandOverReceipt(),
      method: 'home',
      address: 'Số 15 đường Trần Hưng Đạo, phường Hoa Lư',
      collector: { fullName: 'Nguyễn Văn An', idNumber: '037090001234', relation: 'self' },
    });
    expect(v.intro).toContain(', tại địa chỉ Số 15 đường Trần Hưng Đạo, phường Hoa Lư, chúng tôi gồm:');
    expect(lineValue(v.collector, 'Là')).toBe('Người nộp hồ sơ (người đứng tên hồ sơ)');
    expect(v.collector.map((l) => l.label)).toEqual(['Ông/Bà', 'Số định danh cá nhân', 'Là']);
  });

  it('leaks no raw dates or enum keys', () => {
    const { qr: _qr, ...printed } = receipt();
    for (const s of allStrings(printed)) {
      expect(s).not.toMatch(/\d{4}-\d{2}-\d{2}|undefined|null|NaN|\[object|authorised|legal-rep|\bself\b/);
    }
  });
});
