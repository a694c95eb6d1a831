/** PDF (and spreadsheet) renderers of the legal slips. */
export { renderSlip, slipDocDefinition } from './render-slip.ts';
export { renderTrackingBookXlsx } from './tracking-book-xlsx.ts';
