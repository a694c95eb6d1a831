/**
 * A decision a calendar day rests on is cited by its number and its date (Công văn 12729/VPCP-KGVX ngày
 * 25/12/2025): without them nobody can find the text, so the day is not yet official (issue 10, item 5).
 * - number: digits, then '/' and the issuer's symbol (12729/VPCP-KGVX, 9441/TB-BNV, 28/2026/QH16);
 * - date: dd/mm/yyyy (1 or 2 digits for day and month) or 'ngày d tháng m năm yyyy'.
 */
const NUMBER = /(?:^|[^\p{L}\p{N}/])\d+(?:\/\d{4})?\/\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*/u;
const DATE = /(?:^|\D)\d{1,2}\/\d{1,2}\/\d{4}(?!\d)|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/iu;

export const citesNumberAndDate = (reference: string): boolean =>
  NUMBER.test(reference) && DATE.test(reference);
