/** Use case: import a province's catalogue. All rows are checked first; then one transaction saves all. */
import { type CatalogueSheets, DomainError, importCatalogue } from '@motcua/core';
import type { Db } from '../../adapters/db/database.ts';
import { saveProcedures } from './catalogue.repo.ts';

export interface ImportOptions {
  importedBy: string;
  fileName: string;
}

export async function importCatalogueSheets(db: Db, sheets: CatalogueSheets, options: ImportOptions) {
  const result = importCatalogue(sheets);
  if (!result.ok) {
    throw new DomainError(
      'IMPORT_FAILED',
      `Tệp danh mục có ${result.errors.length} lỗi; chưa có thủ tục nào được nhập.`,
      `The catalogue file has ${result.errors.length} errors; nothing was imported.`,
      { details: { rows: result.errors } },
    );
  }
  await db.transaction().execute(async (trx) => {
    await saveProcedures(trx, result.procedures);
    await trx
      .insertInto('catalogueImports')
      .values({
        importedBy: options.importedBy,
        fileName: options.fileName,
        procedureCount: result.procedures.length,
      })
      .execute();
  });
  return { imported: result.procedures.length };
}
