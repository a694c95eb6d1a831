/** Vietnamese without diacritics, case kept: 'Hồ sơ đã được tiếp nhận' → 'Ho so da duoc tiep nhan'. */
export function withoutDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/**
 * Folds Vietnamese text for matching: lower case, no diacritics, đ → d. The database does the same with
 * unaccent (server migrations); this copy serves the browser and tests.
 */
export function foldVietnamese(text: string): string {
  return withoutDiacritics(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Words people wrap around what they need ("làm … cho con", "thủ tục … ở đâu", "xin …", "nộp … thế nào"),
 * folded. They carry no procedure, so a question typed as people speak is matched on its other words.
 * Words that do name something ("hộ", "sổ", "con", "giấy") are not here: "hộ khẩu", "sổ đỏ", "con nuôi".
 */
export const EVERYDAY_FILLER_WORDS: ReadonlySet<string> = new Set([
  'lam',
  'cho',
  'toi',
  'minh',
  'em',
  'can',
  'muon',
  'xin',
  'o',
  'dau',
  'the',
  'nao',
  'gi',
  'nhu',
  'thu',
  'tuc',
  'giup',
  'hoi',
  'voi',
  'va',
  'cua',
  'la',
  'de',
  'duoc',
  'khong',
  'bao',
  'lau',
  'nhieu',
  'tien',
  'mat',
  'nop',
  'muc',
  'phai',
  'nhung',
  'cach',
]);

/** At most this many words of a query are matched one by one (a pasted paragraph stays cheap). */
export const MAX_SEARCH_TERMS = 12;

/**
 * The words of a query to match one by one when the whole query matches no procedure: folded, letters and
 * digits only (safe to join into a text-search query), without filler words, each once, in order.
 */
export function searchTerms(query: string): string[] {
  const words = foldVietnamese(query).match(/[a-z0-9]+/g) ?? [];
  const terms = [...new Set(words.filter((w) => !EVERYDAY_FILLER_WORDS.has(w)))];
  return terms.slice(0, MAX_SEARCH_TERMS);
}
