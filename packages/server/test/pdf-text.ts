/** The text of a PDF as pdftotext reads it (Debian poppler-utils): NFC, every run of whitespace one space. */
import { execFileSync } from 'node:child_process';

export const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

if (!hasPdftotext && process.env.CI === 'true') {
  throw new Error(
    'CI=true: pdftotext (poppler-utils) is required to check the slips; nothing may be skipped.',
  );
}
if (!hasPdftotext) {
  console.warn(
    '\n!!! pdftotext (Debian poppler-utils) is missing: the Vietnamese text of the slip PDFs is NOT checked.\n' +
      '!!! Install it with: apt-get install -y poppler-utils\n',
  );
}

/** The text, or undefined where pdftotext is missing outside CI (the warning above says so). */
export const pdfText = (pdf: Uint8Array): string | undefined =>
  hasPdftotext
    ? execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8' })
        .normalize('NFC')
        .replace(/\s+/g, ' ')
    : undefined;
