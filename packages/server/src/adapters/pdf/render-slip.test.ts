import { execFileSync } from 'node:child_process';
import { buildReceiptSlip, buildTrackingBook, type SlipView, type TrackingBookView } from '@motcua/core';
import {
  demoHandOverView,
  demoRepresentative,
  demoSlipContext,
  demoSlipViews,
  demoTrackingBook,
} from '@motcua/core/slips/demo-inputs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { hasPdftotext, pdfText } from '../../../test/pdf-text.ts';
import { renderSlip, slipDocDefinition } from './render-slip.ts';
import { renderTrackingBookXlsx } from './tracking-book-xlsx.ts';

/** The PDF's text ('' where pdftotext is missing outside CI: pdf-text.ts warns). */
const textOf = (pdf: Uint8Array): string => pdfText(pdf) ?? '';

/** pdfkit writes page dictionaries uncompressed: read every MediaBox. */
const mediaBoxes = (pdf: Uint8Array): number[][] =>
  [
    ...Buffer.from(pdf)
      .toString('latin1')
      .matchAll(/\/MediaBox \[([^\]]+)\]/g),
  ].map((m) => (m[1] ?? '').trim().split(/\s+/).map(Number));

const A5 = [0, 0, 419.53, 595.28];
const A4_LANDSCAPE = [0, 0, 841.89, 595.28];

/** Strings each form must print, with their diacritics. */
const EXPECTED: Record<SlipView['form'], string[]> = {
  '01': [
    'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
    'Nguyễn Văn An',
    '037090001234',
    'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân',
    'Văn bản ủy quyền thực hiện việc cấp Giấy xác',
    '14 giờ 30 phút, ngày 03 tháng 3 năm 2025',
    '16 giờ 00 phút, ngày 06 tháng 3 năm 2025',
    '(Liên: Lưu/Giao khách hàng)',
    '6. Đăng ký nhận kết quả tại: Bộ phận Một cửa UBND phường Hoa Lư',
    'Hình thức nộp hồ sơ: Trực tiếp tại Bộ phận Một cửa',
    'Tổng số phải nộp: 0 đồng',
    'được lập thành 02 liên',
    'NGƯỜI NỘP HỒ SƠ',
    'NGƯỜI TIẾP NHẬN HỒ SƠ',
    'Trần Thị Bích Ngọc',
    'Quyển số: 01/2025, Số thứ tự: 12',
  ],
  '02': [
    'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
    'Số: 15/HDHS',
    'Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:',
    'Giấy tờ chứng minh thông tin về cư trú',
    'Bản chính hoặc bản sao có chứng thực',
    'Lý do: Hồ sơ chưa đủ giấy tờ theo quy định của thủ tục',
    'số điện thoại 0229 3871 234 để được hướng dẫn./.',
    'NGƯỜI HƯỚNG DẪN',
  ],
  '03': [
    'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
    'Mã hồ sơ (nếu có): 000.01.31.H42-250303-0012',
    'thông báo không tiếp nhận, giải quyết hồ sơ này',
    'UBND xã Ninh Hải',
    'Xin thông báo cho Ông/Bà được biết',
    'NGƯỜI NỘP HỒ SƠ',
    'NGƯỜI TIẾP NHẬN HỒ SƠ',
  ],
  '04': [
    'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT',
    'Kính gửi: Ông Nguyễn Văn An',
    'Số định danh cá nhân/Mã số thuế: 037090001234',
    'của Ông/Bà/Tổ chức Nguyễn Văn An',
    'ngày 10 tháng 3 năm 2025',
    'Mong nhận được sự thông cảm của Ông/Bà/Tổ chức vì sự chậm trễ này./.',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    'Lê Văn Hùng',
    'Nơi nhận:',
    'Như trên (bản giấy, qua Bộ phận Một cửa)',
  ],
  '05': [
    'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ',
    'BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ',
    'Căn cứ Điều 21 Nghị định số 118/2025/NĐ-CP và Điều 7 Thông tư số 03/2025/TT-VPCP',
    'Mẫu số 05 – Thông tư số 03/2025/TT-VPCP',
  ],
  '06': [
    'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
    'Cơ quan (bộ phận) giải quyết hồ sơ: UBND phường Hoa Lư',
    'Cơ quan phối hợp giải quyết hồ sơ: Công an phường Hoa Lư',
    'Người giao',
    'Người nhận',
    'Phạm Minh Đức',
    'Trước hạn',
    'Đúng hạn',
  ],
  '07': [
    'SỔ THEO DÕI HỒ SƠ',
    'Lĩnh vực: Hộ tịch, Chứng thực',
    'Địa chỉ, số điện thoại',
    'Cơ quan chủ trì giải quyết',
    'Phương thức nhận kết quả',
    'Đinh Thị Hương',
    'Đăng ký kết hôn',
    'Đã trả kết quả',
    'Tổng số: 3 hồ sơ',
  ],
  GN: [
    'PHIẾU GIAO NHẬN KẾT QUẢ GIẢI QUYẾT HỒ SƠ',
    'Hồi 15 giờ 20 phút, ngày 05 tháng 3 năm 2025',
    'Bên nhận:',
    'Nguyễn Thị Hồng Nhung',
    '037195004321',
    'Là: Người được ủy quyền',
    'mã kết quả 000.01.31.H42-250303-0012-KQ1',
    'NGƯỜI GIAO',
    'NGƯỜI NHẬN',
    'Mẫu riêng của Bộ phận tiếp nhận và trả kết quả',
  ],
};

