import { buildTrackingBook, type SlipView, type TrackingBookView } from '@motcua/core';
import { demoSlipContext, demoSlipViews, demoTrackingBook } from '@motcua/core/slips/demo-inputs';
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
    'Tờ khai đăng ký khai sinh',
    'Giấy chứng sinh',
    'Bản chính hoặc bản sao có chứng thực',
    '14 giờ 30 phút, ngày 03 tháng 3 năm 2025',
    '16 giờ 00 phút, ngày 06 tháng 3 năm 2025',
    '8.000 đồng',
    'NGƯỜI NỘP HỒ SƠ',
    'NGƯỜI TIẾP NHẬN HỒ SƠ',
    'Trần Thị Bích Ngọc',
    'Quyển số: 01/2025, Số thứ tự: 12',
  ],
  '02': [
    'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
    'Số: 15/HDHS',
    'Văn bản ủy quyền đăng ký khai sinh',
    'Người nộp không phải cha, mẹ của trẻ',
    'NGƯỜI HƯỚNG DẪN',
  ],
  '03': [
    'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
    'UBND xã Ninh Hải',
    'Xin thông báo cho Ông/Bà được biết',
  ],
  '04': [
    'VĂN BẢN XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
    'Kính gửi: Ông Nguyễn Văn An',
    'ngày 10 tháng 3 năm 2025',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    'Lê Văn Hùng',
    'Nơi nhận:',
  ],
  '05': [
    'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ',
    'Nghị định số 118/2025/NĐ-CP',
    'Mẫu số 05 – Thông tư số 03/2025/TT-VPCP',
  ],
  '06': [
    'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
    'Phạm Minh Đức',
    'Trước hạn',
    'Đúng hạn',
    'Đang giải quyết',
  ],
  '07': ['SỔ THEO DÕI HỒ SƠ', 'Đinh Thị Hương', 'Đăng ký kết hôn', 'Đã trả kết quả', 'Tổng số: 3 hồ sơ'],
};

describe('renderSlip', () => {
  const views = demoSlipViews();

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
        'Hoa Lư, ngày 03 tháng 3 năm 2025',
        ...EXPECTED[form],
      ]) {
        expect(text).toContain(s);
      }
      expect(text).toContain(`Mẫu số ${form} – Thông tư số 03/2025/TT-VPCP`);
    },
  );

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
      code: `H37.01-250303-${1000 + i}`,
    }));
    const pdf = await renderSlip(buildTrackingBook(demoSlipContext(), { ...input, rows }));
    const boxes = mediaBoxes(pdf);
    expect(boxes.length).toBeGreaterThan(1);
    for (const box of boxes) expect(box).toEqual(A4_LANDSCAPE);
    if (hasPdftotext) {
      const text = textOf(pdf);
      expect(text).toContain(`Trang 1/${boxes.length}`);
      expect(text).toContain('H37.01-250303-1079');
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
    expect(dataRows[1]?.[12]).toBe('Trả ngay trong ngày');
    expect(all.flat()).toContain('SỔ THEO DÕI HỒ SƠ');
    expect(all.flat()).toContain('Tổng số: 3 hồ sơ');
  });
});
