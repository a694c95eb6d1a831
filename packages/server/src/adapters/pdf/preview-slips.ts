/**
 * Renders every slip with the demo data, to look at them:
 *   node packages/server/src/adapters/pdf/preview-slips.ts /tmp/slips
 *   pdftoppm -png -r 80 /tmp/slips/mau-01.pdf /tmp/slips/mau-01
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildReceiptSlip } from '@motcua/core';
import {
  demoHandOverView,
  demoRepresentative,
  demoSlipContext,
  demoSlipViews,
} from '@motcua/core/slips/demo-inputs';
import { renderSlip } from './render-slip.ts';
import { renderTrackingBookXlsx } from './tracking-book-xlsx.ts';

if (import.meta.filename === path.resolve(process.argv[1] ?? '')) {
  const dir = path.resolve(process.argv[2] ?? 'slips');
  fs.mkdirSync(dir, { recursive: true });
  for (const v of [...demoSlipViews(), demoHandOverView()]) {
    const started = performance.now();
    const pdf = await renderSlip(v);
    const file = path.join(dir, `mau-${v.form}.pdf`);
    fs.writeFileSync(file, pdf);
    console.log(`${file} ${pdf.byteLength} bytes in ${Math.round(performance.now() - started)} ms`);
    if (v.form === '07') fs.writeFileSync(path.join(dir, 'mau-07.xlsx'), await renderTrackingBookXlsx(v));
  }
  // The fullest Form 01: submitted by a representative, every detail given; it must still fit one A5 sheet.
  const ctx = demoSlipContext();
  const full = buildReceiptSlip({
    ...ctx,
    dossier: { ...ctx.dossier, representative: demoRepresentative() },
  });
  fs.writeFileSync(path.join(dir, 'mau-01-nguoi-nop-thay.pdf'), await renderSlip(full));
}