/** The fonts a PDF embeds, as pdffonts (poppler-utils, beside pdftotext) lists them. */
const embeddedFonts = (pdf: Uint8Array): string[] => {
  const out = execFileSync('pdffonts', ['-'], { input: pdf, encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map(
      (l) =>
        `${l.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, '')} ${l.includes(' yes yes ') ? 'embedded' : 'not embedded'}`,
    );
};

describe('renderSlip', () => {
  const views = [...demoSlipViews(), demoHandOverView()];

  it.each(views.map((v) => [v.form, v] as const))(
    'Mẫu số %s is a one-page PDF of the right size',
    async (_, v) => {
      const pdf = await renderSlip(v);
      expect(pdf.byteLength).toBeGreaterThan(1000);
      expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      expect(mediaBoxes(pdf)).toEqual([v.form === '07' ? A4_LANDSCAPE : A5]);
    },
  );

  it.skipIf(!hasPdftotext).each(views.map((v) => [v.form, v] as const))(
    'Mẫu số %s prints its Vietnamese text with diacritics',
    async (form, v) => {
      const text = textOf(await renderSlip(v));
      for (const s of [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        // The hand-over receipt is dated when the result changed hands; the others when the demo was received.
        form === 'GN' ? 'Hoa Lư, ngày 05 tháng 3 năm 2025' : 'Hoa Lư, ngày 03 tháng 3 năm 2025',
        ...EXPECTED[form],
      ]) {
        expect(text).toContain(s);
      }
      if (form !== 'GN') expect(text).toContain(`Mẫu số ${form} – Thông tư số 03/2025/TT-VPCP`);
    },
  );

  it.skipIf(!hasPdftotext).each(views.map((v) => [v.form, v] as const))(
    'Mẫu số %s is set in Tinos (Times New Roman’s metrics), embedded, and prints no old wording',
    async (_, v) => {
      const pdf = await renderSlip(v);
      expect(new Set(embeddedFonts(pdf).map((f) => f.replace(/-.*? /, ' ')))).toEqual(
        new Set(['Tinos embedded']),
      );
      const text = textOf(pdf);
      expect(text).not.toContain('Đang giải quyết');
      expect(text).not.toContain('từ chối tiếp nhận, giải quyết hồ sơ này');
      expect(text).not.toContain('HẸN LẠI NGÀY TRẢ KẾT QUẢ');
      expect(text).not.toMatch(/7\. Hình thức nộp|8\. Phí/);
    },
  );

  it('fits the fullest Form 01, submitted by a representative with every detail, on one A5 sheet with both signatures', async () => {
    const ctx = demoSlipContext();
    const pdf = await renderSlip(
      buildReceiptSlip({ ...ctx, dossier: { ...ctx.dossier, representative: demoRepresentative() } }),
    );
    expect(mediaBoxes(pdf)).toEqual([A5]);
    if (!hasPdftotext) return;
    const text = textOf(pdf);
    for (const s of [
      'Người nộp thay: Nguyễn Thị Lan (Mẹ); Số định danh cá nhân: 037165004321',
      'Địa chỉ: Xóm 3, xã Ninh Hải, tỉnh Ninh Bình',
      'Số điện thoại: 0987000111; Thư điện tử: nguyenthilan@example.vn',
      'Giấy tờ ủy quyền: Văn bản ủy quyền ngày 01 tháng 3 năm 2025 (mẹ được ủy quyền',
      'NGƯỜI NỘP HỒ SƠ',
      'NGƯỜI TIẾP NHẬN HỒ SƠ',
      'Nguyễn Thị Lan',
      'Trần Thị Bích Ngọc',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('puts the tracking QR code on single-dossier slips only', async () => {
    for (const v of views) {
      const doc = await slipDocDefinition(v);
      const footer = JSON.stringify(doc.footer?.(1, 1));
      if (v.form === '07') expect(footer).not.toContain('<svg');
      else expect(footer).toContain('<svg');
    }
  });

  it('breaks a long tracking book over numbered A4 landscape pages', async () => {
    const input = demoTrackingBook();
    const base = input.rows[0]!;
    const rows = Array.from({ length: 80 }, (_, i) => ({
      ...base,
      no: i + 1,
      code: `000.01.31.H42-250303-${1000 + i}`,
    }));
    const pdf = await renderSlip(buildTrackingBook(demoSlipContext(), { ...input, rows }));
    const boxes = mediaBoxes(pdf);
    expect(boxes.length).toBeGreaterThan(1);
    for (const box of boxes) expect(box).toEqual(A4_LANDSCAPE);
    if (hasPdftotext) {
      const text = textOf(pdf);
      expect(text).toContain(`Trang 1/${boxes.length}`);
      expect(text).toContain('000.01.31.H42-250303-1079');
    }
  });

  it('renders each slip in well under a second', async () => {
    const v = views[0]!;
    await renderSlip(v);
    const started = performance.now();
    await renderSlip(v);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('renderTrackingBookXlsx', () => {
  it('writes a workbook exceljs can read back, one row per dossier', async () => {
    const view = demoSlipViews().find((v): v is TrackingBookView => v.form === '07')!;
    const bytes = await renderTrackingBookXlsx(view);
    expect(Buffer.from(bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Sổ theo dõi hồ sơ');
    const values = (r: number): string[] =>
      (sheet.getRow(r).values as unknown[])
        .slice(1)
        .map((c) => (c === null || c === undefined ? '' : String(c)));
    const all = Array.from({ length: sheet.rowCount }, (_, i) => values(i + 1));
    const headerIndex = all.findIndex((r) => r[0] === 'STT');
    expect(all[headerIndex]).toEqual(view.book.headers);
    const dataRows = all.slice(headerIndex + 1, headerIndex + 1 + view.book.rows.length);
    expect(dataRows.map((r) => r.slice(0, 11))).toEqual(view.book.rows.map((r) => r.slice(0, 11)));
    expect(dataRows[1]?.[14]).toBe('Trả ngay trong ngày');
    expect(all.flat()).toContain('SỔ THEO DÕI HỒ SƠ');
    expect(all.flat()).toContain('Tổng số: 3 hồ sơ');
  });
});
