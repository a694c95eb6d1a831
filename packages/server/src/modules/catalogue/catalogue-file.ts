/**
 * Reads a catalogue file into the three sheets the importer checks: a folder (or three texts) of CSV files
 * `procedures.csv`, `cases.csv`, `components.csv`, or one xlsx workbook with sheets of those names.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CatalogueSheets, Row, SheetName } from '@motcua/core';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { checkArchiveBounds } from './zip-bounds.ts';

const SHEETS: readonly SheetName[] = ['procedures', 'cases', 'components'];

export function parseCsv(text: string): Row[] {
  return parse(text.replace(/^\uFEFF/, ''), {
    columns: (header: string[]) => header.map((h) => h.trim()),
    skip_empty_lines: true,
    relax_column_count: false,
    trim: false,
  }) as Row[];
}

export function sheetsFromCsvTexts(texts: Record<SheetName, string>): CatalogueSheets {
  return {
    procedures: parseCsv(texts.procedures),
    cases: parseCsv(texts.cases),
    components: parseCsv(texts.components),
  };
}

export function readCsvFolder(dir: string): CatalogueSheets {
  const read = (sheet: SheetName) => fs.readFileSync(path.join(dir, `${sheet}.csv`), 'utf8');
  return sheetsFromCsvTexts({
    procedures: read('procedures'),
    cases: read('cases'),
    components: read('components'),
  });
}

export class CatalogueFileError extends Error {
  override name = 'CatalogueFileError';
}

/** Reads a workbook; an archive beyond the zip bounds is refused (ArchiveBoundsError) before it is inflated. */
export async function readXlsx(buffer: ArrayBuffer | Uint8Array): Promise<CatalogueSheets> {
  checkArchiveBounds(Buffer.isBuffer(buffer) ? buffer : Buffer.from(buffer as ArrayBuffer));
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as ArrayBuffer);
  } catch (error) {
    throw new CatalogueFileError(`Not a readable xlsx workbook: ${(error as Error).message}`);
  }
  const sheets = {} as Record<SheetName, Row[]>;
  for (const name of SHEETS) {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) throw new CatalogueFileError(`The workbook has no sheet named "${name}"`);
    const header: string[] = [];
    sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
      header[col - 1] = cellText(cell.value).trim();
    });
    const rows: Row[] = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      const excelRow = sheet.getRow(r);
      const row: Record<string, string> = {};
      let isEmpty = true;
      header.forEach((column, i) => {
        const value = cellText(excelRow.getCell(i + 1).value);
        if (value.trim() !== '') isEmpty = false;
        if (column) row[column] = value;
      });
      if (!isEmpty) rows.push(row);
    }
    sheets[name] = rows;
  }
  return sheets;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return String(value.result ?? '');
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  return String(value);
}

/** Writes sheets into an xlsx workbook (used to publish the catalogue as a spreadsheet and in tests). */
export async function writeXlsx(
  sheets: Record<SheetName, { columns: readonly string[]; rows: readonly Row[] }>,
) {
  const workbook = new ExcelJS.Workbook();
  for (const name of SHEETS) {
    const sheet = workbook.addWorksheet(name);
    const { columns, rows } = sheets[name];
    sheet.addRow([...columns]);
    for (const row of rows) sheet.addRow(columns.map((c) => row[c] ?? ''));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
