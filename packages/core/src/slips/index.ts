/** The legal slips of Circular 03/2025/TT-VPCP (content after Circular 01/2018) as view models. */
export { APOLOGY_TITLE, buildApologyLetter } from './apology-letter.ts';
export { buildControlSlip, CONTROL_SLIP_NOTES } from './control-slip.ts';
export * from './format.ts';
export {
  buildHandOverReceipt,
  COLLECTOR_RELATION_LABELS,
  HANDOVER_LEGAL_NOTE,
  HANDOVER_NOTES,
} from './handover-receipt.ts';
export * from './parts.ts';
export { buildReceiptSlip, RECEIPT_NOTES } from './receipt-slip.ts';
export { buildRefusalSlip } from './refusal-slip.ts';
export type * from './slip-input.ts';
export * from './slip-view.ts';
export { buildStopNotice } from './stop-notice.ts';
export { buildSupplementRequest } from './supplement-request.ts';
export { buildTrackingBook, TRACKING_BOOK_HEADERS } from './tracking-book.ts';
