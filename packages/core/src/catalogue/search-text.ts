/**
 * Folds Vietnamese text for matching: lower case, no diacritics, đ → d. The database does the same with
 * unaccent (server migrations); this copy serves the browser and tests.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
