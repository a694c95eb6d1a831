/** Mẫu số 07 as a spreadsheet: the same view model as the PDF, for officers who sort and filter. */
import type { TrackingBookView } from '@motcua/core';
import ExcelJS from 'exceljs';

// One per column of TRACKING_BOOK_HEADERS.
const COLUMN_WIDTHS = [6, 22, 40, 24, 30, 24, 17, 14, 17, 17, 17, 22, 16, 12, 24];

export const renderTrackingBookXlsx = async (v: TrackingBookView): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'MotCua';
  workbook.title = v.documentTitle;
  const sheet = workbook.addWorksheet('Sổ theo dõi hồ sơ', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const last = v.book.headers.length;
  const centredRow = (text: string, bold: boolean, size: number): void => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, last);
    row.getCell(1).font = { bold, size };
    row.getCell(1).alignment = { horizontal: 'center' };
  };
  centredRow(v.heading.agencyLines.map((l) => l.text).join(' – '), true, 11);
  centredRow(v.title, true, 14);
  for (const s of v.subtitle) centredRow(s, false, 11);
  sheet.addRow([]);

  const header = sheet.addRow(v.book.headers);
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  for (const row of v.book.rows) sheet.addRow(row).alignment = { vertical: 'top', wrapText: true };
  const border = { style: 'thin' as const };
  for (let r = header.number; r <= sheet.rowCount; r++) {
    for (let c = 1; c <= last; c++) {
      sheet.getCell(r, c).border = { top: border, left: border, bottom: border, right: border };
    }
  }
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
  COLUMN_WIDTHS.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  sheet.addRow([]);
  sheet.addRow([v.summary]).font = { bold: true };
  sheet.addRow([v.legalNote]).font = { italic: true, size: 9 };

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
};
